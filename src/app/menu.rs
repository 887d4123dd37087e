//! The calculators' menu: one link per calculator, each to the state's own link for it, so
//! that a link opened in a new tab carries the work; a plain click opens it in place.

use yew::prelude::*;

use crate::state::{Action, AppState, Calculator};

/// The menu, given each calculator's link (`links`, in the order of [`Calculator::ALL`]).
// Not inlined: compiled in the step that draws it (src/app/staged.rs), not with the app.
#[inline(never)]
pub fn view(state: &AppState, links: Vec<String>, dispatch: &Callback<Action>) -> Html {
    html! {
        <nav class="calculators" aria-label="Calculators">
            { for Calculator::ALL.into_iter().zip(links).map(|(calculator, query)| {
                let current = calculator == state.calculator;
                let onclick = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |event: MouseEvent| {
                        if event.ctrl_key() || event.meta_key() || event.shift_key() {
                            return; // let the browser open a new tab
                        }
                        event.prevent_default();
                        dispatch.emit(Action::Open(calculator));
                    })
                };
                html! {
                    <a href={format!("?{query}")} aria-current={current.then_some("page")} {onclick}>
                        { calculator.label() }
                    </a>
                }
            }) }
        </nav>
    }
}
