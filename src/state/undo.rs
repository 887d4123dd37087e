//! Actions that replace the user's work wholesale (a guide example today; an account handed
//! from one calculator to another or a saved scenario later) are a Back press or an Undo
//! away: the page pushes a history entry for each, and offers Undo until the user moves on.

use super::Action;

impl Action {
    /// What the page says after the action when it replaces the user's work, or `None` for
    /// an ordinary edit.
    #[must_use]
    pub fn replaces_work(&self) -> Option<&'static str> {
        match self {
            Action::LoadPreset(_) => Some("The guide's example replaced your scenarios."),
            _ => None,
        }
    }
}

/// The history entries pushed by actions that replaced work, and whether Undo is on offer:
/// from such an action until the user opens another calculator or goes back or forward
/// (then the entry before is no longer one Back away).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Undo {
    /// How many entries actions that replaced work have pushed (the page pushes when it
    /// changes).
    pub pushes: u32,
    /// The notice of the last such action, while Undo is on offer.
    pub offer: Option<&'static str>,
}

impl Undo {
    /// The undo state after `action`, which `changed` the state or not.
    #[must_use]
    pub fn after(self, action: &Action, changed: bool) -> Undo {
        match (action.replaces_work(), action) {
            (Some(notice), _) if changed => Undo {
                pushes: self.pushes.wrapping_add(1),
                offer: Some(notice),
            },
            (_, Action::Open(_) | Action::Replace(_)) if changed => Undo {
                offer: None,
                ..self
            },
            _ => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Calculator, FieldId, Preset, ScenarioField};

    #[test]
    fn a_preset_pushes_an_entry_and_offers_undo_until_the_user_moves_on() {
        let start = Undo::default();
        let preset = Action::LoadPreset(Preset::GuideExample2);
        let loaded = start.after(&preset, true);
        assert_eq!(loaded.pushes, 1);
        assert!(loaded.offer.is_some());
        // Typing keeps the offer: Back still leads to the work before the preset.
        let typed = loaded.after(
            &Action::SetScenarioNumber(0, ScenarioField::Cost, "9000".into()),
            true,
        );
        assert_eq!(typed, loaded);
        // Opening another calculator or going back ends it.
        assert_eq!(
            typed.after(&Action::Open(Calculator::Budget), true).offer,
            None
        );
        let back = Action::Replace(Box::default());
        assert_eq!(typed.after(&back, true).offer, None);
        // A preset that changes nothing pushes nothing.
        assert_eq!(start.after(&preset, false), start);
        assert_eq!(
            Action::SetNumber(FieldId::TierFollowers, "1".into()).replaces_work(),
            None
        );
    }
}
