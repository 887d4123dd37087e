//! The simulation against what can be worked out by hand.

use super::distribution::Distribution;
use super::roi::{simulate, simulate_draws, Compared, UncertainScenario, Verdict};

fn fixed(v: f64) -> Distribution {
    Distribution::Fixed(v)
}

fn uniform(low: f64, high: f64) -> Distribution {
    Distribution::Uniform { low, high }
}

/// A scenario from the guide's first table, with the given reach and engagement rate.
fn scenario(creators: f64, cost: f64, reach: Distribution, er: Distribution) -> UncertainScenario {
    UncertainScenario {
        creators: fixed(creators),
        cost_per_creator: fixed(cost),
        reach,
        engagement_rate_percent: er,
        conversion_rate_percent: fixed(2.0),
        average_order_value: None,
    }
}

fn macro_1() -> UncertainScenario {
    scenario(1.0, 10_000.0, fixed(750_000.0), fixed(0.8))
}

fn micro_5() -> UncertainScenario {
    scenario(5.0, 2_000.0, fixed(250_000.0), fixed(5.5))
}

#[test]
fn without_ranges_one_draw_stands_for_all_of_them() {
    let same = scenario(5.0, 2_000.0, fixed(250_000.0), fixed(5.5));
    let scenarios = [Some(macro_1()), Some(micro_5()), None, Some(same)];
    let full = simulate_draws(&scenarios, 2_000);
    assert_eq!(simulate(&scenarios, 2_000), full);
    assert_eq!(full.draws, 2_000);
    // With a range, every draw is drawn.
    let ranged = [
        Some(macro_1()),
        Some(scenario(
            5.0,
            2_000.0,
            Distribution::Uniform {
                low: 200_000.0,
                high: 300_000.0,
            },
            fixed(5.5),
        )),
    ];
    assert_eq!(simulate(&ranged, 2_000), simulate_draws(&ranged, 2_000));
}

#[test]
fn single_values_give_none_or_all_of_the_draws() {
    let sim = simulate(&[Some(macro_1()), Some(micro_5())], 1_000);
    assert!(!sim.uncertain);
    for compared in Compared::ALL {
        assert_eq!(sim.lowest_share(compared, 0), 0.0);
        assert_eq!(sim.lowest_share(compared, 1), 1.0);
        assert_eq!(sim.verdict(compared), Some(Verdict::Certain { leader: 1 }));
    }
    assert!(sim.pairs.iter().all(|p| p.first_lower == 0.0));
    let bands = sim.scenarios[1].as_ref().expect("valid");
    let cpc = bands
        .band(super::roi::Outcome::CostPerConversion)
        .expect("band");
    assert!(cpc.is_point());
    assert!((cpc.median - 10_000.0 / 275.0).abs() < 1e-9);
}

#[test]
fn two_identical_scenarios_split_the_draws_evenly() {
    let s = scenario(
        5.0,
        2_000.0,
        uniform(200_000.0, 300_000.0),
        uniform(4.0, 7.0),
    );
    let sim = simulate(&[Some(s), Some(s)], 10_000);
    assert!(sim.uncertain);
    for p in &sim.pairs {
        assert!((p.first_lower - 0.5).abs() < 0.01, "{p:?}");
    }
    assert!(matches!(
        sim.verdict(Compared::CostPerConversion),
        Some(Verdict::NoClearWinner { .. })
    ));
    // Equal in distribution but uncertain in different inputs (reach in one, engagement in
    // the other: independent draws): still even, within sampling error.
    let by_reach = scenario(5.0, 2_000.0, uniform(200_000.0, 300_000.0), fixed(5.0));
    let by_rate = scenario(5.0, 2_000.0, fixed(250_000.0), uniform(4.0, 6.0));
    let sim = simulate(&[Some(by_reach), Some(by_rate)], 10_000);
    for p in &sim.pairs {
        // Sampling error of a share of 10,000 draws: about 0.005; four of them.
        assert!((p.first_lower - 0.5).abs() < 0.02, "{p:?}");
    }
}

#[test]
fn quantiles_of_a_uniform_product_match_the_closed_form() {
    // Engaged = reach × ER / 100 with reach ~ U(1, 2) and ER ~ U(100, 200)%, so engaged =
    // X·Y with X, Y independent and U(1, 2). Its distribution function is z ln z − z + 1 for
    // 1 ≤ z ≤ 2 and 1 − (4 − z − z ln(4/z)) for 2 ≤ z ≤ 4; the quantiles are found by
    // bisection.
    let s = UncertainScenario {
        creators: fixed(1.0),
        cost_per_creator: fixed(1.0),
        reach: uniform(1.0, 2.0),
        engagement_rate_percent: uniform(100.0, 200.0),
        conversion_rate_percent: fixed(100.0),
        average_order_value: None,
    };
    let sim = simulate(&[Some(s)], 10_000);
    let bands = sim.scenarios[0].as_ref().expect("valid");
    let engaged = bands.band(super::roi::Outcome::Engaged).expect("band");
    let cdf = |z: f64| -> f64 {
        if z <= 2.0 {
            z * z.ln() - z + 1.0
        } else {
            // P(XY > z) = ∫ from z/2 to 2 of (2 − z/x) dx.
            1.0 - (4.0 - z - z * (4.0 / z).ln())
        }
    };
    let quantile = |p: f64| -> f64 {
        let (mut lo, mut hi) = (1.0, 4.0);
        for _ in 0..80 {
            let mid = (lo + hi) / 2.0;
            if cdf(mid) < p {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    };
    for (got, p) in [
        (engaged.p10, 0.1),
        (engaged.median, 0.5),
        (engaged.p90, 0.9),
    ] {
        let want = quantile(p);
        assert!((got - want).abs() < 0.02, "P{p}: {got} against {want}");
    }
}

#[test]
fn the_estimate_converges_as_draws_grow() {
    // Cost per engagement of 10 micro (reach 300K–400K, ER 5%, $10,000) against 1 macro
    // (reach 400K, ER 0.75–1%): 10 micro always wins; against a close rival the share of
    // wins settles as the draws grow.
    let rival = scenario(
        10.0,
        1_000.0,
        uniform(300_000.0, 400_000.0),
        uniform(4.5, 5.5),
    );
    let micro = scenario(10.0, 1_000.0, uniform(300_000.0, 400_000.0), fixed(5.0));
    let share = |draws| {
        simulate(&[Some(micro), Some(rival)], draws).lowest_share(Compared::CostPerEngagement, 0)
    };
    let errors: Vec<f64> = [100, 1_000, 10_000, 100_000]
        .iter()
        .map(|&n| (share(n) - 0.5).abs())
        .collect();
    assert!(errors[3] < 0.01, "{errors:?}");
    assert!(errors[2] < 0.03, "{errors:?}");
}

#[test]
fn the_guide_example_with_ranges_names_no_false_winner() {
    // 5 micro ($10,000, 250K reach, 5.5%) against 10 micro ($10,000, 300K–400K reach,
    // 4–6%): the two overlap, so the verdict gives a share, not a flat claim.
    let five = micro_5();
    let ten = scenario(
        10.0,
        1_000.0,
        uniform(300_000.0, 400_000.0),
        uniform(4.0, 6.0),
    );
    let sim = simulate(&[Some(macro_1()), Some(five), Some(ten)], 10_000);
    let share_ten = sim.lowest_share(Compared::CostPerConversion, 2);
    // Ten wins when reach × ER > 13,750: worked out by simulation only roughly here.
    assert!(share_ten > 0.9 && share_ten < 1.0, "{share_ten}");
    assert_eq!(sim.lowest_share(Compared::CostPerConversion, 0), 0.0);
    let total: f64 = (0..3)
        .map(|i| sim.lowest_share(Compared::CostPerConversion, i))
        .sum();
    assert!((total - 1.0).abs() < 1e-9);
}

#[test]
fn same_input_same_numbers() {
    let ten = scenario(
        10.0,
        1_000.0,
        uniform(300_000.0, 400_000.0),
        uniform(4.0, 6.0),
    );
    let a = simulate(&[Some(micro_5()), Some(ten)], 10_000);
    let b = simulate(&[Some(micro_5()), Some(ten)], 10_000);
    assert_eq!(a, b);
    let left_out = simulate(&[None, Some(micro_5()), Some(ten)], 10_000);
    assert!(left_out.scenarios[0].is_none());
    assert_eq!(left_out.scenarios[2], a.scenarios[1]);
}
