//! Writes `tests/golden/links.txt`: links made by this release, each with the results it
//! shows. Run on purpose only (`cargo run --example golden`), when a release adds links; a
//! release that changes what an existing link shows must say why in its commit.
use reachwise::state::{result_summary, Action, AppState, Preset};
use reachwise::url_state::{from_query, to_query};

const LINKS: &[&str] = &[
    "",
    "v=1&tier.platform=tiktok&tier.followers=600000",
    "v=1&tier.platform=youtube&tier.followers=150000",
    "v=1&tier.platform=linkedin&tier.followers=20000",
    "v=1&tier.platform=pinterest&tier.followers=4000",
    "v=1&tier.platform=threads&tier.followers=60000",
    "v=1&tier.platform=bluesky&tier.followers=900",
    "v=1&tier.followers=300000&tier.er=9",
    "v=1&calc=engagement",
    "v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60",
    "v=1&calc=engagement&er.platform=tiktok&er.followers=80000&er.likes=9000&er.comments=300&er.shares=500&er.views=120000",
    "v=1&calc=engagement&er.totals=1&er.posts=12&er.likes=24000&er.comments=720",
    "v=1&calc=rates",
    "v=1&calc=rates&rate.deliverable=tiktok-video&rate.followers=120000&rate.er=6&rate.usage=6&rate.rush=1",
    "v=1&calc=rates&rate.posts=3&rate.retainer=1&rate.whitelisting=1&rate.exclusivity=3",
    "v=1&calc=card",
    "v=1&calc=card&card.bonus_er=3&card.usage=60",
    "v=1&calc=card&card.offers=post%20600%0A3%20posts%3A%201500%0A1%20reel%20%2B%203%20stories&card.bonus=250",
    "v=1&calc=roi",
    "v=1&calc=roi&cur=EUR&roi.2.aov=45",
    "v=1&calc=roi&roi.n=3&roi.3.name=Nano%20swarm&roi.3.creators=20-30&roi.3.cost=300&roi.3.reach=200000&roi.3.er=8-10",
    "v=1&calc=budget",
    "v=1&calc=budget&budget.total=50000&budget.nano=25&budget.micro=60&budget.macro=15&budget.deliverable=tiktok-video",
    "v=1&calc=budget&budget.micro=70",
    "v=1&calc=authenticity",
    "v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10",
    "v=1&calc=authenticity&auth.followers=100000&auth.likes=50&auth.history=80000~84000~88000~130000~133000",
];

fn main() {
    let mut out = String::from(
        "# Golden links: a query (after ?) and the results it shows, one per line, tab-separated.\n\
         # Written by `cargo run --example golden`; read by tests/golden.rs.\n",
    );
    let mut queries: Vec<String> = LINKS.iter().map(|q| q.to_string()).collect();
    for preset in [Preset::GuideTable1, Preset::GuideExample2] {
        queries.push(to_query(
            &AppState::default().apply(Action::LoadPreset(preset)),
        ));
    }
    for query in queries {
        let (state, notices) = from_query(&query);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        out.push_str(&format!("{query}\t{}\n", result_summary(&state)));
    }
    std::fs::write("tests/golden/links.txt", out).expect("tests/golden/links.txt is writable");
}
