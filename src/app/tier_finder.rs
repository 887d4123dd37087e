//! Tier finder: platform and follower count in; tier, its range, where the count sits and
//! the platform's whole ladder out.

use yew::prelude::*;

use super::staged::Drawn;

use super::fields::{invalid_fields, number_field, panel_attributes, pending};
use super::format::IntlFormatter;
use super::{capitalize, platform_select};
use crate::domain::data::NICHE_MICRO_ER_PERCENT;
use crate::domain::format::fixed;
use crate::domain::vocab::Platform;
use crate::markup::parts;
use crate::render::tiers;
use crate::state::fields::{FieldId, TIERS};
use crate::state::results::{self, TierFinding};
use crate::state::{Action, AppState, Currency, PlatformChoice};

/// The tier finder screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    let platform = state.platform(PlatformChoice::Tiers);
    html! {
        <section class="calculator" aria-labelledby="tier-heading">
            <div class="panel inputs">
                <h2 id="tier-heading">{ "Tier finder" }</h2>
                <p class="intro">{ "Which tier is an account in? The ranges differ by platform: a micro influencer on TikTok is bigger than one on LinkedIn." }</p>
                { platform_select("tier-platform", PlatformChoice::Tiers, state, dispatch) }
                { number_field(state, FieldId::TierFollowers, dispatch,
                    Some(capitalize(platform.audience_noun())), Some("Type 25000, 25,000 or 25k.")) }
                { number_field(state, FieldId::TierEr, dispatch, None,
                    Some(&format!("Optional: a highly engaged account ({}%+) can act as a micro influencer.", fixed(NICHE_MICRO_ER_PERCENT, 0)))) }
            </div>
            { drawn.results(|| result(platform, state.number(FieldId::TierFollowers), &results::tiers(state), &invalid_fields(state, TIERS), drawn)) }
        </section>
    }
}

/// The results panel: the finding, then its chart, then the ladder, each drawn a step after
/// the other at the start (`drawn`), so that no one layout of the first draw takes long
/// (src/app/staged.rs).
fn result(
    platform: Platform,
    followers: f64,
    finding: &TierFinding,
    invalid: &[String],
    drawn: Drawn,
) -> Html {
    let formatter = IntlFormatter {
        currency: Currency::Usd,
    };
    let markup = tiers::body(platform, followers, finding, &formatter);
    let (class, described) = panel_attributes("tier-result", invalid);
    html! {
        <div {class} id="tier-result" aria-live="polite" aria-describedby={described}>
            <h2>{ format!("{} tiers", platform.label()) }</h2>
            { pending("tier-result", invalid) }
            { for parts(&markup).into_iter().take(drawn.result_parts()).map(|part| {
                Html::from_html_unchecked(AttrValue::from(part.to_owned()))
            }) }
        </div>
    }
}
