//! Actions that replace the user's work wholesale (a guide example today; an account handed
//! from one calculator to another or a saved scenario later) are a Back press or an Undo
//! away: the page pushes a history entry for each, and offers Undo until the user moves on.

use super::Action;

/// What an action does to the work Undo can bring back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoEffect {
    /// It replaces the work; the page says this notice and offers Undo.
    Replaces(&'static str),
    /// It moves to another entry (another calculator, back or forward): Undo ends.
    Moves,
    /// An ordinary edit.
    Keeps,
}

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

    /// What the action does to the work Undo can bring back.
    #[must_use]
    pub fn undo_effect(&self) -> UndoEffect {
        match (self.replaces_work(), self) {
            (Some(notice), _) => UndoEffect::Replaces(notice),
            (None, Action::Open(_) | Action::Replace(_)) => UndoEffect::Moves,
            _ => UndoEffect::Keeps,
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
    /// The undo state after an action, read before it ran by [`Action::undo_effect`],
    /// which `changed` the state or not.
    #[must_use]
    pub fn after(self, effect: UndoEffect, changed: bool) -> Undo {
        match effect {
            _ if !changed => self,
            UndoEffect::Replaces(notice) => Undo {
                pushes: self.pushes.wrapping_add(1),
                offer: Some(notice),
            },
            UndoEffect::Moves => Undo {
                offer: None,
                ..self
            },
            UndoEffect::Keeps => self,
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
        let loaded = start.after(preset.undo_effect(), true);
        assert_eq!(loaded.pushes, 1);
        assert!(loaded.offer.is_some());
        // Typing keeps the offer: Back still leads to the work before the preset.
        let typed = loaded.after(
            Action::SetScenarioNumber(0, ScenarioField::Cost, "9000".into()).undo_effect(),
            true,
        );
        assert_eq!(typed, loaded);
        // Opening another calculator or going back ends it.
        let open = Action::Open(Calculator::Budget).undo_effect();
        assert_eq!(typed.after(open, true).offer, None);
        let back = Action::Replace(Box::default()).undo_effect();
        assert_eq!(typed.after(back, true).offer, None);
        // A preset that changes nothing pushes nothing.
        assert_eq!(start.after(preset.undo_effect(), false), start);
        assert_eq!(
            Action::SetNumber(FieldId::TierFollowers, "1".into()).replaces_work(),
            None
        );
    }
}
