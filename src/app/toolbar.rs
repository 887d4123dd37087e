//! The toolbar above the calculator: the currency (and its rate), sharing, embedding.

use yew::prelude::*;

use super::{dom, embed, fields, share};
use crate::state::{Action, AppState, Currency, FieldId};

/// The toolbar; `embed_open` is whether "Embed this calculator" is open, `fragment` the
/// roster's part of the link.
// Not inlined: compiled in the step that draws it (src/app/staged.rs), not with the app.
#[inline(never)]
pub fn view(
    state: &AppState,
    dispatch: &Callback<Action>,
    embed_open: &UseStateHandle<bool>,
    fragment: &str,
) -> Html {
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
    html! {
        <div class="toolbar">
            { fields::select("currency", "Currency", &currencies, state.currency.code(), on_currency) }
            { if state.currency == Currency::Usd { html! {} } else {
                fields::number_field(state, FieldId::Fx, dispatch, None,
                    Some("Empty: the European Central Bank's rate."))
            } }
            { share::share_bar() }
            { embed::embed_dialog(state, fragment, **embed_open, on_embed_toggle) }
        </div>
    }
}
