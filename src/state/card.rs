//! The rate card's inputs: the account it prices (read in one place, [`account`]) and its
//! offers, one per line as the creator writes them ("reel 800", "1 reel + 3 stories: 900").

use super::AppState;
use crate::domain::rates::card::{plural, Account, Offer, MAX_OFFERS};
use crate::domain::vocab::{Deliverable, Platform};
use crate::input::{self, Limits};

/// The longest offers text kept (ten offers need a few hundred characters).
pub const MAX_OFFERS_TEXT: usize = 2_000;

/// `text` as the card keeps it: at most [`MAX_OFFERS_TEXT`] characters.
#[must_use]
pub fn clean_offers(text: &str) -> String {
    text.chars().take(MAX_OFFERS_TEXT).collect()
}

/// The most of one deliverable in an offer.
pub const MAX_PIECES: u32 = 100;

/// The account the card prices, in the chosen currency. Today the Rate range calculator's
/// figures (its deliverable's platform, followers and engagement rate): the one place to
/// change when the account is shared by every calculator.
#[must_use]
pub fn account(state: &AppState) -> Account {
    let rates = state.rate_input();
    Account {
        platform: rates.deliverable.platform(),
        followers: rates.followers,
        engagement_rate_percent: rates.engagement_rate_percent,
        usd_rate: rates.usd_rate,
        rounding_scale: rates.rounding_scale,
    }
}

/// The offers a new card starts with on `platform`: each deliverable alone, three of the
/// first (the guide's bundle) and, where there are several kinds, a package of one piece
/// of the main kind with three of the second ("1 reel + 3 stories").
#[must_use]
pub fn default_offers(platform: Platform) -> String {
    let kinds: Vec<&str> = on(platform).map(short_name).collect();
    let mut lines: Vec<String> = kinds.iter().map(|k| (*k).to_owned()).collect();
    if let [first, second, rest @ ..] = kinds.as_slice() {
        let main = rest.last().unwrap_or(first);
        lines.push(format!("3 {}", plural(first)));
        lines.push(format!("1 {main} + 3 {}", plural(second)));
    } else if let Some(first) = kinds.first() {
        lines.push(format!("3 {}", plural(first)));
    }
    lines.join("\n")
}

/// The deliverables published on `platform`.
fn on(platform: Platform) -> impl Iterator<Item = Deliverable> {
    Deliverable::ALL
        .into_iter()
        .filter(move |d| d.platform() == platform)
}

/// "reel" for "Instagram reel": the label's last word, lower case.
fn short_name(d: Deliverable) -> &'static str {
    d.label().rsplit(' ').next().unwrap_or_default()
}

/// "stories" → "story", "posts" → "post".
fn singular(word: &str) -> String {
    let word = word.trim().to_lowercase();
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    word.strip_suffix('s').map_or(word.clone(), str::to_owned)
}

/// The offers in `text` for an account on `platform`, priced in `currency` (an ISO code),
/// and a sentence for each line that could not be read (the other lines still count): a
/// price in another currency is one, never read as the page's.
#[must_use]
pub fn parse_offers(text: &str, platform: Platform, currency: &str) -> (Vec<Offer>, Vec<String>) {
    let mut offers = Vec::new();
    let mut problems = Vec::new();
    let lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    for (index, line) in lines {
        if offers.len() == MAX_OFFERS {
            problems.push(format!(
                "A card holds at most {MAX_OFFERS} offers: line {} and those after it are left out.",
                index + 1
            ));
            break;
        }
        match parse_line(line, platform, currency) {
            Ok(offer) => offers.push(offer),
            Err(problem) => {
                problems.push(format!("Line {} (“{}”): {problem}", index + 1, line.trim()))
            }
        }
    }
    (offers, problems)
}

/// One offer: items joined by "+", then a price after ":", "=" or a last word that is a
/// number ("reel 800", "3 posts: $1,500", "post 500 €"). A price's currency sign or code
/// must be `currency`'s (an ISO code).
fn parse_line(line: &str, platform: Platform, currency: &str) -> Result<Offer, String> {
    let (what, price) = split_price(line);
    let price = match price {
        Some(text) => Some(
            input::parse_in(text, Limits::money(0.0, 1e9), Some(currency))
                .map_err(|e| format!("the price: {e}"))?,
        ),
        None => None,
    };
    let items = what
        .split('+')
        .map(|item| parse_item(item, platform))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Offer { items, price })
}

/// The description and the price text, if the line ends in one.
fn split_price(line: &str) -> (&str, Option<&str>) {
    if let Some((what, price)) = line.rsplit_once([':', '=']) {
        return (what, Some(price));
    }
    // A minus too: "post -50" is a negative price, to be named as one.
    let number =
        |word: &str| word.starts_with(|c: char| c.is_ascii_digit() || "-$€£¥₹".contains(c));
    let mark =
        |word: &str| input::split_currency(word).is_some_and(|(_, _, rest)| rest.trim().is_empty());
    let trimmed = line.trim_end();
    let Some((what, last)) = trimmed.rsplit_once(' ') else {
        return (line, None);
    };
    let before = what.trim_end().rsplit_once(' ');
    match before {
        // "post 500 €", "reel CHF 800": the price and its currency, in either order.
        Some((rest, word)) if (number(word) && mark(last)) || (mark(word) && number(last)) => {
            (rest, trimmed.get(rest.len()..))
        }
        _ if number(last) => (what, Some(last)),
        _ => (line, None),
    }
}

/// "3 stories", "1 reel", "post": a count (1 when left out) and a deliverable on `platform`.
fn parse_item(item: &str, platform: Platform) -> Result<(u32, Deliverable), String> {
    let item = item.trim();
    let (count, name) = match item.split_once(' ') {
        Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (n.parse::<u32>().unwrap_or(u32::MAX), rest)
        }
        _ => (1, item),
    };
    if count == 0 || count > MAX_PIECES {
        return Err(format!("use 1 to {MAX_PIECES} of each deliverable."));
    }
    let wanted = singular(name.trim_start_matches(['x', '×']));
    let matches =
        |d: &Deliverable| singular(short_name(*d)) == wanted || singular(d.label()) == wanted;
    if let Some(d) = on(platform).find(matches) {
        return Ok((count, d));
    }
    let offered: Vec<&str> = on(platform).map(short_name).collect();
    Err(format!(
        "“{}” is not a deliverable on {}; the card prices {}.",
        name.trim(),
        platform.label(),
        offered.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(line: &str, items: &[(u32, Deliverable)], price: Option<f64>) {
        let (offers, problems) = parse_offers(line, Platform::Instagram, "USD");
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            offers,
            vec![Offer {
                items: items.to_vec(),
                price
            }]
        );
    }

    #[test]
    fn lines_read_as_offers_with_or_without_a_price() {
        use Deliverable::*;
        reads("post", &[(1, InstagramPost)], None);
        reads("Instagram reel 800", &[(1, InstagramReel)], Some(800.0));
        reads("3 posts: $1,500", &[(3, InstagramPost)], Some(1_500.0));
        reads("story 1'200", &[(1, InstagramStory)], Some(1_200.0));
        reads("reel 1’500", &[(1, InstagramReel)], Some(1_500.0));
        reads(
            "1 reel + 3 stories = 900",
            &[(1, InstagramReel), (3, InstagramStory)],
            Some(900.0),
        );
        reads("2 Stories 1.2k", &[(2, InstagramStory)], Some(1_200.0));
        // A currency sign or code before or after the price, in the page's currency.
        reads("post 500 $", &[(1, InstagramPost)], Some(500.0));
        reads("reel USD 800", &[(1, InstagramReel)], Some(800.0));
        reads("3 posts: 1,500 USD", &[(3, InstagramPost)], Some(1_500.0));
        // "1.200" is not $1.20: named, not read.
        let (offers, problems) = parse_offers("post 1.200", Platform::Instagram, "USD");
        assert!(offers.is_empty());
        assert_eq!(
            problems,
            ["Line 1 (“post 1.200”): the price: “1.200”: a comma groups thousands here (25,000), and a point marks a decimal."]
        );
    }

    #[test]
    fn a_price_in_another_currency_is_named_not_read_as_the_pages() {
        for (line, sign) in [
            ("reel €800", "€"),
            ("post 500 €", "€"),
            ("post CHF 500", "CHF"),
            ("3 posts: £1,500", "£"),
        ] {
            let (offers, problems) = parse_offers(line, Platform::Instagram, "USD");
            assert!(offers.is_empty(), "{line}: {offers:?}");
            assert_eq!(problems.len(), 1, "{line}: {problems:?}");
            assert!(
                problems[0].contains(&format!("the price: “{sign}” is ")),
                "{line}: {problems:?}"
            );
        }
        let (offers, problems) = parse_offers("reel €800", Platform::Instagram, "EUR");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(offers[0].price, Some(800.0));
        // "$" is every dollar's and peso's sign.
        let (_, problems) = parse_offers("post $500", Platform::Instagram, "MXN");
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_negative_price_is_named_as_a_price() {
        let (offers, problems) = parse_offers("post -50", Platform::Instagram, "USD");
        assert!(offers.is_empty());
        assert_eq!(
            problems,
            vec!["Line 1 (“post -50”): the price: Must not be negative.".to_owned()]
        );
    }

    #[test]
    fn a_bad_line_is_named_and_the_others_still_count() {
        let (offers, problems) = parse_offers(
            "post\n\nreeel 300\nvideo\n2 posts: lots",
            Platform::Instagram,
            "USD",
        );
        assert_eq!(offers.len(), 1);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems[0]
                .starts_with("Line 3 (“reeel 300”): “reeel” is not a deliverable on Instagram"),
            "{}",
            problems[0]
        );
        assert!(
            problems[0].ends_with("the card prices post, story, reel."),
            "{}",
            problems[0]
        );
        assert!(problems[2].starts_with("Line 5"), "{}", problems[2]);
    }

    #[test]
    fn counts_and_offers_are_bounded() {
        let (_, problems) = parse_offers(
            "0 posts\n101 posts\n99999999999 posts",
            Platform::Instagram,
            "USD",
        );
        assert_eq!(problems.len(), 3);
        let many = "post\n".repeat(MAX_OFFERS + 2);
        let (offers, problems) = parse_offers(&many, Platform::Instagram, "USD");
        assert_eq!(offers.len(), MAX_OFFERS);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn every_platform_starts_with_a_card_it_can_read() {
        for platform in Platform::ALL {
            let (offers, problems) = parse_offers(&default_offers(platform), platform, "USD");
            assert!(problems.is_empty(), "{platform:?}: {problems:?}");
            assert!(offers.len() >= 2, "{platform:?}");
        }
        assert_eq!(
            default_offers(Platform::Instagram),
            "post\nstory\nreel\n3 posts\n1 reel + 3 stories"
        );
    }
}
