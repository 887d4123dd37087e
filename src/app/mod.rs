//! The web layer: Yew components that render [`AppState`] and send [`Action`]s, and the one
//! place that touches the browser's URL and history. No arithmetic lives here.

mod fields;
mod format;
mod history;
mod notices;
mod source_badge;
mod tier_finder;

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, AppState, Calculator};
use crate::url_state::{self, Notice};

pub use history::read_location;

/// The reducer's state: [`AppState`] wrapped so that Yew can own it.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen(pub AppState);

impl Reducible for Screen {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Screen(next))
        }
    }
}

/// Props of the app root: the state and notices decoded from the URL at start.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the app starts.
    pub initial: AppState,
    /// What the link held that could not be used.
    #[prop_or_default]
    pub notices: Vec<Notice>,
}

/// The whole page below the static header.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let screen = {
        let initial = props.initial.clone();
        use_reducer(move || Screen(initial))
    };
    let notices = use_state(|| props.notices.clone());
    history::use_url_sync(&screen, &notices);

    let dispatch = {
        let screen = screen.clone();
        Callback::from(move |action: Action| screen.dispatch(action))
    };
    let state = &screen.0;
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |_| notices.set(Vec::new()))
    };
    html! {
        <>
            <notices::Notices notices={(*notices).clone()} on_dismiss={on_dismiss} />
            <nav class="calculators" aria-label="Calculators">
                { for Calculator::ALL.into_iter().map(|calculator| {
                    let current = calculator == state.calculator;
                    let onclick = {
                        let dispatch = dispatch.clone();
                        Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            dispatch.emit(Action::Open(calculator));
                        })
                    };
                    let href = format!("?{}", url_state::to_query(&AppState { calculator, ..state.clone() }));
                    html! {
                        <a href={href} aria-current={current.then_some("page")} {onclick}>
                            { calculator.label() }
                        </a>
                    }
                }) }
            </nav>
            { match state.calculator {
                Calculator::Tiers => html! {
                    <tier_finder::TierFinder inputs={state.tiers.clone()} dispatch={dispatch.clone()} />
                },
            } }
        </>
    }
}

/// Starts the app in the page's `#app` element, restoring the state from the URL.
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    let (initial, notices) = url_state::from_query(&read_location());
    yew::Renderer::<App>::with_root_and_props(root, AppProps { initial, notices }).render();
}
