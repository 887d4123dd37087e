//! The notice beside a result whose default US-dollar figures were converted: the rate,
//! its source and day, or that the rate is the one the user typed.

use crate::domain::data::{usd_reference_rate, EXCHANGE_RATE_DATE};
use crate::domain::format::fixed_grouped;
use crate::markup::Markup;
use crate::state::{AppState, Currency, FieldId};

/// A rate as the notice writes it: four decimals under 10, two from 10, no trailing zeros,
/// thousands grouped.
#[must_use]
pub fn rate_text(rate: f64) -> String {
    let text = fixed_grouped(rate, if rate < 10.0 { 4 } else { 2 });
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The sentence, or `None` in US dollars (nothing is converted).
#[must_use]
pub fn notice(state: &AppState) -> Option<String> {
    if state.currency == Currency::Usd {
        return None;
    }
    let code = state.currency.code();
    let reference = usd_reference_rate(code);
    let used = format!("1 USD = {} {code}", rate_text(state.usd_rate()));
    let reference_text = format!(
        "the European Central Bank's euro reference rates of {EXCHANGE_RATE_DATE}, crossed through the euro"
    );
    Some(match state.optional(FieldId::Fx) {
        Some(_) => format!(
            "Default US-dollar figures are converted at {used}, the rate you entered ({} from {reference_text}).",
            rate_text(reference)
        ),
        None => format!(
            "Default US-dollar figures are converted at {used}, from {reference_text}. Enter today's rate under Currency to update it."
        ),
    })
}

/// Writes [`notice`] as a visible paragraph, when there is one.
pub fn write_notice(m: &mut Markup, state: &AppState) {
    if let Some(text) = notice(state) {
        m.el("p", "callout fx-note", &text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;

    #[test]
    fn the_notice_names_the_rate_its_source_and_day() {
        assert_eq!(notice(&AppState::default()), None);
        let yen = AppState::default().apply(Action::SetCurrency(Currency::Jpy));
        let text = notice(&yen).unwrap_or_default();
        assert!(text.contains("1 USD = 150.55 JPY"), "{text}");
        assert!(text.contains("European Central Bank"), "{text}");
        assert!(text.contains("26 February 2024"), "{text}");
        let typed = yen.apply(Action::SetNumber(FieldId::Fx, "140".into()));
        let text = notice(&typed).unwrap_or_default();
        assert!(
            text.contains("1 USD = 140 JPY, the rate you entered (150.55"),
            "{text}"
        );
        let euro = AppState::default().apply(Action::SetCurrency(Currency::Eur));
        assert!(notice(&euro)
            .unwrap_or_default()
            .contains("1 USD = 0.9215 EUR"));
        let huge = yen.apply(Action::SetNumber(FieldId::Fx, "1000000000".into()));
        let text = notice(&huge).unwrap_or_default();
        assert!(text.contains("1 USD = 1,000,000,000 JPY"), "{text}");
    }
}
