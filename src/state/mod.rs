//! The screen state: which calculator is open and every input the user typed, plus the
//! actions that change it and the conversion of inputs into domain calls. Pure Rust; the
//! web layer wraps [`AppState::apply`] in a reducer.

mod account;
pub mod card;
mod choices;
pub mod fields;
mod history;
mod money_defaults;
mod pending;
pub mod results;
pub mod roster;
mod scenario;
mod summary;
mod uncertainty;
mod undo;

pub use account::{own_label, Account, Figure, Own, Source};
pub use choices::{Calculator, Currency, Preset};
pub use fields::{FieldId, NumberField, NumberSpec, ScenarioField};
pub use history::{HistoryField, SEPARATORS_HINT as HISTORY_HINT};
pub use money_defaults::base_scenario;
pub use pending::{listed, pending_sentence, quoted};
pub use roster::{RosterEdit, RosterState};
pub use scenario::{
    clean_name as clean_scenario_name, ScenarioInputs, MAX_NAME_CHARS as MAX_SCENARIO_NAME_CHARS,
};
pub use summary::result_summary;
pub use uncertainty::distribution;
pub use undo::{Undo, UndoEffect};

use crate::domain::authenticity::AuthenticityInput;
use crate::domain::budget::BudgetInput;
use crate::domain::data;
use crate::domain::engagement::{CountBasis, EngagementInput};
use crate::domain::rates::RateInput;
use crate::domain::roi::{self, Scenario};
use crate::domain::vocab::Deliverable;
use crate::domain::vocab::Platform;
use crate::input::FieldError;

/// The engagement figures that are totals over several posts in totals mode, and so always
/// the engagement calculator's own there.
pub const TOTALS: [FieldId; 4] = [
    FieldId::ErLikes,
    FieldId::ErComments,
    FieldId::ErShares,
    FieldId::ErSaves,
];

/// The most ROI scenarios on screen at once.
pub const MAX_SCENARIOS: usize = 12;

/// Which platform choice an action sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformChoice {
    /// The account's, which every other choice follows unless it is its calculator's own.
    Account,
    /// Tier finder.
    Tiers,
    /// Engagement rate.
    Engagement,
    /// Authenticity check.
    Authenticity,
}

/// Which deliverable choice an action sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliverableChoice {
    /// Rate range.
    Rates,
    /// Budget planner.
    Budget,
}

/// The yes/no switches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Engagement: counts are totals over several posts, not per-post averages.
    EngagementTotals,
    /// Rates: the brand runs the content as ads (whitelisting, Spark Ads, boosting).
    Whitelisting,
    /// Rates: delivery within 72 hours.
    Rush,
    /// Rates: a monthly retainer.
    Retainer,
}

impl Flag {
    /// Every flag, for the codec.
    pub const ALL: [Flag; 4] = [
        Flag::EngagementTotals,
        Flag::Whitelisting,
        Flag::Rush,
        Flag::Retainer,
    ];

    /// Key in the query string.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Flag::EngagementTotals => "er.totals",
            Flag::Whitelisting => "rate.whitelisting",
            Flag::Rush => "rate.rush",
            Flag::Retainer => "rate.retainer",
        }
    }

    /// Label on screen and in notices.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Flag::EngagementTotals => "Counts are totals over several posts",
            Flag::Whitelisting => {
                "Whitelisting: the brand runs paid ads from the creator's account"
            }
            Flag::Rush => "Rush delivery (under 72 hours)",
            Flag::Retainer => "Monthly retainer",
        }
    }
}

/// The colour scheme a link asks for (an embedding page picks the one that suits it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting (no `theme=` in the link).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, for the codec and its tests.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Value in the query string (`theme=`) and the class the page gets; empty for the system.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme of a `theme=` value; `None` when it names none.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Theme> {
        match slug.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "" | "system" | "auto" => Some(Theme::System),
            _ => None,
        }
    }
}

/// Everything on screen that a link must restore.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The open calculator.
    pub calculator: Calculator,
    /// The currency money is shown in.
    pub currency: Currency,
    /// Every number field outside the ROI scenarios, in the order of [`fields::ALL`]: the
    /// field of a [`FieldId`] is at the id's place.
    pub numbers: Vec<NumberField>,
    /// The account's platform.
    pub account_platform: Platform,
    /// Tier finder platform, when it is the tier finder's own (see [`AppState::platform`]).
    pub tier_platform: Platform,
    /// Engagement platform, when it is the engagement calculator's own.
    pub engagement_platform: Platform,
    /// Authenticity platform, when it is the authenticity check's own.
    pub authenticity_platform: Platform,
    /// The figures a calculator keeps for itself instead of the account's.
    pub own: Own,
    /// Rate range deliverable.
    pub rate_deliverable: Deliverable,
    /// Budget planner deliverable.
    pub budget_deliverable: Deliverable,
    /// Switches, in the order of [`Flag::ALL`].
    pub flags: [bool; 4],
    /// Authenticity: monthly follower counts.
    pub history: HistoryField,
    /// ROI scenarios.
    pub scenarios: Vec<ScenarioInputs>,
    /// Shown inside another site's page (`embed=1`): only the open calculator.
    pub embed: bool,
    /// Light, dark or the system's (`theme=`).
    pub theme: Theme,
    /// Rate card: the offers as the creator wrote them, one per line; empty for the
    /// platform's default card ([`card::default_offers`]).
    pub card_offers: String,
    /// The roster screen (kept in the link's fragment, not its query).
    pub roster: RosterState,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            calculator: Calculator::default(),
            currency: Currency::default(),
            numbers: fields::all().map(|id| id.spec().default_field()).collect(),
            account_platform: Platform::Instagram,
            tier_platform: Platform::Instagram,
            engagement_platform: Platform::Instagram,
            authenticity_platform: Platform::Instagram,
            rate_deliverable: Deliverable::InstagramPost,
            budget_deliverable: Deliverable::InstagramPost,
            own: Own::default(),
            flags: [false; 4],
            history: HistoryField::default(),
            scenarios: default_scenarios(),
            embed: false,
            theme: Theme::System,
            card_offers: String::new(),
            roster: RosterState::default(),
        }
    }
}

/// The ROI scenarios shown by default: the guide's first table.
pub fn default_scenarios() -> Vec<ScenarioInputs> {
    roi::default_scenarios()
        .iter()
        .map(ScenarioInputs::from_domain)
        .collect()
}

/// A change the user makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another calculator.
    Open(Calculator),
    /// Choose the currency.
    SetCurrency(Currency),
    /// Type into a number field (by spec key).
    SetNumber(FieldId, String),
    /// Choose a platform.
    SetPlatform(PlatformChoice, Platform),
    /// Choose a deliverable.
    SetDeliverable(DeliverableChoice, Deliverable),
    /// Flip a switch.
    SetFlag(Flag, bool),
    /// Type the monthly follower counts.
    SetHistory(String),
    /// Type into a scenario field: scenario index, field key, text.
    SetScenarioNumber(usize, ScenarioField, String),
    /// Rename a scenario.
    RenameScenario(usize, String),
    /// Add a scenario (a copy of the last one).
    AddScenario,
    /// Remove a scenario.
    RemoveScenario(usize),
    /// Let a calculator keep its own figure, starting from the account's.
    KeepOwn(Figure),
    /// Let a calculator follow the account's figure again.
    FollowAccount(Figure),
    /// Load one of the guide's examples into the ROI calculator.
    LoadPreset(Preset),
    /// Write the rate card's offers.
    SetCardOffers(String),
    /// Replace the whole state (back/forward).
    Replace(Box<AppState>),
    /// A change on the roster screen.
    Roster(RosterEdit),
}

impl AppState {
    /// The state after `action`. Pure: the web layer decides what to do with the URL.
    /// Actions that name something that does not exist change nothing.
    #[must_use]
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Open(calculator) => next.calculator = calculator,
            Action::SetCurrency(currency) => next.switch_currency(currency),
            Action::SetNumber(FieldId::Fx, text) => {
                // Defaults were converted at the old rate: they follow the new one.
                let old = next.usd_rate();
                next.edit_number(FieldId::Fx, text);
                let new = next.usd_rate();
                next.follow_rate(old, new);
            }
            Action::SetNumber(id, text) => next.edit_number(id, text),
            Action::SetPlatform(choice, platform) => next.set_platform(choice, platform),
            Action::SetDeliverable(choice, deliverable) => match choice {
                DeliverableChoice::Rates => {
                    // The deliverable priced is the account's: a TikTok video makes it a
                    // TikTok account for every calculator that follows the account.
                    next.rate_deliverable = deliverable;
                    next.account_platform = deliverable.platform();
                }
                DeliverableChoice::Budget => next.budget_deliverable = deliverable,
            },
            Action::SetFlag(flag, on) => {
                if flag == Flag::EngagementTotals && on {
                    // Totals over several posts are not the account's averages per post.
                    for id in TOTALS {
                        next.keep_own(Figure::Number(id));
                    }
                } else if flag == Flag::EngagementTotals && next.flag(flag) {
                    // Back to figures per post: the account's again (the totals are dropped).
                    for id in TOTALS {
                        next.own.set_field(id, false);
                    }
                }
                next.set_flag(flag, on);
            }
            Action::SetHistory(text) => next.history = next.history.edit(text),
            Action::SetScenarioNumber(index, field, text) => {
                if let Some(scenario) = next.scenarios.get_mut(index) {
                    scenario.edit(field, text, next.currency.code());
                }
            }
            Action::RenameScenario(index, name) => {
                if let Some(scenario) = next.scenarios.get_mut(index) {
                    scenario.name = scenario::clean_name(&name);
                }
            }
            Action::AddScenario => {
                if next.scenarios.len() < MAX_SCENARIOS {
                    let mut copy = next
                        .scenarios
                        .last()
                        .cloned()
                        .unwrap_or_else(ScenarioInputs::blank);
                    copy.name = format!("Scenario {}", next.scenarios.len() + 1);
                    // Text that was being typed is not copied: the copy shows its values.
                    copy.fields = copy
                        .fields
                        .iter()
                        .map(|f| NumberField::new(f.value))
                        .collect();
                    next.scenarios.push(copy);
                }
            }
            Action::RemoveScenario(index) => {
                if next.scenarios.len() > 1 && index < next.scenarios.len() {
                    next.scenarios.remove(index);
                }
            }
            Action::LoadPreset(preset) => {
                let scenarios = match preset {
                    Preset::GuideTable1 => roi::guide_example_1(),
                    Preset::GuideExample2 => roi::guide_example_2(),
                };
                let dollars: Vec<ScenarioInputs> =
                    scenarios.iter().map(ScenarioInputs::from_domain).collect();
                // The guide's figures are dollars: converted, not relabelled.
                next.scenarios = money_defaults::scenarios_at(&dollars, next.usd_rate());
                next.calculator = Calculator::Roi;
            }
            Action::KeepOwn(figure) => next.keep_own(figure),
            Action::FollowAccount(Figure::Number(id)) => {
                if next.may_follow(id) {
                    next.own.set_field(id, false);
                }
            }
            Action::FollowAccount(Figure::Platform(choice)) => {
                next.own.set_platform(choice, false);
            }
            Action::SetCardOffers(text) => next.card_offers = card::clean_offers(&text),
            Action::Replace(state) => next = *state,
            Action::Roster(edit) => next.roster = next.roster.edit(edit),
        }
        next
    }

    /// A number field as the screen shows it and the calculators use it: the account's
    /// figure while the field follows the account, else the field's own.
    #[must_use]
    pub fn field(&self, id: FieldId) -> NumberField {
        match self.follows(id) {
            Some(_) => self.account_field(id).unwrap_or_else(|| self.stored(id)),
            None => self.stored(id),
        }
    }

    /// What a field's text is checked against: while it shows the account's figure, the
    /// account's field (a blank there is an error wherever it shows, since the account keeps
    /// its last value for every calculator), else its own.
    #[must_use]
    pub fn shown_spec(&self, id: FieldId) -> &'static NumberSpec {
        match self.follows(id) {
            Some(Source::Field(account)) => account.spec(),
            _ => id.spec(),
        }
    }

    /// The error beside a field, if its text cannot be used (money in `currency`).
    #[must_use]
    pub fn field_error(&self, id: FieldId, currency: Option<&str>) -> Option<FieldError> {
        let field = self.field(id);
        let error = field.error_in(self.shown_spec(id), currency)?;
        // A rate worked out from the account is wrong where the account's figures are.
        match (self.follows(id), &error) {
            (Some(Source::EngagementRate), FieldError::TooLarge(_)) => {
                Some(FieldError::AccountRate(field.number()))
            }
            _ => Some(error),
        }
    }

    /// Whether the field's error holds its result back (the result is then out of date):
    /// every error does but that of the tier finder's rate worked out from odd account
    /// figures, which the finder leaves out ([`Self::tier_engagement`]).
    #[must_use]
    pub fn holds_back(&self, id: FieldId) -> bool {
        match self.field_error(id, Some(self.currency.code())) {
            Some(FieldError::AccountRate(_)) => id != FieldId::TierEr,
            error => error.is_some(),
        }
    }

    /// The account's figure for a calculator field, whether or not the field follows it;
    /// `None` for a field with no account figure.
    #[must_use]
    pub fn account_field(&self, id: FieldId) -> Option<NumberField> {
        Some(match id.account_source()? {
            Source::Field(account) => self.stored(account),
            Source::EngagementRate => self.account_rate_field(),
        })
    }

    /// Whether a calculator field may follow the account now: totals over several posts
    /// never do (the account keeps averages per post).
    #[must_use]
    pub fn may_follow(&self, id: FieldId) -> bool {
        id.account_source().is_some()
            && !(self.flag(Flag::EngagementTotals) && TOTALS.contains(&id))
    }

    /// The field as stored, whether or not it follows the account (the codec reads this).
    #[must_use]
    pub fn stored(&self, id: FieldId) -> NumberField {
        self.numbers
            .get(id as usize)
            .cloned()
            .unwrap_or_else(|| id.spec().default_field())
    }

    /// The account figure `id` shows now; `None` when it shows its own (or has no account
    /// figure).
    #[must_use]
    pub fn follows(&self, id: FieldId) -> Option<Source> {
        if self.own.field(id) {
            return None;
        }
        id.account_source()
    }

    /// The account's figures.
    #[must_use]
    pub fn account(&self) -> Account {
        // Followers are whole, non-negative counts; `as` saturates anything else.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let followers = self.stored(FieldId::AcctFollowers).number() as u64;
        Account {
            platform: self.account_platform,
            followers,
            likes: self.stored(FieldId::AcctLikes).number(),
            comments: self.stored(FieldId::AcctComments).number(),
            shares: self.stored(FieldId::AcctShares).optional(),
            saves: self.stored(FieldId::AcctSaves).optional(),
        }
    }

    /// The account's engagement rate as a field: shown to two decimals, used exactly.
    fn account_rate_field(&self) -> NumberField {
        let rate = self.account().engagement_rate_percent();
        NumberField {
            text: rate.map_or_else(String::new, |r| {
                crate::input::plain((r * 100.0).round() / 100.0)
            }),
            value: rate.map(fields::Value::point),
        }
    }

    /// The deliverable the rate range and the rate card price: the one chosen when it is
    /// on the account's platform, else that platform's first (a TikTok account is priced as
    /// a TikTok video, not as the default Instagram post).
    #[must_use]
    pub fn priced_deliverable(&self) -> Deliverable {
        let platform = self.account_platform;
        if self.rate_deliverable.platform() == platform {
            return self.rate_deliverable;
        }
        Deliverable::ALL
            .into_iter()
            .find(|d| d.platform() == platform)
            .unwrap_or(self.rate_deliverable)
    }

    /// The platform a calculator uses: its own, or the account's.
    #[must_use]
    pub fn platform(&self, choice: PlatformChoice) -> Platform {
        if !self.own.platform(choice) {
            return self.account_platform;
        }
        match choice {
            PlatformChoice::Account => self.account_platform,
            PlatformChoice::Tiers => self.tier_platform,
            PlatformChoice::Engagement => self.engagement_platform,
            PlatformChoice::Authenticity => self.authenticity_platform,
        }
    }

    /// Sets a calculator's own platform, or the account's while it follows the account.
    pub fn set_platform(&mut self, choice: PlatformChoice, platform: Platform) {
        let slot = match choice {
            _ if !self.own.platform(choice) => &mut self.account_platform,
            PlatformChoice::Account => &mut self.account_platform,
            PlatformChoice::Tiers => &mut self.tier_platform,
            PlatformChoice::Engagement => &mut self.engagement_platform,
            PlatformChoice::Authenticity => &mut self.authenticity_platform,
        };
        *slot = platform;
    }

    /// Makes `figure` the calculator's own, starting from what it shows now.
    pub fn keep_own(&mut self, figure: Figure) {
        match figure {
            Figure::Number(id) if id.account_source().is_some() => {
                // The account's figure as this field's: a value it does not accept (a rate
                // over 100% worked out from odd figures) leaves the field's default.
                let spec = id.spec();
                let shown = self.field(id);
                let value = spec
                    .parse(&fields::value_text(shown.value))
                    .unwrap_or_else(|_| spec.default_field().value);
                self.set_field(
                    id,
                    NumberField {
                        text: shown.text,
                        value,
                    },
                );
                self.own.set_field(id, true);
            }
            Figure::Number(_) | Figure::Platform(PlatformChoice::Account) => {}
            Figure::Platform(choice) => {
                let shown = self.platform(choice);
                self.own.set_platform(choice, true);
                self.set_platform(choice, shown);
            }
        }
    }

    /// Takes typed text for a field: a field that follows the account edits the account,
    /// except the engagement rate, worked out from it, which becomes the calculator's own.
    pub fn edit_number(&mut self, id: FieldId, text: String) {
        let target = match self.follows(id) {
            Some(Source::Field(account)) => account,
            Some(Source::EngagementRate) => {
                self.keep_own(Figure::Number(id));
                id
            }
            None => id,
        };
        let currency = self.currency.code();
        if let Some(field) = self.numbers.get_mut(target as usize) {
            *field = field.edit_in(target.spec(), text, Some(currency));
        }
    }

    /// Sets a field to a decoded value (from a link).
    pub fn set_field(&mut self, id: FieldId, value: NumberField) {
        if let Some(field) = self.numbers.get_mut(id as usize) {
            *field = value;
        }
    }

    /// Flips a switch.
    pub fn set_flag(&mut self, flag: Flag, on: bool) {
        if let Some(slot) = self.flags.get_mut(flag as usize) {
            *slot = on;
        }
    }

    /// A field's value as one number (0 when an optional field is empty).
    #[must_use]
    pub fn number(&self, id: FieldId) -> f64 {
        self.field(id).number()
    }

    /// An optional field's value.
    #[must_use]
    pub fn optional(&self, id: FieldId) -> Option<f64> {
        self.field(id).optional()
    }

    /// A switch.
    #[must_use]
    pub fn flag(&self, flag: Flag) -> bool {
        self.flags.get(flag as usize).copied().unwrap_or(false)
    }

    /// Tier finder: the optional engagement rate for the guide's niche nuance.
    #[must_use]
    /// The account's rate, worked out from its figures, is used only while it is a valid
    /// percentage: implausible figures are the engagement calculator's to flag.
    pub fn tier_engagement(&self) -> Option<f64> {
        let rate = self.optional(FieldId::TierEr)?;
        (self.follows(FieldId::TierEr).is_none() || rate <= 100.0).then_some(rate)
    }

    /// The engagement calculator's fields on screen: the number of posts only while the
    /// counts are totals over several posts (a hidden field's error does not hold the
    /// result back).
    #[must_use]
    pub fn engagement_fields(&self) -> Vec<FieldId> {
        let totals = self.flag(Flag::EngagementTotals);
        fields::ENGAGEMENT
            .iter()
            .copied()
            .filter(|id| totals || *id != FieldId::ErPosts)
            .collect()
    }

    /// Engagement calculator inputs for the domain.
    #[must_use]
    pub fn engagement_input(&self) -> EngagementInput {
        EngagementInput {
            followers: self.number(FieldId::ErFollowers) as u64,
            likes: self.number(FieldId::ErLikes),
            comments: self.number(FieldId::ErComments),
            shares: self.optional(FieldId::ErShares),
            saves: self.optional(FieldId::ErSaves),
            basis: if self.flag(Flag::EngagementTotals) {
                CountBasis::Totals {
                    posts: self.number(FieldId::ErPosts) as u32,
                }
            } else {
                CountBasis::PerPost
            },
            reach: self.optional(FieldId::ErReach),
            impressions: self.optional(FieldId::ErImpressions),
            views: self.optional(FieldId::ErViews),
        }
    }

    /// Rate range inputs for the domain.
    #[must_use]
    pub fn rate_input(&self) -> RateInput {
        RateInput {
            deliverable: self.priced_deliverable(),
            followers: self.number(FieldId::RateFollowers) as u64,
            engagement_rate_percent: self.number(FieldId::RateEr),
            usage_rights_months: self.number(FieldId::RateUsage) as u32,
            exclusivity_months: self.number(FieldId::RateExclusivity) as u32,
            whitelisting: self.flag(Flag::Whitelisting),
            rush: self.flag(Flag::Rush),
            bundle_posts: self.number(FieldId::RatePosts) as u32,
            retainer: self.flag(Flag::Retainer),
            usd_rate: self.usd_rate(),
            rounding_scale: data::rounding_scale(data::usd_reference_rate(self.currency.code())),
            own_base: self.optional(FieldId::RateOwnBase),
        }
    }

    /// Units of the chosen currency per US dollar: the rate typed in the exchange-rate
    /// field, else the shipped reference rate ([`data::usd_reference_rate`]); 1 for US
    /// dollars.
    #[must_use]
    pub fn usd_rate(&self) -> f64 {
        if self.currency == Currency::Usd {
            return 1.0;
        }
        self.optional(FieldId::Fx)
            .unwrap_or_else(|| data::usd_reference_rate(self.currency.code()))
    }

    /// Budget planner inputs for the domain.
    #[must_use]
    pub fn budget_input(&self) -> BudgetInput {
        BudgetInput {
            total: self.number(FieldId::BudgetTotal),
            nano_share_percent: self.number(FieldId::BudgetNano),
            micro_share_percent: self.number(FieldId::BudgetMicro),
            macro_share_percent: self.number(FieldId::BudgetMacro),
            deliverable: self.budget_deliverable,
            conversion_rate_percent: self.number(FieldId::BudgetConversion),
            usd_rate: self.usd_rate(),
        }
    }

    /// Authenticity inputs for the domain.
    #[must_use]
    pub fn authenticity_input(&self) -> AuthenticityInput {
        AuthenticityInput {
            platform: self.platform(PlatformChoice::Authenticity),
            followers: self.number(FieldId::AuthFollowers) as u64,
            monthly_follower_counts: self.history.value.clone(),
            avg_likes: self.optional(FieldId::AuthLikes),
            avg_comments: self.optional(FieldId::AuthComments),
            sample_size: self.optional(FieldId::AuthSample).map(|v| v as u32),
            sample_fake: self.optional(FieldId::AuthFake).map(|v| v as u32),
            comments_read: self.optional(FieldId::AuthCommentsRead).map(|v| v as u32),
            comments_generic: self
                .optional(FieldId::AuthCommentsGeneric)
                .map(|v| v as u32),
        }
    }

    /// Rate card: the offers as they stand, the platform's default card when none were
    /// written.
    #[must_use]
    pub fn card_text(&self) -> String {
        if self.card_offers.trim().is_empty() {
            card::default_offers(card::account(self).platform)
        } else {
            self.card_offers.clone()
        }
    }

    /// ROI scenarios for the domain.
    pub fn roi_scenarios(&self) -> Vec<Scenario> {
        self.scenarios
            .iter()
            .map(ScenarioInputs::to_domain)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_range_and_card_price_the_accounts_platform() {
        // The pass: a TikTok account handed to Rate range was priced as an Instagram post.
        let tiktok = AppState::default().apply(Action::SetPlatform(
            PlatformChoice::Engagement,
            Platform::TikTok,
        ));
        assert_eq!(tiktok.rate_input().deliverable, Deliverable::TikTokVideo);
        assert_eq!(card::account(&tiktok).platform, Platform::TikTok);
        let (linked, _) = crate::url_state::from_query("v=2&calc=rates&acct.platform=tiktok");
        assert_eq!(linked.priced_deliverable(), Deliverable::TikTokVideo);
        // Choosing a deliverable makes its platform the account's.
        let short = AppState::default().apply(Action::SetDeliverable(
            DeliverableChoice::Rates,
            Deliverable::YouTubeShort,
        ));
        assert_eq!(short.platform(PlatformChoice::Tiers), Platform::YouTube);
        assert_eq!(short.priced_deliverable(), Deliverable::YouTubeShort);
        let query = crate::url_state::to_query(&short);
        let (again, _) = crate::url_state::from_query(&query);
        assert_eq!(
            again.priced_deliverable(),
            Deliverable::YouTubeShort,
            "{query}"
        );
        // A link from before, naming the deliverable alone, keeps pricing it.
        let (old, _) =
            crate::url_state::from_query("v=2&calc=rates&rate.deliverable=youtube-short");
        assert_eq!(old.priced_deliverable(), Deliverable::YouTubeShort);
        // The platform's other deliverables stay chosen.
        let reel = AppState::default().apply(Action::SetDeliverable(
            DeliverableChoice::Rates,
            Deliverable::InstagramReel,
        ));
        assert_eq!(reel.priced_deliverable(), Deliverable::InstagramReel);
    }

    #[test]
    fn money_fields_take_the_amounts_people_type() {
        let state = AppState::default()
            .apply(Action::SetNumber(FieldId::BudgetTotal, "$25,000".into()))
            .apply(Action::SetScenarioNumber(
                0,
                ScenarioField::Cost,
                "USD 25k".into(),
            ));
        assert_eq!(state.number(FieldId::BudgetTotal), 25_000.0);
        assert_eq!(
            state.scenarios[0].field(ScenarioField::Cost).number(),
            25_000.0
        );
        let euro = AppState::default()
            .apply(Action::SetCurrency(Currency::Eur))
            .apply(Action::SetNumber(FieldId::BudgetTotal, "25 000 €".into()));
        assert_eq!(euro.number(FieldId::BudgetTotal), 25_000.0);
        let wrong = euro.apply(Action::SetNumber(FieldId::BudgetTotal, "$30,000".into()));
        assert_eq!(wrong.number(FieldId::BudgetTotal), 25_000.0);
        let message = wrong
            .field(FieldId::BudgetTotal)
            .error_in(FieldId::BudgetTotal.spec(), Some("EUR"))
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            message.contains("“$” is USD, but amounts here are in EUR"),
            "{message}"
        );
    }

    #[test]
    fn a_blank_account_figure_is_an_error_wherever_it_shows() {
        // Clearing the authenticity check's likes (optional there) cleared the account's,
        // which keeps its last value: the blank field went on counting it, unflagged.
        let cleared = AppState::default()
            .apply(Action::SetNumber(FieldId::AuthLikes, "3000".into()))
            .apply(Action::SetNumber(FieldId::AuthLikes, String::new()));
        assert_eq!(cleared.field(FieldId::AuthLikes).text, "");
        assert_eq!(
            cleared.field_error(FieldId::AuthLikes, None),
            Some(FieldError::Empty)
        );
        assert_eq!(
            cleared.field_error(FieldId::ErLikes, None),
            Some(FieldError::Empty)
        );
        // Kept for this calculator only, the field is optional again.
        let own = cleared
            .apply(Action::KeepOwn(Figure::Number(FieldId::AuthLikes)))
            .apply(Action::SetNumber(FieldId::AuthLikes, String::new()));
        assert_eq!(own.field_error(FieldId::AuthLikes, None), None);
        assert_eq!(own.authenticity_input().avg_likes, None);
    }

    #[test]
    fn a_bad_edit_keeps_the_last_valid_value_and_the_text() {
        let state =
            AppState::default().apply(Action::SetNumber(FieldId::TierFollowers, "40k".into()));
        assert_eq!(state.number(FieldId::TierFollowers), 40_000.0);
        let state = state.apply(Action::SetNumber(FieldId::TierFollowers, "40kk".into()));
        assert_eq!(state.field(FieldId::TierFollowers).text, "40kk");
        assert_eq!(state.number(FieldId::TierFollowers), 40_000.0);
        assert!(state
            .field(FieldId::TierFollowers)
            .error(FieldId::TierFollowers.spec())
            .is_some());
        let state = state.apply(Action::SetNumber(FieldId::TierFollowers, "0".into()));
        assert_eq!(
            state
                .field(FieldId::TierFollowers)
                .error(FieldId::TierFollowers.spec()),
            Some(FieldError::TooSmall(1.0))
        );
    }

    #[test]
    fn other_values_survive_an_edit() {
        let state = AppState::default()
            .apply(Action::SetPlatform(PlatformChoice::Tiers, Platform::TikTok))
            .apply(Action::SetNumber(FieldId::RateEr, "7".into()))
            .apply(Action::SetNumber(FieldId::TierFollowers, "nope".into()));
        assert_eq!(state.platform(PlatformChoice::Tiers), Platform::TikTok);
        assert_eq!(state.number(FieldId::RateEr), 7.0);
        assert_eq!(state.calculator, Calculator::Tiers);
    }

    #[test]
    fn the_account_typed_once_reaches_all_four_calculators() {
        let state = AppState::default()
            .apply(Action::Open(Calculator::Engagement))
            .apply(Action::SetPlatform(
                PlatformChoice::Engagement,
                Platform::TikTok,
            ))
            .apply(Action::SetNumber(FieldId::ErFollowers, "40k".into()))
            .apply(Action::SetNumber(FieldId::ErLikes, "2,000".into()))
            .apply(Action::SetNumber(FieldId::ErComments, "60".into()));
        assert_eq!(state.number(FieldId::TierFollowers), 40_000.0);
        assert_eq!(state.platform(PlatformChoice::Tiers), Platform::TikTok);
        assert_eq!(state.rate_input().followers, 40_000);
        assert!((state.rate_input().engagement_rate_percent - 5.15).abs() < 1e-9);
        assert_eq!(state.field(FieldId::RateEr).text, "5.15");
        let auth = state.authenticity_input();
        assert_eq!((auth.platform, auth.followers), (Platform::TikTok, 40_000));
        assert_eq!(
            (auth.avg_likes, auth.avg_comments),
            (Some(2_000.0), Some(60.0))
        );
        // A calculator's own figure leaves the account and the others alone, and goes back.
        let own = state
            .apply(Action::KeepOwn(Figure::Number(FieldId::RateFollowers)))
            .apply(Action::SetNumber(FieldId::RateFollowers, "90000".into()));
        assert_eq!(own.rate_input().followers, 90_000);
        assert_eq!(own.account().followers, 40_000);
        assert_eq!(own.number(FieldId::AuthFollowers), 40_000.0);
        let back = own.apply(Action::FollowAccount(Figure::Number(
            FieldId::RateFollowers,
        )));
        assert_eq!(back.rate_input().followers, 40_000);
        // Typing a rate makes it the calculator's own: the account's is worked out.
        let typed = state.apply(Action::SetNumber(FieldId::RateEr, "7".into()));
        assert!(typed.own.field(FieldId::RateEr));
        assert_eq!(typed.rate_input().engagement_rate_percent, 7.0);
        // Totals over several posts are the engagement calculator's own.
        let totals = state.apply(Action::SetFlag(Flag::EngagementTotals, true));
        let totals = totals.apply(Action::SetNumber(FieldId::ErLikes, "24000".into()));
        assert_eq!(totals.account().likes, 2_000.0);
        assert_eq!(totals.engagement_input().likes, 24_000.0);
    }

    #[test]
    fn unticking_totals_gives_the_account_back_and_hides_the_posts() {
        let per_post = AppState::default();
        let ticked = per_post
            .apply(Action::SetFlag(Flag::EngagementTotals, true))
            .apply(Action::SetNumber(FieldId::ErPosts, "0".into()));
        assert!(ticked.engagement_fields().contains(&FieldId::ErPosts));
        assert!(ticked.own.field(FieldId::ErLikes));
        let unticked = ticked.apply(Action::SetFlag(Flag::EngagementTotals, false));
        // The posts field is hidden: its "0" no longer holds the result back.
        assert!(!unticked.engagement_fields().contains(&FieldId::ErPosts));
        for id in TOTALS {
            assert!(!unticked.own.field(id), "{id:?} follows the account again");
        }
        // And the link no longer carries the engagement calculator's own likes and comments.
        assert_eq!(
            crate::url_state::to_query(&unticked),
            crate::url_state::to_query(&per_post)
        );
    }

    #[test]
    fn a_rate_worked_out_from_odd_account_figures_points_at_them() {
        // 500 followers with the default 1,000 likes and 50 comments: 210%.
        let state =
            AppState::default().apply(Action::SetNumber(FieldId::RateFollowers, "500".into()));
        let message = state
            .field_error(FieldId::RateEr, None)
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            message,
            "From the account's figures: interactions per post are 210% of its followers. Check them, or type a rate."
        );
    }

    #[test]
    fn the_tier_finder_leaves_out_a_rate_from_odd_account_figures_and_is_not_out_of_date() {
        // 999 followers with the account's default likes and comments: 105.1%.
        let state =
            AppState::default().apply(Action::SetNumber(FieldId::TierFollowers, "999".into()));
        assert!(matches!(
            state.field_error(FieldId::TierEr, None),
            Some(FieldError::AccountRate(_))
        ));
        assert_eq!(state.tier_engagement(), None);
        assert!(
            !state.holds_back(FieldId::TierEr),
            "the finder is by followers alone"
        );
        // The rate range needs the rate: it waits for one.
        let rates =
            AppState::default().apply(Action::SetNumber(FieldId::RateFollowers, "999".into()));
        assert!(rates.holds_back(FieldId::RateEr));
        // A rate typed in the finder that it cannot use holds it back.
        let typed = state.apply(Action::SetNumber(FieldId::TierEr, "120".into()));
        assert!(typed.holds_back(FieldId::TierEr));
    }

    #[test]
    fn optional_fields_can_be_cleared() {
        let state = AppState::default().apply(Action::SetNumber(FieldId::ErShares, "30".into()));
        assert_eq!(state.engagement_input().shares, Some(30.0));
        let state = state.apply(Action::SetNumber(FieldId::ErShares, String::new()));
        assert_eq!(state.engagement_input().shares, None);
        assert_eq!(
            state
                .field(FieldId::ErShares)
                .error(FieldId::ErShares.spec()),
            None
        );
    }

    #[test]
    fn unknown_indexes_change_nothing() {
        let state = AppState::default();
        assert_eq!(
            state.apply(Action::SetScenarioNumber(
                99,
                ScenarioField::Cost,
                "1".into()
            )),
            state
        );
        assert_eq!(state.apply(Action::RemoveScenario(99)), state);
    }

    #[test]
    fn scenarios_can_be_added_up_to_the_limit_and_not_all_removed() {
        let mut state = AppState::default();
        for _ in 0..20 {
            state = state.apply(Action::AddScenario);
        }
        assert_eq!(state.scenarios.len(), MAX_SCENARIOS);
        for _ in 0..20 {
            state = state.apply(Action::RemoveScenario(0));
        }
        assert_eq!(state.scenarios.len(), 1);
    }

    #[test]
    fn presets_load_the_guide_examples() {
        let state = AppState::default()
            .apply(Action::AddScenario)
            .apply(Action::LoadPreset(Preset::GuideTable1));
        assert_eq!(state.scenarios, default_scenarios());
        assert_eq!(state.calculator, Calculator::Roi);
        let state = state.apply(Action::LoadPreset(Preset::GuideExample2));
        assert_eq!(state.roi_scenarios(), roi::guide_example_2());
    }

    #[test]
    fn inputs_reach_the_domain() {
        let state = AppState::default()
            .apply(Action::SetDeliverable(
                DeliverableChoice::Rates,
                Deliverable::TikTokVideo,
            ))
            .apply(Action::SetFlag(Flag::Rush, true))
            .apply(Action::SetNumber(FieldId::RatePosts, "3".into()));
        let input = state.rate_input();
        assert_eq!(input.deliverable, Deliverable::TikTokVideo);
        assert!(input.rush);
        assert_eq!(input.bundle_posts, 3);
        assert_eq!(state.budget_input().total, 10_000.0);
        assert_eq!(state.roi_scenarios(), roi::default_scenarios());
    }
}
