//! The rate card as markup: the account, each offer at the creator's price against the
//! calculated range, the add-ons, and the guide's negotiation terms (bundles, a base rate
//! plus a performance bonus). One page in print (styles/main.css, `.rate-card`).

use super::explain::write_sources;
use crate::domain::format::NumberFormatter;
use crate::domain::rates::card::{AddOn, BonusDeal, Position, PricedOffer, RateCard, SinglyFrom};
use crate::markup::Markup;
use crate::state::{results, AppState};

/// The rate card's markup for `state`, numbers written by `f`.
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let result = results::card(state);
    let mut m = Markup::new();
    for problem in &result.problems {
        m.el("p", "needs", problem);
    }
    match result.card {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(card) => {
            m.open("div", "rate-card");
            account(&mut m, &f, &card);
            offers(&mut m, &f, &card.offers);
            add_ons(&mut m, &f, &card.add_ons);
            terms(&mut m, &f, &card);
            m.close("div");
            m.part_break();
            write_sources(&mut m, &card.provenances(), state.currency);
        }
    }
    m.as_str().to_owned()
}

fn account(m: &mut Markup, f: &impl NumberFormatter, card: &RateCard) {
    let a = card.account;
    m.el(
        "p",
        "subline",
        &format!(
            "{}: {} followers, {} engagement. Each price is set against the range calculated for this account (as in Rate range).",
            a.platform.label(),
            f.count(a.followers as f64),
            f.percent(a.engagement_rate_percent),
        ),
    );
}

fn offers(m: &mut Markup, f: &impl NumberFormatter, offers: &[PricedOffer]) {
    if offers.is_empty() {
        m.el(
            "p",
            "needs",
            "Add an offer: one per line, such as “reel 800”.",
        );
        return;
    }
    table_head(m, "Offers", "Offer", "Price", "how each price compares");
    for o in offers {
        let compared = if o.offer.price.is_some() {
            position(o.position, |v| f.money(v), "")
        } else {
            "The calculated typical price".to_owned()
        };
        let range = format!(
            "{}–{}",
            f.money(o.calculated.low),
            f.money(o.calculated.high)
        );
        row(m, &o.offer.label(), &f.money(o.price), &range, &compared);
    }
    m.raw("</tbody></table></div>");
}

fn table_head(m: &mut Markup, caption: &str, what: &str, price: &str, verdict: &str) {
    // Four columns do not fit a phone: the table scrolls in its own region, named by its
    // caption, and the page keeps its width; on a phone a hint says so, as the verdict is
    // the last column.
    m.el("p", "on-phone", &format!("Scroll sideways to see {verdict}."))
        .raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
        .text(caption)
        .raw("\"><table class=\"figures card-table\"><caption>")
        .text(caption)
        .raw("</caption><thead><tr><th scope=\"col\">")
        .text(what)
        .raw("</th><th scope=\"col\" class=\"num\">")
        .text(price)
        .raw("</th><th scope=\"col\" class=\"num\">Calculated range</th><th scope=\"col\">Compared</th></tr></thead><tbody>");
}

/// A row: what, its price and range (numbers), and how they compare (words).
fn row(m: &mut Markup, what: &str, price: &str, range: &str, compared: &str) {
    m.raw("<tr><th scope=\"row\">").text(what).raw("</th>");
    m.el("td", "num", price)
        .el("td", "num", range)
        .el("td", "", compared);
    m.raw("</tr>");
}

/// "Within the range, $20 under typical", "Below the range by $50 (15%)".
fn position(p: Position, amount: impl Fn(f64) -> String, unit: &str) -> String {
    match p {
        Position::Within(d) if d.abs() < 0.005 => "Within the range, at typical".to_owned(),
        Position::Within(d) => format!(
            "Within the range, {}{unit} {} typical",
            amount(d.abs()),
            if d > 0.0 { "over" } else { "under" }
        ),
        Position::Below(d) => format!("Below the range by {}{unit}", amount(d)),
        Position::Above(d) => format!("Above the range by {}{unit}", amount(d)),
    }
}

fn add_ons(m: &mut Markup, f: &impl NumberFormatter, add_ons: &[AddOn]) {
    table_head(
        m,
        "Add-ons, on the fee",
        "Add-on",
        "Uplift",
        "how each uplift compares",
    );
    for a in add_ons {
        let range = format!(
            "+{}–{}",
            f.percent(a.calculated.low),
            f.percent(a.calculated.high)
        );
        let compared = position(a.position, |v| f.percent(v), " points");
        let compared = compared.replace("% points", " points");
        row(
            m,
            a.name,
            &format!("+{}", f.percent(a.percent)),
            &range,
            &compared,
        );
    }
    m.raw("</tbody></table></div>");
}

/// The guide's negotiation terms: each bundle against its parts, and the performance deal.
fn terms(m: &mut Markup, f: &impl NumberFormatter, card: &RateCard) {
    m.el("p", "table-title", "Terms");
    m.open("ul", "reasons");
    for o in card.offers.iter().filter(|o| o.offer.pieces() > 1) {
        // Said where a price is the calculated typical one, not the card's.
        let parts = match (o.offer.items.as_slice(), o.singly_from) {
            ([(n, _)], SinglyFrom::Typical) => {
                format!("the typical {} each", f.money(o.singly / f64::from(*n)))
            }
            ([(n, _)], _) => format!("{} each", f.money(o.singly / f64::from(*n))),
            (_, SinglyFrom::Card) => format!("{} bought singly", f.money(o.singly)),
            (_, SinglyFrom::Typical) => {
                format!("{} bought singly at typical prices", f.money(o.singly))
            }
            (_, SinglyFrom::Both) => format!(
                "{} bought singly (this card's prices, typical ones where it has none)",
                f.money(o.singly)
            ),
        };
        // What the bundle saves or costs over its parts, said, not left to the reader.
        let (against, difference) = if o.price < o.singly {
            (
                "instead of",
                format!(": {} less than bought singly", f.money(o.singly - o.price)),
            )
        } else if o.price > o.singly {
            (
                "against",
                format!(": {} more than bought singly", f.money(o.price - o.singly)),
            )
        } else {
            ("the same as", String::new())
        };
        m.el(
            "li",
            "",
            &format!(
                "Bundle: {} for {} {against} {parts}{difference}.",
                o.offer.label(),
                f.money(o.price)
            ),
        );
    }
    if let (Some(b), Some(first)) = (card.bonus, card.offers.first()) {
        bonus(
            m,
            f,
            &b,
            &first.offer.label(),
            card.account.followers as f64,
        );
    }
    m.close("ul");
}

fn bonus(m: &mut Markup, f: &impl NumberFormatter, b: &BonusDeal, what: &str, followers: f64) {
    let reached = if b.expected_total > b.base {
        "reaches the threshold"
    } else {
        "falls short of it"
    };
    m.el(
        "li",
        "",
        &format!(
            "Performance: {what} at {} plus a {} bonus if it reaches {} engagements ({} of {} followers). At this account's own engagement ({} engagements) it {reached}: expected total {}.",
            f.money(b.base),
            f.money(b.bonus),
            f.count(b.threshold_engagements),
            f.percent(b.threshold_percent),
            f.count(followers),
            f.count(b.expected_engagements),
            f.money(b.expected_total)
        ),
    );
}
