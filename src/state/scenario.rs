//! One ROI scenario as typed: a name and six fields, each a number or a low–high range.

use super::fields::{scenario, NumberField, NumberSpec, Value};
use crate::domain::range::Range;
use crate::domain::roi::Scenario;

/// Longest scenario name kept.
pub const MAX_NAME_CHARS: usize = 40;

/// A scenario's inputs as on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioInputs {
    /// Its name ("5 micro").
    pub name: String,
    /// Fields in the order of [`scenario::ALL`].
    pub fields: Vec<NumberField>,
}

fn to_value(range: Range) -> Value {
    Value::range(range.low, range.high)
}

impl ScenarioInputs {
    /// The inputs that show a domain scenario.
    pub fn from_domain(s: &Scenario) -> Self {
        // In the order of `scenario::ALL`.
        let values = [
            (scenario::CREATORS.key, Some(to_value(s.creators))),
            (scenario::COST.key, Some(to_value(s.cost_per_creator))),
            (scenario::REACH.key, Some(to_value(s.reach))),
            (scenario::ER.key, Some(to_value(s.engagement_rate_percent))),
            (
                scenario::CONVERSION.key,
                Some(to_value(s.conversion_rate_percent)),
            ),
            (
                scenario::ORDER_VALUE.key,
                s.average_order_value.map(to_value),
            ),
        ];
        ScenarioInputs {
            name: clean_name(&s.name),
            fields: values
                .into_iter()
                .map(|(_, value)| NumberField::new(value))
                .collect(),
        }
    }

    /// A scenario with every field at its spec default.
    pub fn blank() -> Self {
        ScenarioInputs {
            name: "Scenario".to_string(),
            fields: scenario::ALL
                .iter()
                .map(|spec| spec.default_field())
                .collect(),
        }
    }

    /// The domain scenario for these inputs (last valid values).
    pub fn to_domain(&self) -> Scenario {
        let range = |spec: &NumberSpec| self.field(spec).value.map(|v| Range::new(v.low, v.high));
        let zero = Range::point(0.0);
        Scenario {
            name: self.name.clone(),
            creators: range(&scenario::CREATORS).unwrap_or(Range::point(1.0)),
            cost_per_creator: range(&scenario::COST).unwrap_or(zero),
            reach: range(&scenario::REACH).unwrap_or(zero),
            engagement_rate_percent: range(&scenario::ER).unwrap_or(zero),
            conversion_rate_percent: range(&scenario::CONVERSION).unwrap_or(zero),
            average_order_value: range(&scenario::ORDER_VALUE),
        }
    }

    /// A field by its spec.
    pub fn field(&self, spec: &NumberSpec) -> NumberField {
        position(spec.key)
            .and_then(|index| self.fields.get(index))
            .cloned()
            .unwrap_or_else(|| spec.default_field())
    }

    /// Sets the field with `key` to a value; unknown keys change nothing.
    pub fn set(&mut self, key: &str, value: NumberField) {
        if let Some(slot) = position(key).and_then(|index| self.fields.get_mut(index)) {
            *slot = value;
        }
    }

    /// Takes typed text for the field with `key`; unknown keys change nothing.
    pub fn edit(&mut self, key: &str, text: String) {
        if let Some(spec) = spec_for(key) {
            let field = self.field(spec).edit(spec, text);
            self.set(key, field);
        }
    }
}

fn position(key: &str) -> Option<usize> {
    scenario::ALL.iter().position(|spec| spec.key == key)
}

/// A scenario field's spec by key.
pub fn spec_for(key: &str) -> Option<&'static NumberSpec> {
    scenario::ALL.iter().copied().find(|spec| spec.key == key)
}

/// A name fit to show: no control characters, trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        "Scenario".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi;

    #[test]
    fn domain_scenarios_round_trip_through_inputs() {
        for s in roi::guide_example_1()
            .iter()
            .chain(roi::guide_example_2().iter())
        {
            assert_eq!(&ScenarioInputs::from_domain(s).to_domain(), s);
        }
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  5 micro \n"), "5 micro");
        assert_eq!(clean_name(""), "Scenario");
        assert_eq!(clean_name(&"x".repeat(100)).len(), MAX_NAME_CHARS);
    }
}
