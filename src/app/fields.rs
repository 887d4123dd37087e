//! Labelled form fields with inline messages. They show the state and send actions.

use yew::prelude::*;

use wasm_bindgen::JsCast;

use crate::input::FieldError;
use crate::state::{
    own_label, pending_sentence, quoted, Action, AppState, FieldId, Figure, Flag, NumberField,
    NumberSpec,
};

/// The element id of a field: its key with dots as dashes ("tier.followers" → "tier-followers").
pub fn field_id(key: &str) -> String {
    key.replace('.', "-")
}

/// What [`number_input`] shows.
pub struct NumberInput<'a> {
    /// Element id, also used for the label and the message.
    pub id: String,
    /// The field's definition (label, limits).
    pub spec: &'a NumberSpec,
    /// The label to show when it should differ from the spec's (e.g. "Subscribers").
    pub label: Option<String>,
    /// Current text and value.
    pub field: NumberField,
    /// Why the text cannot be used, if it cannot (see [`AppState::field_error`]; a money
    /// field names a sign of another currency than the chosen one).
    pub error: Option<FieldError>,
    /// A short hint under the field.
    pub hint: Option<&'a str>,
    /// Receives the typed text.
    pub on_input: Callback<String>,
}

/// A text field for numbers ("25k", "25,000" and, where allowed, "300k-400k") with its
/// error shown inline and announced. Plain functions, not components, keep the wasm small.
pub fn number_input(props: NumberInput<'_>) -> Html {
    let error = props.error;
    let message_id = format!("{}-message", props.id);
    let oninput = input_value(props.on_input);
    let label = props.label.unwrap_or_else(|| props.spec.label.to_string());
    let placeholder = if props.spec.optional() {
        "optional"
    } else {
        ""
    };
    html! {
        <div class={if error.is_some() { "field invalid" } else { "field" }}>
            <label for={props.id.clone()}>{ label }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                placeholder={placeholder}
                value={props.field.text.clone()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={message_id.clone()}
                {oninput}
            />
            <p class="field-message" id={message_id} aria-live="polite">
                { match (&error, &props.hint) {
                    (Some(error), _) => html! { <span class="error">{ error.to_string() }</span> },
                    (None, Some(hint)) => html! { <span class="hint">{ *hint }</span> },
                    (None, None) => html! {},
                } }
            </p>
        </div>
    }
}

/// Turns input events into the element's value.
fn input_value(on_input: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |event: InputEvent| {
        let target = event.target();
        if let Some(input) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
        {
            on_input.emit(input.value());
        } else if let Some(area) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
        {
            on_input.emit(area.value());
        }
    })
}

/// A [`number_input`] for a field of the state, sending [`Action::SetNumber`]. A field that
/// may follow the account shows the account's figure (typing edits the account) with a
/// button to keep a figure for this calculator only; a figure kept says so, names the
/// account's, and has a button back to it.
pub fn number_field(
    state: &AppState,
    id: FieldId,
    dispatch: &Callback<Action>,
    label: Option<String>,
    hint: Option<&str>,
) -> Html {
    let spec = id.spec();
    let label = label.unwrap_or_else(|| spec.label.to_string());
    // Checked (and marked optional or not) as the figure it shows: the account's, or its own.
    let shown = state.shown_spec(id);
    let account = state.account_field(id).filter(|_| state.may_follow(id));
    let own = account.is_some() && state.follows(id).is_none();
    let input = number_input(NumberInput {
        id: field_id(spec.key),
        spec: shown,
        label: Some(match &account {
            Some(account) if own => own_label(&label, &account.text),
            _ => label.clone(),
        }),
        field: state.field(id),
        error: state.field_error(id, Some(state.currency.code())),
        hint,
        on_input: dispatch.reform(move |text| Action::SetNumber(id, text)),
    });
    match account {
        Some(_) => {
            html! { <div class="shared">{ input }{ own_switch(Figure::Number(id), own, &label, dispatch) }</div> }
        }
        None => input,
    }
}

/// The button that keeps a figure for this calculator only, or goes back to the account's.
pub fn own_switch(figure: Figure, own: bool, label: &str, dispatch: &Callback<Action>) -> Html {
    let (text, action, aria) = if own {
        (
            "Use the account's",
            Action::FollowAccount(figure),
            "Use the account's",
        )
    } else {
        ("Only here", Action::KeepOwn(figure), "Only here:")
    };
    html! {
        <button type="button" class="own-switch" aria-label={format!("{aria} {}", label.to_ascii_lowercase())}
            onclick={dispatch.reform(move |_| action.clone())}>{ text }</button>
    }
}

/// A labelled drop-down of `(value, text)` options.
pub fn select(
    id: &'static str,
    label: &str,
    options: &[(&'static str, &'static str)],
    selected: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
            on_change.emit(select.value());
        }
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { for options.iter().map(|&(value, text)| html! {
                    <option {value} selected={selected == value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

/// A labelled checkbox for a switch of the state, sending [`Action::SetFlag`].
pub fn checkbox(state: &AppState, flag: Flag, dispatch: &Callback<Action>) -> Html {
    let id = field_id(flag.key());
    let on_change = dispatch.clone();
    let onchange = Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_change.emit(Action::SetFlag(flag, input.checked()));
        }
    });
    html! {
        <div class="field check">
            <input type="checkbox" id={id.clone()} checked={state.flag(flag)} {onchange} />
            <label for={id}>{ flag.label() }</label>
        </div>
    }
}

/// A multi-line field for a list of numbers.
pub fn list_input(
    id: &'static str,
    label: &'static str,
    text: &str,
    error: Option<String>,
    hint: &str,
    on_input: Callback<String>,
) -> Html {
    let message_id = format!("{id}-message");
    html! {
        <div class={if error.is_some() { "field invalid" } else { "field" }}>
            <label for={id}>{ label }</label>
            <textarea {id} rows="6" spellcheck="false" value={text.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={message_id.clone()} oninput={input_value(on_input)} />
            <p class="field-message" id={message_id} aria-live="polite">
                { match error {
                    Some(error) => html! { <span class="error">{ error }</span> },
                    None => html! { <span class="hint">{ hint }</span> },
                } }
            </p>
        </div>
    }
}

/// What the result area still needs: the fields whose text is not valid, named, with a note
/// that the results are out of date (the panel dims them). Empty when every field is valid.
pub fn pending(id: &str, invalid: &[String]) -> Html {
    match pending_sentence(invalid) {
        Some(sentence) => html! {
            <p class="needs" id={format!("{id}-stale")} role="status">{ sentence }</p>
        },
        None => html! {},
    }
}

/// The class and description of a result panel: dimmed and described as out of date while
/// an input is invalid.
pub fn panel_attributes(id: &str, invalid: &[String]) -> (&'static str, Option<String>) {
    if invalid.is_empty() {
        ("panel results", None)
    } else {
        ("panel results stale", Some(format!("{id}-stale")))
    }
}

/// The labels of the fields in `ids` whose text is not valid, quoted.
pub fn invalid_fields(state: &AppState, ids: &[FieldId]) -> Vec<String> {
    ids.iter()
        .filter(|id| state.holds_back(**id))
        .map(|id| quoted(id.spec().label))
        .collect()
}
