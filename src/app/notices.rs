//! The notice shown when a link held values that could not be used.

use yew::prelude::*;

use crate::url_state::Notice;

/// A dismissible box listing what the link held that was not used; nothing when empty. A
/// plain function, not a component: a component costs the first load more than its markup.
pub fn view(notices: &[Notice], on_dismiss: &Callback<()>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    let onclick = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices" role="status">
            <ul>
                { for notices.iter().map(|notice| html! { <li>{ notice.to_string() }</li> }) }
            </ul>
            <button type="button" class="dismiss" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
