//! Labelled form fields with inline messages. They show the state and send the typed text.

use yew::prelude::*;

use crate::state::{NumberField, NumberSpec};

/// Props of [`NumberInput`].
#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Element id, also used for the label and the message.
    pub id: AttrValue,
    /// The field's definition (label, limits).
    pub spec: NumberSpec,
    /// The label to show when it should differ from the spec's (e.g. "Subscribers").
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Current text and value.
    pub field: NumberField,
    /// A short hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Receives the typed text.
    pub on_input: Callback<String>,
}

/// A text field for numbers ("25k" and "25,000" are fine) with its error shown inline.
#[function_component(NumberInput)]
pub fn number_input(props: &NumberInputProps) -> Html {
    let error = props.field.error(&props.spec);
    let message_id = format!("{}-message", props.id);
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_input.emit(input.value());
            }
        })
    };
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| AttrValue::from(props.spec.label));
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ label }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={props.field.text.clone()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={message_id.clone()}
                {oninput}
            />
            <p class="field-message" id={message_id}>
                { match (&error, &props.hint) {
                    (Some(error), _) => html! { <span class="error">{ error.to_string() }</span> },
                    (None, Some(hint)) => html! { <span class="hint">{ hint.clone() }</span> },
                    (None, None) => html! {},
                } }
            </p>
        </div>
    }
}

/// Props of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// `(value, text)` pairs.
    pub options: Vec<(&'static str, &'static str)>,
    /// The selected value.
    pub selected: AttrValue,
    /// Receives the chosen value.
    pub on_change: Callback<String>,
}

/// A labelled drop-down.
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                on_change.emit(select.value());
            }
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={*value} selected={props.selected == *value}>{ *text }</option>
                }) }
            </select>
        </div>
    }
}
