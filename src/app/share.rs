//! "Copy link" and the system share sheet: every screen is already its URL. Plain markup
//! with handlers, not components: what the buttons say after a click (a status line, the
//! link to copy by hand) is written straight into elements the view renders empty or hidden,
//! which Yew then leaves alone. Components with their own state cost the first load about
//! 2 KB gzip each (bench/results.md).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::dom::{element, say};

fn current_url() -> String {
    super::history::flush_url();
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn navigator_has(name: &str) -> bool {
    web_sys::window()
        .map(|w| Reflect::has(&w.navigator(), &JsValue::from_str(name)).unwrap_or(false))
        .unwrap_or(false)
}

thread_local! {
    /// Whether the browser can share: asked once, not on every render.
    static CAN_SHARE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

fn can_share() -> bool {
    CAN_SHARE.with(|can| *can.get_or_init(|| navigator_has("share")))
}

/// Puts `text` on the clipboard: whether the browser took it.
pub(super) async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window().filter(|_| navigator_has("clipboard")) else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Selects all of a text field when it gets the focus, so that it can be copied by hand.
pub(super) fn select_on_focus() -> Callback<FocusEvent> {
    Callback::from(|event: FocusEvent| {
        let target = event.target();
        if let Some(input) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<HtmlInputElement>())
        {
            input.select();
        } else if let Some(area) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<HtmlTextAreaElement>())
        {
            area.select();
        }
    })
}

/// Copies the link; when the clipboard is refused, shows the link selected for the user to
/// copy.
fn on_copy() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| {
        spawn_local(async {
            let url = current_url();
            let copied = copy_to_clipboard(&url).await;
            say(
                "share-status",
                match (copied, super::history::rows_left_out()) {
                    (true, false) => "Link copied.",
                    (true, true) => "Link copied, without the roster's rows: too long for a link (export them as a file).",
                    (false, false) => "Copy the link below.",
                    (false, true) => "Copy the link below; it leaves out the roster's rows, too long for a link.",
                },
            );
            if let Some(fallback) =
                element("share-fallback").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            {
                fallback.set_value(&url);
                if let Some(shown) = element("share-fallback-box") {
                    let _ = shown.toggle_attribute_with_force("hidden", copied);
                }
                if !copied {
                    let _ = fallback.focus();
                }
            }
        });
    })
}

fn on_share() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let data = web_sys::ShareData::new();
        data.set_title("Reachwise calculation");
        data.set_url(&current_url());
        let promise = window.navigator().share_with_data(&data);
        spawn_local(async move {
            if JsFuture::from(promise).await.is_ok() {
                say("share-status", "Shared.");
            }
        });
    })
}

/// The copy and share buttons, with a status line for screen readers.
pub fn share_bar() -> Html {
    html! {
        <div class="share">
            <button type="button" class="primary" id="copy-link" onclick={on_copy()}>{ "Copy link" }</button>
            if can_share() {
                <button type="button" id="share-link" onclick={on_share()}>{ "Share…" }</button>
            }
            <span class="share-status" id="share-status" role="status"></span>
            <span class="share-fallback" id="share-fallback-box" hidden=true>
                <label for="share-fallback">{ "Link to this calculation" }</label>
                <input id="share-fallback" readonly=true onfocus={select_on_focus()} />
            </span>
        </div>
    }
}
