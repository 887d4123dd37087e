//! Embedding: the page mode an `embed=1` / `theme=` link asks for (classes on `<html>`, the
//! height posted to the embedding page), the "Open in Reachwise" link, and the "Embed this
//! calculator" disclosure with the snippet a publisher copies.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::markup::Markup;
use crate::state::{AppState, Calculator, Theme};
use crate::{url_fragment, url_state};

/// The message type the page posts to its parent; `embed.js` (assets/embed.js) reads it.
const HEIGHT_MESSAGE: &str = "reachwise:height";
/// What embed.js sends to ask for the height again.
const PING_MESSAGE: &str = "reachwise:ping";

/// Puts `embed` and `theme-light` / `theme-dark` on `<html>` (styles/main.css hides the
/// site's header and footer and forces the colours), and while embedded posts the page's
/// height to the parent whenever it changes.
#[hook]
pub fn use_page_mode(embed: bool, theme: Theme) {
    use_effect_with(theme, |theme| {
        if let Some(root) = root() {
            let classes = root.class_list();
            for other in Theme::ALL {
                let _ = classes.remove_1(&format!("theme-{}", other.slug()));
            }
            if *theme != Theme::System {
                let _ = classes.add_1(&format!("theme-{}", theme.slug()));
            }
        }
    });
    use_effect_with(embed, |embed| {
        let root = root();
        if let Some(root) = &root {
            let _ = root.class_list().toggle_with_force("embed", *embed);
        }
        let observer = root.filter(|_| *embed).and_then(|root| {
            let window = web_sys::window()?;
            let last = Rc::new(std::cell::Cell::new(0.0));
            let post = {
                let last = last.clone();
                Closure::<dyn FnMut()>::new(move || post_height(&last))
            };
            let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
            observer.observe(&root);
            // embed.js asks once it runs, in case it missed the first height: the height is
            // no secret, so anyone may ask.
            let ping = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok();
                    if kind.and_then(|k| k.as_string()).as_deref() == Some(PING_MESSAGE) {
                        last.set(-1.0);
                        post_height(&last);
                    }
                },
            );
            let _ =
                window.add_event_listener_with_callback("message", ping.as_ref().unchecked_ref());
            Some((observer, post, window, ping))
        });
        move || {
            if let Some((observer, _post, window, ping)) = observer {
                observer.disconnect();
                let _ = window
                    .remove_event_listener_with_callback("message", ping.as_ref().unchecked_ref());
            }
        }
    });
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Posts `{type: "reachwise:height", height}` to the parent window when the height changed.
/// The height is no secret, so any parent may read it (`"*"`); the parent's script checks
/// where the message comes from.
fn post_height(last: &std::cell::Cell<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = root() else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil();
    if height == last.get() {
        return;
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return; // not in a frame
    }
    last.set(height);
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, "*");
}

/// The small "Open in Reachwise" link under an embedded calculator: the same screen on the
/// full site, in a new tab; `fragment` is the roster's part of the link.
pub fn open_link(state: &AppState, fragment: &str) -> Html {
    let mut full = state.clone();
    full.embed = false;
    full.theme = Theme::System;
    let query = url_state::to_query(&full);
    let rows = roster_rows(state, fragment);
    let hash = if rows.is_some() { "#" } else { "" };
    let href = format!("./?{query}{hash}{}", rows.unwrap_or_default());
    html! {
        <p class="embed-open">
            <a {href} target="_blank" rel="noopener">{ "Open in Reachwise ↗" }</a>
        </p>
    }
}

/// The roster's rows for a link to `state`'s screen: `fragment`, the roster's part of the
/// link, when the roster is open and it fits in a link.
fn roster_rows<'a>(state: &AppState, fragment: &'a str) -> Option<&'a str> {
    (state.calculator == Calculator::Roster
        && !fragment.is_empty()
        && url_fragment::fits_in_link(fragment))
    .then_some(fragment)
}

/// The page's address without query and hash, and the folder it is in.
fn page_address() -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let page = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let folder = page[..page.rfind('/')? + 1].to_string();
    Some((page, folder))
}

/// The snippet for `state` shown embedded: the iframe and the script that sizes it, the
/// link and the folder escaped by `Markup` like every other text the app writes.
fn snippet(state: &AppState, fragment: &str) -> String {
    let mut embedded = state.clone();
    embedded.embed = true;
    let (page, folder) = page_address().unwrap_or_default();
    // #embed: index.html's CSS shows only the calculator before the app starts (:target).
    // A roster's rows take the fragment's place.
    let src = format!(
        "{page}?{}#{}",
        url_state::to_query(&embedded),
        roster_rows(state, fragment).unwrap_or("embed")
    );
    let mut code = Markup::new();
    code.open_with(
        "iframe",
        &[
            ("src", &src),
            ("title", "Reachwise calculator"),
            ("loading", "lazy"),
            ("style", "width:100%;height:40rem;border:0"),
        ],
    )
    .close("iframe")
    .raw("\n<script src=\"")
    .text(&folder)
    .raw("embed.js\" defer></script>");
    code.as_str().to_owned()
}

fn on_copy() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| {
        let code = super::dom::element("embed-code")
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        spawn_local(async move {
            let copied = super::share::copy_to_clipboard(&code).await;
            super::dom::say(
                "embed-status",
                if copied {
                    "Snippet copied."
                } else {
                    "Select the snippet and copy it."
                },
            );
        });
    })
}

/// "Embed this calculator": a button that opens a panel with the snippet for `state` in a
/// read-only text area and a Copy button. The snippet is written only while the panel is
/// `open`, so that typing elsewhere does not encode the whole state a second time per edit.
/// Open or closed is the app's own (`on_toggle` flips it), not the app state's: nothing
/// else depends on it. `fragment` is the roster's part of the link.
pub fn embed_dialog(
    state: &AppState,
    fragment: &str,
    open: bool,
    on_toggle: Callback<MouseEvent>,
) -> Html {
    let code = if open {
        snippet(state, fragment)
    } else {
        String::new()
    };
    html! {
        <div class="embed-dialog">
            <button type="button" id="embed-toggle" aria-expanded={if open { "true" } else { "false" }}
                aria-controls="embed-panel" onclick={on_toggle}>{ "Embed this calculator" }</button>
            <div id="embed-panel" class="panel embed-panel" role="group" aria-label="Embed this calculator" hidden={!open}>
                <label for="embed-code">{ "Paste this where the calculator should appear on your page:" }</label>
                <textarea id="embed-code" readonly=true rows="5" value={code} onfocus={super::share::select_on_focus()} />
                <button type="button" id="embed-copy" class="primary" onclick={on_copy()}>{ "Copy" }</button>
                <span class="share-status" id="embed-status" role="status"></span>
            </div>
        </div>
    }
}
