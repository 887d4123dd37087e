//! One ROI scenario as typed: a name and six fields, each a number or a low–high range.

use super::fields::{NumberField, ScenarioField, Value};
use crate::domain::range::Range;
use crate::domain::roi::Scenario;

/// Longest scenario name kept.
pub const MAX_NAME_CHARS: usize = 40;

/// A scenario's inputs as on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioInputs {
    /// Its name ("5 micro").
    pub name: String,
    /// Fields in the order of [`ScenarioField::ALL`].
    pub fields: Vec<NumberField>,
}

fn to_value(range: Range) -> Value {
    Value::range(range.low, range.high)
}

impl ScenarioInputs {
    /// The inputs that show a domain scenario.
    pub fn from_domain(s: &Scenario) -> Self {
        // In the order of `ScenarioField::ALL`.
        let values = [
            Some(to_value(s.creators)),
            Some(to_value(s.cost_per_creator)),
            Some(to_value(s.reach)),
            Some(to_value(s.engagement_rate_percent)),
            Some(to_value(s.conversion_rate_percent)),
            s.average_order_value.map(to_value),
        ];
        ScenarioInputs {
            name: clean_name(&s.name),
            fields: values.into_iter().map(NumberField::new).collect(),
        }
    }

    /// A scenario with every field at its spec default.
    #[must_use]
    pub fn blank() -> Self {
        ScenarioInputs {
            name: "Scenario".to_string(),
            fields: ScenarioField::ALL
                .iter()
                .map(|field| field.spec().default_field())
                .collect(),
        }
    }

    /// The domain scenario for these inputs (last valid values).
    #[must_use]
    pub fn to_domain(&self) -> Scenario {
        let range =
            |field: ScenarioField| self.field(field).value.map(|v| Range::new(v.low, v.high));
        let zero = Range::point(0.0);
        Scenario {
            name: self.name.clone(),
            creators: range(ScenarioField::Creators).unwrap_or(Range::point(1.0)),
            cost_per_creator: range(ScenarioField::Cost).unwrap_or(zero),
            reach: range(ScenarioField::Reach).unwrap_or(zero),
            engagement_rate_percent: range(ScenarioField::Er).unwrap_or(zero),
            conversion_rate_percent: range(ScenarioField::Conversion).unwrap_or(zero),
            average_order_value: range(ScenarioField::OrderValue),
        }
    }

    /// A field by its id.
    #[must_use]
    pub fn field(&self, field: ScenarioField) -> NumberField {
        self.fields
            .get(field as usize)
            .cloned()
            .unwrap_or_else(|| field.spec().default_field())
    }

    /// Sets a field to a value.
    pub fn set(&mut self, field: ScenarioField, value: NumberField) {
        if let Some(slot) = self.fields.get_mut(field as usize) {
            *slot = value;
        }
    }

    /// Takes typed text for a field.
    pub fn edit(&mut self, field: ScenarioField, text: String, currency: &str) {
        let edited = self
            .field(field)
            .edit_in(field.spec(), text, Some(currency));
        self.set(field, edited);
    }
}

/// A name fit to show: no control characters, trimmed, at most [`MAX_NAME_CHARS`].
#[must_use]
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
