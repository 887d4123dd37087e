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
mod format;
mod history;
#[cfg(not(feature = "inline-worker"))]
mod in_page;
mod notices;
pub mod patch;
mod rates;
mod roi;
mod roi_result;
mod roster;
mod saved;
mod share;
mod tier_finder;
mod title;
mod worker;
mod worker_client;

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::vocab::Deliverable;
use crate::domain::vocab::Platform;
use crate::state::{
    own_label, Action, AppState, Calculator, Currency, DeliverableChoice, FieldId, Figure,
    PlatformChoice, Undo,
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
}

/// The whole page below the static header.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let screen = {
        let initial = props.initial.clone();
        use_reducer(move || Screen(Rc::new(initial), Undo::default()))
    };
    let notices = use_state(|| props.notices.clone());
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
    let link =
        crate::url_fragment::link(&query, &crate::url_fragment::to_fragment(&screen.0.roster));
    history::use_url_sync(&screen, &notices, link);
    embed::use_page_mode(screen.0.embed, screen.0.theme);
    title::use_document_title(screen.0.calculator);

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
    let on_embed_toggle = {
        let embed_open = embed_open.clone();
        Callback::from(move |_: MouseEvent| {
            embed_open.set(!*embed_open);
            dom::say("embed-status", "");
        })
    };
    let on_currency = dispatch
        .reform(|code: String| Action::SetCurrency(Currency::from_code(&code).unwrap_or_default()));
    let currencies: Vec<_> = Currency::ALL
        .iter()
        .map(|c| (c.code(), c.label()))
        .collect();
    let calculator = match state.calculator {
        Calculator::Tiers => tier_finder::view(&state, &dispatch),
        Calculator::Engagement => engagement::view(&state, &dispatch),
        Calculator::Rates => rates::view(&state, &dispatch),
        Calculator::Roi => roi::view(&state, &dispatch),
        Calculator::Budget => budget::view(&state, &dispatch),
        Calculator::Authenticity => authenticity::view(&state, &dispatch),
        Calculator::Card => card::view(&state, &dispatch),
        Calculator::Roster => roster::view(&state, &dispatch),
    };
    let notices = notices::view(&notices, &on_dismiss);
    if state.embed {
        // Embedded on another site: the calculator alone, and a way to the full page.
        return html! { <>{ notices }{ calculator }{ embed::open_link(&state) }</> };
    }
    html! {
        <>
            { notices }
            { history::undo_bar(screen.1) }
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
            <div class="toolbar">
                { fields::select("currency", "Currency", &currencies, state.currency.code(), on_currency) }
                { if state.currency == Currency::Usd { html! {} } else {
                    fields::number_field(&state, FieldId::Fx, &dispatch, None,
                        Some("Empty: the European Central Bank's rate."))
                } }
                { share::share_bar() }
                { embed::embed_dialog(&state, *embed_open, on_embed_toggle) }
            </div>
            { calculator }
        </>
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

/// Starts the app in the page's `#app` element, restoring the state from the URL.
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
    else {
        return;
    };
    worker_client::adopt_early();
    root.set_inner_html("");
    saved::watch();
    let (initial, notices) = crate::url_fragment::from_link(&read_link());
    yew::Renderer::<App>::with_root_and_props(root, AppProps { initial, notices }).render();
    worker_client::warm_up_on_first_use();
}
