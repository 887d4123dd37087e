//! The sentence a result panel shows while some of its inputs are not valid: which fields,
//! and that the results shown are out of date until they are fixed.

/// Names as a list in a sentence: `"“Followers”"`, `"“Likes” and “Comments”"`,
/// `"“A”, “B” and “C”"`; empty for none.
#[must_use]
pub fn listed(names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The sentence for the fields named in `names` (already quoted or phrased, e.g.
/// "“Reach” in scenario 2"); `None` when every field is valid.
#[must_use]
pub fn pending_sentence(names: &[String]) -> Option<String> {
    let (verb, entries, their) = match names.len() {
        0 => return None,
        1 => ("needs", "a valid entry", "its last valid value"),
        _ => ("need", "valid entries", "their last valid values"),
    };
    Some(format!(
        "{} {verb} {entries}. The results below are out of date: they use {their} until then.",
        listed(names)
    ))
}

/// A field's label as [`pending_sentence`] names it: “Followers”.
#[must_use]
pub fn quoted(label: &str) -> String {
    format!("“{label}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_names_the_fields_in_plain_words() {
        assert_eq!(pending_sentence(&[]), None);
        assert_eq!(
            pending_sentence(&[quoted("Followers")]).as_deref(),
            Some("“Followers” needs a valid entry. The results below are out of date: they use its last valid value until then.")
        );
        let two = pending_sentence(&[quoted("Likes"), quoted("Comments")]).unwrap_or_default();
        assert!(
            two.starts_with("“Likes” and “Comments” need valid entries."),
            "{two}"
        );
        let three = pending_sentence(&[quoted("A"), quoted("B"), quoted("C")]).unwrap_or_default();
        assert!(three.starts_with("“A”, “B” and “C” need"), "{three}");
        assert!(!three.contains("Still needs a valid"));
    }
}
