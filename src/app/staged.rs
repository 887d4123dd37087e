//! The app's first draw in steps. On a slow phone, drawing the whole page in one task and
//! laying it out in the frame after it each blocked input for well over 50 ms. Drawn in
//! steps, each in a task of its own, no task is that long: the browser paints between tasks
//! when a frame is due, so on a slow phone each step's layout falls in a frame of its own,
//! while a fast one draws several steps a frame. The server's shell shows the parts not drawn
//! yet, and each part of it goes in the task that draws the app's own in its place (an
//! observer of the app's element hears of each draw before the next paint), so that no
//! frame shows both or neither.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::prelude::*;

use super::dom;

/// How much of the page the app has drawn, in the order the page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drawn {
    /// Nothing yet: the app has its state (and compiled the code that holds it).
    Started,
    /// Notices and the calculators' menu.
    Menu,
    /// And the toolbar (currency, share, embed).
    Toolbar,
    /// And the calculator's inputs; the shell's results panel stands in for its results.
    Inputs,
    /// And the calculator's results panel; of a result drawn in parts (the tier finder's:
    /// the finding, the chart, the ladder), the first.
    Results,
    /// And the second part.
    MoreResults,
    /// And the rest: the whole page.
    All,
}

impl Drawn {
    /// The next step, if any.
    const fn next(self) -> Option<Self> {
        match self {
            Self::Started => Some(Self::Menu),
            Self::Menu => Some(Self::Toolbar),
            Self::Toolbar => Some(Self::Inputs),
            Self::Inputs => Some(Self::Results),
            Self::Results => Some(Self::MoreResults),
            Self::MoreResults => Some(Self::All),
            Self::All => None,
        }
    }

    /// The calculator's results panel, once this step draws it (its first part or more).
    pub fn results(self, panel: impl FnOnce() -> Html) -> Html {
        if self.result_parts() > 0 {
            panel()
        } else {
            html! {}
        }
    }

    /// How many parts of a result drawn in parts to show.
    pub const fn result_parts(self) -> usize {
        match self {
            Self::Started | Self::Menu | Self::Toolbar | Self::Inputs => 0,
            Self::Results => 1,
            Self::MoreResults => 2,
            Self::All => usize::MAX,
        }
    }
}

/// The class of the element the app draws into, ahead of the shell in `#app`; it takes no
/// box of its own (styles/main.css), so the page lays out as if the app drew into `#app`.
pub const LIVE_CLASS: &str = "app-live";

/// The class of the shell's results panel while it stands in the app's calculator.
const STAND_IN_CLASS: &str = "shell-stand-in";

/// How long a task may have been drawing before the next step waits for a task of its own:
/// a fast device draws several steps in one task, a slow phone one step a task.
const STEP_TASK_MS: f64 = 8.0;

/// How much to draw: everything at once unless staged; staged (`first_task_began`, when the
/// task that draws the app first began), one step more, in the same task while the task is
/// young (`STEP_TASK_MS`), else in the next. The first task's age counts from its start, with
/// the renderer's creation, not from the app's first run: counted from there, it was 10 to 15
/// ms older than it seemed, and the menu joined it.
#[hook]
pub fn use_drawn(first_task_began: Option<f64>) -> Drawn {
    let staged = first_task_began.is_some();
    let drawn = use_state(|| if staged { Drawn::Started } else { Drawn::All });
    let task_start = use_mut_ref(|| first_task_began.unwrap_or_else(js_sys::Date::now));
    {
        let setter = drawn.setter();
        use_effect_with(*drawn, move |step| {
            if let Some(next) = step.next().filter(|_| staged) {
                if js_sys::Date::now() - *task_start.borrow() < STEP_TASK_MS {
                    setter.set(next);
                } else {
                    dom::after_this_task(move || {
                        *task_start.borrow_mut() = js_sys::Date::now();
                        setter.set(next);
                    });
                }
            }
        });
    }
    *drawn
}

/// Removes each part of the shell in the task in which the app draws its own in its place,
/// whichever task Yew draws in: an observer of `live`, the app's element, hears of each
/// draw before the browser next paints.
pub fn retire_shell_as_drawn(live: &Element) {
    let on_draw = Closure::<dyn Fn(js_sys::Array, MutationObserver)>::new(
        |_: js_sys::Array, observer: MutationObserver| {
            if retire_drawn_parts() {
                observer.disconnect();
            }
        },
    );
    let Ok(observer) = MutationObserver::new(on_draw.as_ref().unchecked_ref()) else {
        return;
    };
    // One small closure, kept until the shell is gone.
    on_draw.forget();
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    let _ = observer.observe_with_options(live, &options);
}

/// Removes the parts of the shell whose replacement the app has drawn; true once none is left.
fn retire_drawn_parts() -> bool {
    let Some(root) = dom::element("app") else {
        return true;
    };
    let drawn = |selector: &str| {
        let query = format!(".{LIVE_CLASS} > {selector}");
        root.query_selector(&query).ok().flatten().is_some()
    };
    if drawn(&format!("section > .results:not(.{STAND_IN_CLASS})")) {
        if let Ok(Some(stand_in)) = root.query_selector(&format!(".{STAND_IN_CLASS}")) {
            stand_in.remove();
        }
        remove_shell_through(&root, None);
        return true;
    }
    if drawn("section") {
        stand_in_for_results(&root);
        remove_shell_through(&root, Some("section"));
    } else if drawn(".toolbar") {
        remove_shell_through(&root, Some(".toolbar"));
    } else if drawn("nav") {
        remove_shell_through(&root, Some("nav"));
    }
    false
}

/// Moves the shell's results panel (with the early answer to a shared link, if any) into
/// the app's calculator, where its results will go.
fn stand_in_for_results(root: &Element) {
    let shell = root.query_selector(":scope > section .results");
    let app = root.query_selector(&format!(".{LIVE_CLASS} > section"));
    if let (Ok(Some(panel)), Ok(Some(section))) = (shell, app) {
        let _ = panel.class_list().add_1(STAND_IN_CLASS);
        let _ = section.append_child(&panel);
    }
}

/// Removes the shell's nodes from `#app`, in order, through its element that matches `last`
/// (nothing if it has none left), or all of them; the app's own element stays.
fn remove_shell_through(root: &Element, last: Option<&str>) {
    if let Some(selector) = last {
        let in_shell = format!(":scope > {selector}");
        if !matches!(root.query_selector(&in_shell), Ok(Some(_))) {
            return;
        }
    }
    let mut node = root.first_child();
    while let Some(current) = node {
        node = current.next_sibling();
        let element = current.dyn_ref::<Element>();
        if element.is_some_and(|e| e.class_name() == LIVE_CLASS) {
            continue;
        }
        let is_last = last
            .zip(element)
            .is_some_and(|(s, e)| e.matches(s).unwrap_or(false));
        let _ = root.remove_child(&current);
        if is_last {
            return;
        }
    }
}
