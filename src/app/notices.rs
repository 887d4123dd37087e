//! The notice shown when a link held values that could not be used.

use yew::prelude::*;

use crate::url_state::Notice;

/// Props of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// What to say; nothing is rendered when empty.
    pub notices: Vec<Notice>,
    /// Hides the notices.
    pub on_dismiss: Callback<()>,
}

/// A dismissible box listing what the link held that was not used.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices" role="status">
            <ul>
                { for props.notices.iter().map(|notice| html! { <li>{ notice.to_string() }</li> }) }
            </ul>
            <button type="button" class="dismiss" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
