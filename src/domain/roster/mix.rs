//! The best mix within a budget: a 0/1 knapsack solved exactly by dynamic programming over
//! cost, with the guide's tier shares as optional limits.
//!
//! Without limits, one table over cost (in units of the largest common divisor of the
//! prices) gives the best value for every spend up to the budget. With limits, each tier
//! group gets its own table up to its limit, and the groups are combined by trying every
//! spend at which a group's best value rises against the best of the groups before it
//! (a max-plus convolution). Both are exact. When a roster's prices would make the tables
//! too large to work out quickly, prices are rounded up to a coarser unit and the mix is
//! optimal for those rounded prices; the result says so.

/// The most table cells worked out before prices are rounded to a coarser unit.
pub const MAX_WORK: u64 = 40_000_000;

/// The method, as the page names it.
pub const METHOD: &str = "exact 0/1 knapsack by dynamic programming over cost (every combination is accounted for, not a greedy pick by value for money)";

/// One creator that may be chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Price in cents.
    pub cost_cents: u64,
    /// What the creator brings (expected engagements or conversions).
    pub value: f64,
    /// The tier group for the limits (0 nano, 1 micro, 2 macro and above).
    pub group: usize,
}

/// The best choice found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Solution {
    /// Indices into the candidates, in order.
    pub chosen: Vec<usize>,
    /// Their total price, cents.
    pub cost_cents: u64,
    /// Their total value.
    pub value: f64,
    /// Set when prices had to be rounded up to this many cents for the search.
    pub rounded_to_cents: Option<u64>,
}

/// Chooses the candidates of greatest total value whose prices add up to at most
/// `budget_cents` and, with `caps_cents`, whose spend in each tier group stays within the
/// group's limit. Candidates of no value are never chosen; free ones of some value always.
#[must_use]
pub fn best_mix(candidates: &[Item], budget_cents: u64, caps_cents: Option<[u64; 3]>) -> Solution {
    let useful: Vec<usize> = (0..candidates.len())
        .filter(|i| {
            candidates
                .get(*i)
                .is_some_and(|c| c.value > 0.0 && c.value.is_finite())
        })
        .collect();
    let gcd = useful
        .iter()
        .filter_map(|i| candidates.get(*i))
        .map(|c| c.cost_cents)
        .filter(|c| *c > 0)
        .fold(0, gcd);
    let mut unit = gcd.max(1);
    loop {
        if let Some(mut solution) = solve(candidates, &useful, budget_cents, caps_cents, unit) {
            solution.rounded_to_cents = (unit != gcd.max(1)).then_some(unit);
            return solution;
        }
        unit = unit.saturating_mul(2);
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Works the mix out with prices in `unit` cents (rounded up); `None` when that would take
/// more than [`MAX_WORK`] cells.
fn solve(
    candidates: &[Item],
    useful: &[usize],
    budget_cents: u64,
    caps_cents: Option<[u64; 3]>,
    unit: u64,
) -> Option<Solution> {
    let units = |cents: u64| cents.div_ceil(unit);
    let capacity = budget_cents / unit;
    let groups: Vec<(Vec<usize>, u64)> = match caps_cents {
        None => vec![(useful.to_vec(), capacity)],
        Some(caps) => (0..3)
            .map(|g| {
                let members = useful
                    .iter()
                    .copied()
                    .filter(|i| candidates.get(*i).is_some_and(|c| c.group == g))
                    .collect();
                (members, caps.get(g).map_or(0, |c| c / unit).min(capacity))
            })
            .collect(),
    };
    let table_work: u64 = groups
        .iter()
        .map(|(members, cap)| (members.len() as u64).saturating_mul(cap + 1))
        .sum();
    if table_work > MAX_WORK || capacity > MAX_WORK {
        return None;
    }
    let weight = |i: usize| candidates.get(i).map_or(0, |c| units(c.cost_cents));
    let value = |i: usize| candidates.get(i).map_or(0.0, |c| c.value);
    let tables: Vec<GroupTable> = groups
        .iter()
        .map(|(members, cap)| GroupTable::build(members, *cap, &weight, &value))
        .collect();
    let combine_work: u64 = tables
        .iter()
        .skip(1)
        .map(|t| t.rises.len() as u64)
        .sum::<u64>()
        .saturating_mul(capacity + 1);
    if combine_work > MAX_WORK {
        return None;
    }
    let spends = combine(&tables, capacity);
    let mut chosen: Vec<usize> = tables
        .iter()
        .zip(spends)
        .flat_map(|(table, spend)| table.members_at(spend, &weight))
        .collect();
    chosen.sort_unstable();
    let cost_cents = chosen
        .iter()
        .filter_map(|i| candidates.get(*i))
        .map(|c| c.cost_cents)
        .sum();
    let total = chosen.iter().map(|i| value(*i)).sum();
    Some(Solution {
        chosen,
        cost_cents,
        value: total,
        rounded_to_cents: None,
    })
}

/// One group's knapsack: the best value at each spend up to its limit, and which member
/// was taken at each step, to recover the choice. Members are taken cheapest first, and
/// member `k`'s row stops at the spend that buys all of members `0..=k` (`reach`): beyond it
/// nothing more can be bought, so the best value stays that of the reach. With a roster of
/// varied prices this skips about a quarter of the table.
struct GroupTable {
    members: Vec<usize>,
    best: Vec<f64>,
    /// Bit `k * (cap + 1) + c`: member `k` is in the best choice of members `0..=k`
    /// within `c` (one bit each: 100 creators and a $100,000 budget take 1.25 MB).
    taken: Vec<u64>,
    /// For each member, the spend that buys it and every member before it (at most the cap).
    reach: Vec<usize>,
    /// The spends at which `best` rises, 0 first.
    rises: Vec<usize>,
}

impl GroupTable {
    fn build(
        members: &[usize],
        cap: u64,
        weight: &impl Fn(usize) -> u64,
        value: &impl Fn(usize) -> f64,
    ) -> Self {
        let cap = usize::try_from(cap).unwrap_or(0);
        let mut members = members.to_vec();
        members.sort_by_key(|i| weight(*i));
        let mut best = vec![0.0_f64; cap + 1];
        let mut taken = vec![0u64; (members.len() * (cap + 1)).div_ceil(64)];
        let mut reach = Vec::with_capacity(members.len());
        let mut reached = 0usize;
        for (k, &i) in members.iter().enumerate() {
            let w = usize::try_from(weight(i)).unwrap_or(usize::MAX);
            let v = value(i);
            let before = reached;
            reached = reached.saturating_add(w).min(cap);
            reach.push(reached);
            // Past the last reach, the best value is the reach's: extend it to the new one.
            let plateau = best.get(before).copied().unwrap_or(0.0);
            for cell in best.get_mut(before + 1..=reached).into_iter().flatten() {
                *cell = plateau;
            }
            if w > reached {
                continue;
            }
            let row = k * (cap + 1);
            let Some(best) = best.get_mut(..=reached) else {
                continue;
            };
            for c in (w..=reached).rev() {
                let with = best[c - w] + v;
                if with > best[c] {
                    best[c] = with;
                    let bit = row + c;
                    if let Some(word) = taken.get_mut(bit / 64) {
                        *word |= 1 << (bit % 64);
                    }
                }
            }
        }
        let plateau = best.get(reached).copied().unwrap_or(0.0);
        for cell in best.get_mut(reached + 1..).into_iter().flatten() {
            *cell = plateau;
        }
        let rises = (0..=cap)
            .filter(|c| *c == 0 || best.get(*c) > best.get(c - 1))
            .collect();
        Self {
            members,
            best,
            taken,
            reach,
            rises,
        }
    }

    /// The best value within `spend` (the limit's value beyond it).
    fn at(&self, spend: usize) -> f64 {
        self.best
            .get(spend.min(self.best.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0.0)
    }

    /// The members of the best choice within `spend`.
    fn members_at(&self, spend: usize, weight: &impl Fn(usize) -> u64) -> Vec<usize> {
        let mut c = spend.min(self.best.len().saturating_sub(1));
        let mut out = Vec::new();
        let width = self.best.len();
        for (k, &i) in self.members.iter().enumerate().rev() {
            // Within more than member k's reach, the best of members 0..=k is the reach's.
            c = c.min(self.reach.get(k).copied().unwrap_or(0));
            let bit = k * width + c;
            if self
                .taken
                .get(bit / 64)
                .is_some_and(|word| word & (1 << (bit % 64)) != 0)
            {
                out.push(i);
                c = c.saturating_sub(usize::try_from(weight(i)).unwrap_or(usize::MAX));
            }
        }
        out
    }
}

/// The spend of each group in the best combination within `capacity`.
fn combine(tables: &[GroupTable], capacity: u64) -> Vec<usize> {
    let capacity = usize::try_from(capacity).unwrap_or(0);
    let Some(first) = tables.first() else {
        return Vec::new();
    };
    let mut acc: Vec<f64> = (0..=capacity).map(|c| first.at(c)).collect();
    // For each later group, the spend it takes at each total.
    let mut splits: Vec<Vec<usize>> = Vec::new();
    for table in tables.iter().skip(1) {
        let mut next = acc.clone();
        let mut split = vec![0usize; capacity + 1];
        for c in 0..=capacity {
            for &b in table.rises.iter().take_while(|b| **b <= c) {
                let with = acc.get(c - b).copied().unwrap_or(0.0) + table.at(b);
                if with > next[c] {
                    next[c] = with;
                    split[c] = b;
                }
            }
        }
        acc = next;
        splits.push(split);
    }
    let mut spends = vec![0usize; tables.len()];
    let mut c = capacity;
    for (g, split) in splits.iter().enumerate().rev() {
        let b = split.get(c).copied().unwrap_or(0);
        if let Some(slot) = spends.get_mut(g + 1) {
            *slot = b;
        }
        c -= b;
    }
    if let Some(slot) = spends.first_mut() {
        *slot = c;
    }
    spends
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(dollars: u64, value: f64, group: usize) -> Item {
        Item {
            cost_cents: dollars * 100,
            value,
            group,
        }
    }

    /// The best value of every subset, checked one by one.
    fn brute_force(items: &[Item], budget: u64, caps: Option<[u64; 3]>) -> f64 {
        let mut best = 0.0_f64;
        for mask in 0u32..(1 << items.len()) {
            let mut cost = 0;
            let mut spend = [0u64; 3];
            let mut value = 0.0;
            for (i, it) in items.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    cost += it.cost_cents;
                    spend[it.group] += it.cost_cents;
                    value += it.value;
                }
            }
            let within_caps = caps.is_none_or(|caps| (0..3).all(|g| spend[g] <= caps[g]));
            if cost <= budget && within_caps && value > best {
                best = value;
            }
        }
        best
    }

    #[test]
    fn greedy_by_value_for_money_is_beaten() {
        // Greedy by value per dollar takes A (1.2/$) then nothing fits: 600.
        // The optimum is B + C: 1,000 for $1,000.
        let items = [
            item(500, 600.0, 1),
            item(500, 500.0, 1),
            item(500, 500.0, 1),
        ];
        let greedy_trap = [
            item(600, 720.0, 1),
            item(500, 500.0, 1),
            item(500, 500.0, 1),
        ];
        let s = best_mix(&greedy_trap, 100_000, None);
        assert_eq!(s.chosen, vec![1, 2]);
        assert_eq!(s.cost_cents, 100_000);
        let s = best_mix(&items, 100_000, None);
        assert_eq!(s.value, 1_100.0);
    }

    #[test]
    fn limits_keep_each_group_within_its_share() {
        let items = [
            item(400, 4_000.0, 0),
            item(300, 100.0, 1),
            item(300, 90.0, 2),
        ];
        let s = best_mix(&items, 100_000, Some([35_000, 60_000, 15_000]));
        assert_eq!(s.chosen, vec![1]);
        let s = best_mix(&items, 100_000, None);
        assert_eq!(s.chosen, vec![0, 1, 2]);
    }

    #[test]
    fn a_hundred_creators_and_100000_dollars_stay_exact() {
        let items: Vec<Item> = (0..100u64)
            .map(|i| {
                item(
                    150 + (i * 7919) % 4_850,
                    100.0 + ((i * 104_729) % 9_000) as f64,
                    (i % 3) as usize,
                )
            })
            .collect();
        let s = best_mix(&items, 10_000_000, None);
        assert_eq!(s.rounded_to_cents, None);
        assert!(s.cost_cents <= 10_000_000);
        let limited = best_mix(&items, 10_000_000, Some([3_500_000, 6_000_000, 1_500_000]));
        assert!(limited.value <= s.value);
    }

    fn roster() -> impl Strategy<Value = (Vec<Item>, u64, Option<[u64; 3]>)> {
        let item =
            (1u64..3_000, 0.0f64..5_000.0, 0usize..3).prop_map(|(dollars, value, group)| Item {
                cost_cents: dollars * 100 + (dollars % 7) * 25,
                value,
                group,
            });
        (
            proptest::collection::vec(item, 0..=12),
            0u64..1_500_000,
            proptest::option::of((0u64..60, 0u64..70, 0u64..30)),
        )
            .prop_map(|(items, budget, caps)| {
                let caps =
                    caps.map(|(a, b, c)| [budget * a / 100, budget * b / 100, budget * c / 100]);
                (items, budget, caps)
            })
    }

    proptest! {
        #[test]
        fn the_mix_is_optimal_against_brute_force((items, budget, caps) in roster()) {
            let s = best_mix(&items, budget, caps);
            prop_assert_eq!(s.rounded_to_cents, None);
            let best = brute_force(&items, budget, caps);
            prop_assert!((s.value - best).abs() <= 1e-6 * best.max(1.0), "{} vs {}", s.value, best);
            prop_assert!(s.cost_cents <= budget);
            if let Some(caps) = caps {
                for (g, cap) in caps.iter().enumerate() {
                    let spend: u64 = s.chosen.iter().map(|i| items[*i]).filter(|it| it.group == g).map(|it| it.cost_cents).sum();
                    prop_assert!(spend <= *cap);
                }
            }
            let value: f64 = s.chosen.iter().map(|i| items[*i].value).sum();
            prop_assert!((value - s.value).abs() < 1e-6);
        }
    }
}
