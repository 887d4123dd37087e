//! The web layer: Yew components that render [`AppState`] and send [`Action`]s, and the one
//! place that touches the browser's URL and history. No arithmetic lives here.

mod authenticity;
mod budget;
mod card;
mod dom;
mod embed;
mod engagement;
mod explain;
mod fields;
pub mod files;
pub mod format;
mod history;
#[cfg(not(feature = "inline-worker"))]
mod in_page;
mod menu;
mod notices;
pub mod patch;
mod rates;
mod roi;
mod roi_result;
mod roster;
mod saved;
mod share;
mod staged;
mod tier_finder;
mod title;
mod toolbar;
mod worker;
mod worker_client;

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::vocab::Deliverable;
use crate::domain::vocab::Platform;
use crate::state::{
    own_label, Action, AppState, Calculator, DeliverableChoice, Figure, PlatformChoice, Undo,
};
use crate::url_state::{self, Notice};

pub use crate::render::capitalize;
pub use history::{read_link, read_location};
pub use saved::start as start_saved;
/// The results worker's entry point.
pub fn serve_worker() {
    worker::serve(worker::answer);
}

/// The lists worker's entry point (rate card and roster).
pub fn serve_lists_worker() {
    worker::serve(worker::answer_lists);
}

/// The reducer's state: [`AppState`] wrapped so that Yew can own it, and what Undo offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen(pub Rc<AppState>, pub Undo);

impl Reducible for Screen {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let effect = action.undo_effect();
        let next = self.0.apply(action);
        let undo = self.1.after(effect, next != *self.0);
        if next == *self.0 && undo == self.1 {
            self
        } else {
            Rc::new(Screen(Rc::new(next), undo))
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
    /// To draw in steps over the server's shell (see [`staged`]), as at the start: when the
    /// task that draws the app first began (`js_sys::Date::now`). `None` draws it all at once.
    #[prop_or_default]
    pub staged: Option<f64>,
}

/// The whole page below the static header.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let screen = {
        let initial = props.initial.clone();
        use_reducer(move || Screen(Rc::new(initial), Undo::default()))
    };
    let notices = use_state(|| props.notices.clone());
    let drawn = staged::use_drawn(props.staged);
    // Whether "Embed this calculator" is open: the page's own, not part of the link.
    let embed_open = use_state(|| false);
    // One encoding of the state serves the menu's links and the URL.
    let links = url_state::calculator_links(&screen.0);
    let query = Calculator::ALL
        .iter()
        .position(|c| *c == screen.0.calculator)
        .and_then(|index| links.get(index))
        .cloned()
        .unwrap_or_default();
    // The roster rides in the fragment: the link is `query#fragment`.
    let fragment = crate::url_fragment::to_fragment(&screen.0.roster);
    let link = crate::url_fragment::link(&query, &fragment);
    history::use_url_sync(&screen, &notices, link, drawn >= staged::Drawn::Results);
    embed::use_page_mode(screen.0.embed, screen.0.theme);
    title::use_document_title(screen.0.calculator, drawn >= staged::Drawn::Inputs);

    // One callback for the app's lifetime, so that memoised parts (ROI scenarios) see equal
    // props and skip re-rendering when only another part changed.
    let dispatch = {
        let dispatcher = screen.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let state = screen.0.clone();
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |_| notices.set(Vec::new()))
    };
    let notices = notices::view(&notices, &on_dismiss);
    let calculator = if drawn >= staged::Drawn::Inputs {
        calculator_view(&state, &dispatch, drawn)
    } else {
        html! {}
    };
    if state.embed {
        // Embedded on another site: the calculator alone, and a way to the full page.
        if drawn < staged::Drawn::Inputs {
            return html! {};
        }
        return html! { <>{ notices }{ calculator }{ embed::open_link(&state, &fragment) }</> };
    }
    if drawn == staged::Drawn::Started {
        return html! {};
    }
    html! {
        <>
            { notices }
            { history::undo_bar(screen.1) }
            { menu::view(&state, links, &dispatch) }
            if drawn >= staged::Drawn::Toolbar {
                { toolbar::view(&state, &dispatch, &embed_open, &fragment) }
            }
            { calculator }
        </>
    }
}

/// The open calculator's screen.
fn calculator_view(state: &AppState, dispatch: &Callback<Action>, drawn: staged::Drawn) -> Html {
    match state.calculator {
        Calculator::Tiers => tier_finder::view(state, dispatch, drawn),
        Calculator::Engagement => engagement::view(state, dispatch, drawn),
        Calculator::Rates => rates::view(state, dispatch, drawn),
        Calculator::Roi => roi::view(state, dispatch, drawn),
        Calculator::Budget => budget::view(state, dispatch, drawn),
        Calculator::Authenticity => authenticity::view(state, dispatch, drawn),
        Calculator::Card => card::view(state, dispatch, drawn),
        Calculator::Roster => roster::view(state, dispatch, drawn),
    }
}

/// A drop-down of the seven platforms that sets the platform of `choice`: the account's,
/// unless the calculator keeps its own (said in the label, with a button back).
pub fn platform_select(
    id: &'static str,
    choice: PlatformChoice,
    state: &AppState,
    dispatch: &Callback<Action>,
) -> Html {
    let options: Vec<_> = Platform::ALL
        .iter()
        .map(|p| (p.slug(), p.label()))
        .collect();
    let on_change = dispatch.reform(move |slug: String| {
        Action::SetPlatform(
            choice,
            Platform::from_slug(&slug).unwrap_or(Platform::Instagram),
        )
    });
    let own = state.own.platform(choice);
    let label = if own {
        own_label("Platform", state.account_platform.label())
    } else {
        "Platform".to_string()
    };
    let selected = state.platform(choice).slug();
    html! {
        <div class="shared">
            { fields::select(id, &label, &options, selected, on_change) }
            { fields::own_switch(Figure::Platform(choice), own, "Platform", dispatch) }
        </div>
    }
}

/// A drop-down of the deliverables on every platform that sets the deliverable of `choice`.
pub fn deliverable_select(
    id: &'static str,
    choice: DeliverableChoice,
    selected: Deliverable,
    dispatch: &Callback<Action>,
) -> Html {
    let options: Vec<_> = Deliverable::ALL
        .iter()
        .map(|d| (d.slug(), d.label()))
        .collect();
    let on_change = dispatch.reform(move |slug: String| {
        Action::SetDeliverable(
            choice,
            Deliverable::from_slug(&slug).unwrap_or(Deliverable::InstagramPost),
        )
    });
    fields::select(id, "Deliverable", &options, selected.slug(), on_change)
}

/// Starts the app in the page's `#app` element, restoring the state from the URL, in tasks
/// of its own after the one that compiled the wasm: reading the link in one, the first draw in
/// the next (see `staged` for the draws after it).
pub fn start() {
    dom::after_this_task(|| {
        let Some(live) = live_element() else {
            return;
        };
        staged::retire_shell_as_drawn(&live);
        worker_client::adopt_early();
        worker_client::warm_up_on_first_use();
        saved::watch();
        let (initial, notices) = crate::url_fragment::from_link(&read_link());
        dom::after_this_task(move || {
            let props = AppProps {
                initial,
                notices,
                staged: Some(js_sys::Date::now()),
            };
            yew::Renderer::<App>::with_root_and_props(live, props).render();
        });
    });
}

/// The element the app draws into, new, ahead of the shell in `#app` (`staged`).
fn live_element() -> Option<web_sys::Element> {
    let root = dom::element("app")?;
    let live = root.owner_document()?.create_element("div").ok()?;
    live.set_class_name(staged::LIVE_CLASS);
    root.prepend_with_node_1(&live).ok()?;
    Some(live)
}
