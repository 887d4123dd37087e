//! Prints the links this release writes for the guide's presets: `cargo run --example links`.
use reachwise::state::{Action, AppState, Preset};
use reachwise::url_state::to_query;

fn main() {
    for preset in [Preset::GuideTable1, Preset::GuideExample2] {
        let state = AppState::default().apply(Action::LoadPreset(preset));
        println!("{preset:?}: ?{}", to_query(&state));
    }
}
