use proptest::prelude::*;

use super::*;
use crate::markup::Markup;

/// A table of `cells` as `Markup` writes one, with a caption, a link to `link` and a note.
fn part(cells: &[String], link: &str) -> String {
    let mut m = Markup::new();
    m.raw("<table><caption>Figures</caption><tbody>");
    m.row("Cost", cells);
    m.raw("</tbody></table>");
    m.open_with("a", &[("class", "download"), ("href", link)])
        .text("Download")
        .close("a");
    m.el("p", "note", "Costs & reach: \"as typed\" <yours>");
    m.as_str().to_owned()
}

fn cells(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

#[test]
fn the_same_markup_writes_nothing() {
    let markup = part(&cells(&["$1", "$2"]), "a.csv");
    let changes = changes(&markup, &markup).expect("same shape");
    // table, caption, tbody, tr, th, td, td, a, p.
    assert_eq!(changes.elements, 9);
    // Caption, row header, two cells, the link, the note.
    assert_eq!(changes.texts, 6);
    assert!(changes.text_writes.is_empty() && changes.attribute_writes.is_empty());
}

#[test]
fn a_changed_number_and_link_write_their_node_and_attribute_only() {
    let old = part(&cells(&["$1", "$2"]), "data:a,1");
    let new = part(&cells(&["$1", "$2,500 & more"]), "data:a,\"2\"");
    let changes = changes(&old, &new).expect("same shape");
    assert_eq!(changes.text_writes, vec![(3, "$2,500 & more".to_owned())]);
    assert_eq!(
        changes.attribute_writes,
        vec![(7, "href".to_owned(), "data:a,\"2\"".to_owned())]
    );
}

#[test]
fn svg_and_boolean_attributes_are_read() {
    let old = r#"<details class="explain" open><svg viewBox="0 0 300 40"><path d="M0 0h10"/></svg></details>"#;
    let new = r#"<details class="explain" open><svg viewBox="0 0 300 40"><path d="M0 0h25"/></svg></details>"#;
    let changes = changes(old, new).expect("same shape");
    assert_eq!(changes.elements, 3);
    assert_eq!(
        changes.attribute_writes,
        vec![(2, "d".to_owned(), "M0 0h25".to_owned())]
    );
}

#[test]
fn another_shape_is_parsed_again() {
    let old = part(&cells(&["$1", "$2"]), "a.csv");
    assert_eq!(changes(&old, &part(&cells(&["$1"]), "a.csv")), None);
    assert_eq!(changes(&old, &part(&cells(&["$1", ""]), "a.csv")), None);
    assert_eq!(changes(&old, &old.replace("<p class", "<div class")), None);
    assert_eq!(
        changes(&old, &old.replace("class=\"note\"", "id=\"note\"")),
        None
    );
    assert_eq!(changes(&old, &old.replace("</p>", "</div>")), None);
    assert_eq!(changes("<p>a</p>", "<p>a&nbsp;b</p>"), None);
    assert_eq!(changes("<p>a</p><!--part-->", "<p>b</p><!--part-->"), None);
    assert_eq!(changes("<p>a</p", "<p>b</p"), None);
    assert_eq!(changes("<p title=a>a</p>", "<p title=b>a</p>"), None);
}

/// The texts the parser makes of [`part`]'s markup, in order.
fn parsed_texts(cells: &[String]) -> Vec<String> {
    let mut texts = vec!["Figures".to_owned(), "Cost".to_owned()];
    texts.extend(cells.iter().filter(|t| !t.is_empty()).cloned());
    texts.push("Download".to_owned());
    texts.push("Costs & reach: \"as typed\" <yours>".to_owned());
    texts
}

proptest! {
    /// Whatever the texts and the link, the writes turn the old texts and link into the new.
    #[test]
    fn writes_turn_the_old_part_into_the_new(
        pairs in prop::collection::vec((".{0,6}", ".{0,6}"), 1..8),
        links in (".{0,12}", ".{0,12}"),
    ) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(a, b)| if a.is_empty() || b.is_empty() { (String::new(), String::new()) } else { (a, b) })
            .collect();
        let old: Vec<String> = pairs.iter().map(|p| p.0.clone()).collect();
        let new: Vec<String> = pairs.iter().map(|p| p.1.clone()).collect();
        let changes = changes(&part(&old, &links.0), &part(&new, &links.1)).expect("same shape");
        let mut texts = parsed_texts(&old);
        prop_assert_eq!(changes.texts, texts.len());
        for (at, text) in changes.text_writes {
            texts[at] = text;
        }
        prop_assert_eq!(texts, parsed_texts(&new));
        let mut link = links.0.clone();
        // table, caption, tbody, tr, th, a cell each, then the link.
        let link_element = 5 + old.len();
        for (at, name, value) in changes.attribute_writes {
            prop_assert_eq!((at, name.as_str()), (link_element, "href"));
            link = value;
        }
        prop_assert_eq!(link, links.1);
    }
}
