//! Default amounts in the chosen currency. The guide's figures are US dollars: a default
//! budget of $10,000 shown as ¥10,000 would be an amount in a currency it was never
//! converted to (and buys no creator). So the money fields' defaults, and the ROI
//! scenarios', presets' and roster's amounts, are converted at the page's rate to the dollar and
//! rounded to two significant figures (¥1,500,000) when the currency is chosen; a field the
//! user has set keeps what they typed. The link writes the converted amounts out, so that
//! links made before keep their meaning (an amount left out is the dollar figure, as typed
//! in the link's currency).

use super::fields::{self, FieldId, NumberField, Value};
use super::{AppState, Currency, ScenarioField, ScenarioInputs};

/// Rounds an amount to two significant figures; zero and non-finite amounts as they are.
#[must_use]
pub fn round_amount(amount: f64) -> f64 {
    if amount == 0.0 || !amount.is_finite() {
        return amount;
    }
    // |log10| of a finite amount is at most 324: the cast cannot overflow.
    #[allow(clippy::cast_possible_truncation)]
    let digits = amount.abs().log10().floor() as i32 - 1;
    let unit = 10f64.powi(digits);
    (amount / unit).round() * unit
}

/// Whether `rate` is the dollar's own (nothing to convert).
fn is_dollar(rate: f64) -> bool {
    (rate - 1.0).abs() < f64::EPSILON
}

/// A dollar value converted at `rate` and rounded (each end, and the typical value), as
/// the total of `times` such amounts, shared again.
fn convert(value: Value, rate: f64, times: f64) -> Value {
    let at = |v: f64| round_amount(v * times * rate) / times;
    Value {
        low: at(value.low),
        high: at(value.high),
        typical: value.typical.map(at),
    }
}

/// A field holding a dollar amount, converted as the total of `times` such amounts.
fn converted(field: &NumberField, rate: f64, times: f64) -> NumberField {
    NumberField::new(field.value.map(|v| convert(v, rate, times)))
}

/// A dollar field at `rate`: as it is in dollars, else converted and rounded.
fn at(field: &NumberField, rate: f64) -> NumberField {
    if is_dollar(rate) {
        field.clone()
    } else {
        converted(field, rate, 1.0)
    }
}

/// The number fields that hold money and have a default.
fn money_fields() -> impl Iterator<Item = FieldId> {
    fields::all().filter(|id| id.spec().limits.money && id.spec().default.is_some())
}

/// The scenario fields that hold money.
fn money_scenario_fields() -> impl Iterator<Item = ScenarioField> {
    ScenarioField::ALL
        .into_iter()
        .filter(|f| f.spec().limits.money)
}

/// Dollar scenarios (the defaults or a preset of the guide's) at `rate`.
#[must_use]
pub fn scenarios_at(scenarios: &[ScenarioInputs], rate: f64) -> Vec<ScenarioInputs> {
    let mut out = scenarios.to_vec();
    for (scenario, dollars) in out.iter_mut().zip(scenarios) {
        for field in money_scenario_fields() {
            scenario.set(field, scenario_field_at(dollars, field, rate));
        }
    }
    out
}

/// A money field of a dollar scenario at `rate`, converted and rounded. The cost per
/// creator is rounded as the scenario's total and shared again, so that scenarios spending
/// the same dollars spend the same in every currency (the guide's 1 macro at $10,000 and 5
/// micro at $2,000: ₹830,000 each, not ₹830,000 against 5 × ₹170,000).
fn scenario_field_at(dollars: &ScenarioInputs, field: ScenarioField, rate: f64) -> NumberField {
    let value = dollars.field(field);
    if field != ScenarioField::Cost || is_dollar(rate) {
        return at(&value, rate);
    }
    let creators = dollars.field(ScenarioField::Creators).number().max(1.0);
    converted(&value, rate, creators)
}

/// The scenario at `index` when none is given: the default one, or a copy of the last
/// default named after its place.
#[must_use]
pub fn base_scenario(index: usize, defaults: &[ScenarioInputs]) -> ScenarioInputs {
    defaults.get(index).cloned().unwrap_or_else(|| {
        let mut copy = defaults
            .last()
            .cloned()
            .unwrap_or_else(ScenarioInputs::blank);
        copy.name = format!("Scenario {}", index + 1);
        copy
    })
}

impl AppState {
    /// Chooses the currency; every amount still at the old currency's default becomes the
    /// new currency's default, and a rate typed for the old currency is dropped.
    pub fn switch_currency(&mut self, currency: Currency) {
        let old = self.usd_rate();
        if currency != self.currency {
            // A rate typed in was the old currency's: the new one starts at its reference.
            self.set_field(FieldId::Fx, FieldId::Fx.spec().default_field());
        }
        self.currency = currency;
        let new = self.usd_rate();
        self.follow_rate(old, new);
    }

    /// Every amount still holding its dollar default at the `old` rate takes it at the
    /// `new` one: after a currency is chosen, or a rate typed in.
    pub(crate) fn follow_rate(&mut self, old: f64, new: f64) {
        // A field still holding the default at the old rate takes the default at the new.
        let follow = |field: &NumberField, dollars: &NumberField| {
            (field.value == at(dollars, old).value).then(|| at(dollars, new))
        };
        for id in money_fields() {
            if let Some(field) = follow(&self.stored(id), &id.spec().default_field()) {
                self.set_field(id, field);
            }
        }
        let defaults = super::default_scenarios();
        for (index, scenario) in self.scenarios.iter_mut().enumerate() {
            let base = base_scenario(index, &defaults);
            for field in money_scenario_fields() {
                let was = scenario_field_at(&base, field, old);
                if scenario.field(field).value == was.value {
                    scenario.set(field, scenario_field_at(&base, field, new));
                }
            }
        }
        let budget = super::roster::ROSTER_BUDGET.default_field();
        if let Some(field) = follow(&self.roster.budget, &budget) {
            self.roster.budget = field;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;

    #[test]
    fn amounts_round_to_two_significant_figures() {
        assert_eq!(round_amount(1_492_600.0), 1_500_000.0);
        assert_eq!(round_amount(9_215.0), 9_200.0);
        assert_eq!(round_amount(14_926.0), 15_000.0);
        assert_eq!(round_amount(0.0), 0.0);
        assert_eq!(round_amount(92.4), 92.0);
    }

    #[test]
    fn a_default_budget_is_converted_not_relabelled() {
        // The issue: ¥10,000 (about $66) as the default budget bought no creator.
        let yen = AppState::default().apply(Action::SetCurrency(Currency::Jpy));
        let rate = yen.usd_rate();
        assert!(rate > 100.0, "{rate}");
        let budget = yen.number(FieldId::BudgetTotal);
        assert_eq!(budget, round_amount(10_000.0 * rate));
        let plan = crate::state::results::budget(&yen);
        assert!(plan.is_ok_and(|p| p.creators > 0));
        let cost = yen.scenarios[0].field(ScenarioField::Cost).number();
        let dollars = AppState::default().scenarios[0]
            .field(ScenarioField::Cost)
            .number();
        assert_eq!(cost, round_amount(dollars * rate));
        assert_eq!(
            yen.roster.budget.value.map(|v| v.low),
            Some(round_amount(10_000.0 * rate))
        );
        // And back: the dollar defaults again, exactly.
        let back = yen.apply(Action::SetCurrency(Currency::Usd));
        assert_eq!(back.numbers, AppState::default().numbers);
        assert_eq!(back.scenarios, AppState::default().scenarios);
        assert_eq!(back.roster, AppState::default().roster);
    }

    #[test]
    fn the_guides_examples_are_converted_too() {
        let euro = AppState::default()
            .apply(Action::SetCurrency(Currency::Eur))
            .apply(Action::LoadPreset(crate::state::Preset::GuideTable1));
        let dollars =
            AppState::default().apply(Action::LoadPreset(crate::state::Preset::GuideTable1));
        let rate = euro.usd_rate();
        let cost = |s: &ScenarioInputs| s.field(ScenarioField::Cost).number();
        // The macro's cost rounded; the micros share the same money (€9,200 ÷ 5).
        assert_eq!(
            cost(&euro.scenarios[0]),
            round_amount(cost(&dollars.scenarios[0]) * rate)
        );
        assert_eq!(cost(&euro.scenarios[0]), 9_200.0);
        assert_eq!(cost(&euro.scenarios[1]), 1_840.0);
    }

    #[test]
    fn a_rate_typed_for_one_currency_is_not_kept_for_another() {
        let yen = AppState::default()
            .apply(Action::SetCurrency(Currency::Jpy))
            .apply(Action::SetNumber(FieldId::Fx, "140".into()));
        assert_eq!(yen.usd_rate(), 140.0);
        let euro = yen.apply(Action::SetCurrency(Currency::Eur));
        assert!(euro.usd_rate() < 2.0, "{}", euro.usd_rate());
        let same = yen.apply(Action::SetCurrency(Currency::Jpy));
        assert_eq!(same.usd_rate(), 140.0);
    }

    #[test]
    fn a_rate_typed_in_converts_the_defaults_again_and_back_to_dollars_is_exact() {
        // The pass: yen, a rate of 140 typed, then dollars again gave a $1,500,000 budget.
        let yen = AppState::default()
            .apply(Action::SetCurrency(Currency::Jpy))
            .apply(Action::SetNumber(FieldId::Fx, "1".into()))
            .apply(Action::SetNumber(FieldId::Fx, "14".into()))
            .apply(Action::SetNumber(FieldId::Fx, "140".into()));
        assert_eq!(yen.number(FieldId::BudgetTotal), 1_400_000.0);
        let cost = yen.scenarios[0].field(ScenarioField::Cost).number();
        let dollars = AppState::default().scenarios[0]
            .field(ScenarioField::Cost)
            .number();
        assert_eq!(cost, round_amount(dollars * 140.0));
        for currency in [Currency::Usd, Currency::Chf] {
            let other = yen.apply(Action::SetCurrency(currency));
            let fresh = AppState::default().apply(Action::SetCurrency(currency));
            assert_eq!(other.numbers, fresh.numbers, "{currency:?}");
            assert_eq!(other.scenarios, fresh.scenarios, "{currency:?}");
            assert_eq!(other.roster, fresh.roster, "{currency:?}");
        }
        // A typed amount stays through a new rate.
        let typed = yen
            .apply(Action::SetNumber(FieldId::BudgetTotal, "2000000".into()))
            .apply(Action::SetNumber(FieldId::Fx, "150".into()));
        assert_eq!(typed.number(FieldId::BudgetTotal), 2_000_000.0);
    }

    #[test]
    fn the_guides_same_money_stays_the_same_in_every_currency() {
        // The pass: in rupees 1 macro at ₹830,000 against 5 micro at ₹170,000 (₹850,000).
        let total = |state: &AppState, i: usize| {
            let s = &state.scenarios[i];
            s.field(ScenarioField::Creators).number() * s.field(ScenarioField::Cost).number()
        };
        for currency in Currency::ALL {
            let state = AppState::default().apply(Action::SetCurrency(currency));
            assert_eq!(total(&state, 0), total(&state, 1), "{currency:?}");
            let preset = state.apply(Action::LoadPreset(crate::state::Preset::GuideExample2));
            assert_eq!(total(&preset, 0), total(&preset, 1), "{currency:?}");
            // And back to dollars: the defaults exactly.
            let back = state.apply(Action::SetCurrency(Currency::Usd));
            assert_eq!(
                back.scenarios,
                AppState::default().scenarios,
                "{currency:?}"
            );
        }
        let rupees = AppState::default().apply(Action::SetCurrency(Currency::Inr));
        let cost = rupees.scenarios[1].field(ScenarioField::Cost).number();
        assert_eq!(
            cost * 5.0,
            rupees.scenarios[0].field(ScenarioField::Cost).number()
        );
    }

    #[test]
    fn an_amount_the_user_set_is_kept() {
        let state = AppState::default()
            .apply(Action::SetNumber(FieldId::BudgetTotal, "25000".into()))
            .apply(Action::SetCurrency(Currency::Eur));
        assert_eq!(state.number(FieldId::BudgetTotal), 25_000.0);
        assert_ne!(
            state.number(FieldId::CardBonus),
            AppState::default().number(FieldId::CardBonus)
        );
    }
}
