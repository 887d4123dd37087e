//! "Copy link" and the system share sheet: every screen is already its URL.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

fn current_url() -> String {
    super::history::flush_url();
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

pub(super) fn navigator_has(name: &str) -> bool {
    web_sys::window()
        .map(|w| Reflect::has(&w.navigator(), &JsValue::from_str(name)).unwrap_or(false))
        .unwrap_or(false)
}

/// The copy and share buttons, with a status line for screen readers.
#[function_component(ShareBar)]
pub fn share_bar() -> Html {
    let status = use_state(String::new);
    // When the clipboard is refused, the link is shown selected for the user to copy.
    let fallback = use_state(|| None::<String>);
    let can_share = use_memo((), |_| navigator_has("share"));

    let on_copy = {
        let status = status.clone();
        let fallback = fallback.clone();
        Callback::from(move |_: MouseEvent| {
            let url = current_url();
            let status = status.clone();
            let fallback = fallback.clone();
            let clipboard = web_sys::window()
                .filter(|_| navigator_has("clipboard"))
                .map(|w| w.navigator().clipboard());
            match clipboard {
                Some(clipboard) => spawn_local(async move {
                    match JsFuture::from(clipboard.write_text(&url)).await {
                        Ok(_) => {
                            fallback.set(None);
                            status.set("Link copied.".to_string());
                        }
                        Err(_) => {
                            fallback.set(Some(url));
                            status.set("Copy the link below.".to_string());
                        }
                    }
                }),
                None => {
                    fallback.set(Some(url));
                    status.set("Copy the link below.".to_string());
                }
            }
        })
    };
    let on_share = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let data = web_sys::ShareData::new();
            data.set_title("Reachwise calculation");
            data.set_url(&current_url());
            let promise = window.navigator().share_with_data(&data);
            let status = status.clone();
            spawn_local(async move {
                if JsFuture::from(promise).await.is_ok() {
                    status.set("Shared.".to_string());
                }
            });
        })
    };
    html! {
        <div class="share">
            <button type="button" class="primary" id="copy-link" onclick={on_copy}>{ "Copy link" }</button>
            { if *can_share {
                html! { <button type="button" id="share-link" onclick={on_share}>{ "Share…" }</button> }
            } else { html! {} } }
            <span class="share-status" role="status">{ (*status).clone() }</span>
            { for (*fallback).clone().map(|url| html! {
                <input class="share-fallback" readonly=true aria-label="Link to this calculation"
                    value={url} onfocus={Callback::from(|e: FocusEvent| {
                        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                            input.select();
                        }
                    })} />
            }) }
        </div>
    }
}
