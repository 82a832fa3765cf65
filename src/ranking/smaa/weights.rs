//! Drawing weight vectors from a weight model.

use super::rng::{Xoshiro256StarStar, pick};
use super::types::{Hierarchy, SmaaError, WeightModel};

/// Draws weight vectors from a model, at one or two levels.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct WeightSampler {
    model: WeightModel,
    criteria: usize,
    /// Level 0 draws among groups (one group of every criterion when flat).
    top: Level,
    groups: Vec<(Vec<usize>, Level)>,
}

#[derive(Clone, Debug, PartialEq)]
struct Level {
    /// Given weights, summing to 1 (uniform when they sum to 0).
    base: Vec<f64>,
    /// Indices by decreasing given weight.
    order: Vec<usize>,
    /// `(start, end)` runs of `order` with equal given weights.
    ties: Vec<(usize, usize)>,
}

impl Level {
    pub(super) fn new(weights: &[f64]) -> Self {
        let sum: f64 = weights.iter().sum();
        let base: Vec<f64> = if sum > 0.0 {
            weights.iter().map(|w| w / sum).collect()
        } else {
            vec![1.0 / weights.len().max(1) as f64; weights.len()]
        };
        let mut order: Vec<usize> = (0..base.len()).collect();
        order.sort_by(|&a, &b| base[b].total_cmp(&base[a]).then(a.cmp(&b)));
        let mut ties = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let mut end = start + 1;
            while end < order.len() && base[order[end]] == base[order[start]] {
                end += 1;
            }
            if end - start > 1 {
                ties.push((start, end));
            }
            start = end;
        }
        Level { base, order, ties }
    }

    pub(super) fn draw(
        &self,
        model: WeightModel,
        rng: &mut Xoshiro256StarStar,
        out: &mut [f64],
        scratch: &mut Vec<f64>,
    ) {
        match model {
            WeightModel::Around { spread } => {
                for (slot, w) in out.iter_mut().zip(&self.base) {
                    *slot = w * (1.0 - spread + 2.0 * spread * rng.next_f64());
                }
                normalise(out);
            }
            WeightModel::NoPreference => simplex(rng, out),
            WeightModel::Ordinal => {
                scratch.resize(out.len(), 0.0);
                simplex(rng, scratch);
                scratch.sort_by(|a, b| b.total_cmp(a));
                for (&index, &w) in self.order.iter().zip(scratch.iter()) {
                    out[index] = w;
                }
                // Equal given weights are not ordered: shuffle within each tie.
                for &(start, end) in &self.ties {
                    for i in (1..end - start).rev() {
                        let j = pick(rng, i + 1);
                        out.swap(self.order[start + i], self.order[start + j]);
                    }
                }
            }
        }
    }
}

/// Uniform on the simplex: normalised standard exponentials (a flat Dirichlet).
pub(super) fn simplex(rng: &mut Xoshiro256StarStar, out: &mut [f64]) {
    for slot in out.iter_mut() {
        // 1 - u is in (0, 1], so the logarithm is finite.
        *slot = -(1.0 - rng.next_f64()).ln();
    }
    normalise(out);
}

/// Scales to sum 1; an all-zero vector becomes uniform.
pub(super) fn normalise(out: &mut [f64]) {
    let sum: f64 = out.iter().sum();
    if sum > 0.0 {
        for slot in out.iter_mut() {
            *slot /= sum;
        }
    } else {
        let share = 1.0 / out.len().max(1) as f64;
        out.fill(share);
    }
}

impl WeightSampler {
    pub(crate) fn new(
        weights: &[f64],
        model: WeightModel,
        hierarchy: Option<&Hierarchy>,
    ) -> Result<Self, SmaaError> {
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
            return Err(SmaaError::BadWeight);
        }
        if let WeightModel::Around { spread } = model
            && !(0.0..=1.0).contains(&spread)
        {
            return Err(SmaaError::BadSpread(spread));
        }
        let n = weights.len();
        let groups: Vec<Vec<usize>> = match hierarchy {
            Some(h) => {
                let mut seen = vec![false; n];
                for &c in h.groups.iter().flatten() {
                    if c >= n || seen[c] {
                        return Err(SmaaError::BadHierarchy);
                    }
                    seen[c] = true;
                }
                if seen.contains(&false) || h.groups.iter().any(Vec::is_empty) {
                    return Err(SmaaError::BadHierarchy);
                }
                h.groups.clone()
            }
            None => vec![(0..n).collect()],
        };
        let group_weights: Vec<f64> = groups
            .iter()
            .map(|g| g.iter().map(|&c| weights[c]).sum())
            .collect();
        Ok(WeightSampler {
            model,
            criteria: n,
            top: Level::new(&group_weights),
            groups: groups
                .into_iter()
                .map(|g| {
                    let local: Vec<f64> = g.iter().map(|&c| weights[c]).collect();
                    (g, Level::new(&local))
                })
                .collect(),
        })
    }

    /// One weight vector into `out` (one slot per criterion).
    pub(crate) fn draw(
        &self,
        rng: &mut Xoshiro256StarStar,
        out: &mut [f64],
        scratch: &mut Scratch,
    ) {
        if self.groups.len() == 1 {
            let level = &self.groups[0].1;
            level.draw(self.model, rng, out, &mut scratch.sort);
            return;
        }
        scratch.top.resize(self.groups.len(), 0.0);
        self.top
            .draw(self.model, rng, &mut scratch.top, &mut scratch.sort);
        for ((members, level), &g) in self.groups.iter().zip(scratch.top.iter()) {
            scratch.local.resize(members.len(), 0.0);
            level.draw(self.model, rng, &mut scratch.local, &mut scratch.sort);
            for (&c, &l) in members.iter().zip(scratch.local.iter()) {
                out[c] = g * l;
            }
        }
    }
}

/// Reusable buffers for [`WeightSampler::draw`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Scratch {
    sort: Vec<f64>,
    top: Vec<f64>,
    local: Vec<f64>,
}
