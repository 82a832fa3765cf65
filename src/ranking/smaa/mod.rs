//! Stochastic Multicriteria Acceptability Analysis, SMAA-2 (Lahdelma, R. and
//! Salminen, P. (2001), "SMAA-2: Stochastic Multicriteria Acceptability Analysis for
//! Group Decision Making", Operations Research 49(3), 444-454), on the weighted sum or
//! TOPSIS.
//!
//! Weights are drawn from a [`WeightModel`] (optionally at two levels, groups then
//! criteria within a group, see [`Hierarchy`]) and values from their [`Cell`]s
//! (exact, an interval, or a sample of evaluators' values). For each draw the offers
//! are scored and ranked with the ranking's ties rule (scores equal within
//! [`TIE_TOLERANCE`](super::TIE_TOLERANCE) share the rank of the best of them, the next
//! rank skips), and the analysis counts:
//! - the **rank acceptability index** `b_i^r` (section 3 of the article): the share
//!   of draws in which offer `i` gets rank `r`; `b_i^1` is the first-place share;
//! - the **central weight vector** `w_i^c` (section 3): the mean of the weights of
//!   the draws in which `i` ranks first;
//! - the **confidence factor** `p_i^c` (section 3): the share of value draws in which
//!   `i` ranks first when the weights are its central weights.
//!
//! Rank ranges: the best and worst ranks seen are extremes (with 1,000 offers they move
//! by many places from one seed to the next), so each offer also gets a central
//! interval, the 5th to the 95th percentile of its rank, read off its acceptability row.
//!
//! Reproducibility: draws are cut into blocks of [`BLOCK`] samples; block `b` draws
//! from its own xoshiro256** stream seeded from `(seed, b)` through SplitMix64, and
//! every tally is an integer (the central weights are summed in fixed point, 2^-31
//! steps), so the same seed gives the same numbers whatever the number of threads and
//! whichever thread runs which block.
//!
//! Speed: with exact values the weight-independent matrices are computed once (the
//! min-max normalised matrix, or for TOPSIS the squared gaps to the ideal and
//! anti-ideal, since with positive weights `d+^2 = sum_j w_j^2 (r_ij - ideal_j)^2`).
//! Scores are computed for [`LANES`] samples at a time, so the inner loop is a
//! vectorisable multiply-add over samples with independent sums; each sample is then
//! ranked by sorting integer keys (a radix sort on their top bits from
//! [`sort::RADIX_FROM`] offers on), and its ranks wait in a small buffer that is added to the counts
//! offer by offer. Memory per worker: the `offers x offers` counts
//! (u32), 256 KiB of pending ranks and `LANES x offers` scores; never a
//! `samples x offers` matrix.

use rayon::prelude::*;

use super::method::Method;
use super::topsis::{Topsis, closeness};
use super::{same_score, weighted_sum};
use crate::model::criteria::Direction;

mod progress;
mod rng;
mod sort;
mod types;
mod weights;

pub(crate) use self::progress::{Progress, ProgressHook};
use self::rng::{Xoshiro256StarStar, splitmix64};
use self::sort::sort_top_bits;
pub use self::types::{Cell, SmaaOptions, UncertainMatrix, WeightModel};
pub(crate) use self::types::{OfferSpread, RankRange, Smaa, SmaaError, SmaaOffer};
pub(crate) use self::weights::{Scratch, WeightSampler};

/// Samples per random stream. Part of the reproducibility contract: changing it
/// changes the numbers a seed gives.
pub(crate) const BLOCK: usize = 1024;
/// Samples scored together (the width of the vectorised inner loop).
pub(crate) const LANES: usize = 16;
/// The central rank interval: from this percentile of the rank...
pub(crate) const CENTRAL_LOW_PERCENT: u64 = 5;
/// ...to this one.
pub(crate) const CENTRAL_HIGH_PERCENT: u64 = 95;
/// Fixed-point scale of the central weight sums.
const FIXED: f64 = (1_u64 << 31) as f64;
/// Stream domains: weights and values of the main pass, values of the confidence pass.
const MAIN: u64 = 0;
const CONFIDENCE: u64 = 1;

/// The random stream of block `block` in `domain`.
fn stream(seed: u64, domain: u64, block: u64) -> Xoshiro256StarStar {
    let mut state = seed;
    let mut key = splitmix64(&mut state) ^ (domain << 56) ^ block;
    Xoshiro256StarStar::new(splitmix64(&mut key))
}

/// The weight-independent matrices of a method for one set of values.
struct Prepared {
    method: Method,
    n: usize,
    /// Weighted sum: min-max normalised values; TOPSIS: squared gaps to the ideal.
    a: Vec<f64>,
    /// TOPSIS: squared gaps to the anti-ideal (empty for the weighted sum).
    b: Vec<f64>,
}

impl Prepared {
    fn new(values: &[f64], directions: &[Direction], method: Method) -> Self {
        let n = directions.len();
        match method {
            Method::WeightedSum => Prepared {
                method,
                n,
                a: weighted_sum::normalise(values, directions),
                b: Vec::new(),
            },
            Method::Topsis => {
                let topsis = Topsis::new(values, directions);
                Prepared {
                    method,
                    n,
                    a: topsis.gap_ideal,
                    b: topsis.gap_anti,
                }
            }
        }
    }

    /// Scores of every row for `L` weight vectors at once: `lanes[j][k]` is weight
    /// `j` of sample `k`; `out[k]` gets sample `k`'s scores (rows long). The sums run
    /// over criteria in order, as `Scorer::scores` does, so the scores are the same.
    fn scores<const L: usize>(
        &self,
        lanes: &[[f64; L]],
        squared: &mut [[f64; L]],
        sums: &mut Vec<[f64; L]>,
        out: &mut [Vec<f64>],
    ) {
        let rows = out[0].len();
        match self.method {
            Method::WeightedSum => {
                accumulate(&self.a, self.n, lanes, sums, rows);
                for (i, sum) in sums.iter().enumerate() {
                    for k in 0..L {
                        out[k][i] = sum[k].clamp(0.0, 1.0);
                    }
                }
            }
            Method::Topsis => {
                for (row, lane) in squared.iter_mut().zip(lanes) {
                    for k in 0..L {
                        row[k] = lane[k] * lane[k];
                    }
                }
                accumulate(&self.a, self.n, squared, sums, rows);
                for (i, plus) in sums.iter().enumerate() {
                    for k in 0..L {
                        out[k][i] = plus[k];
                    }
                }
                accumulate(&self.b, self.n, squared, sums, rows);
                for (i, minus) in sums.iter().enumerate() {
                    for k in 0..L {
                        out[k][i] = closeness(out[k][i], minus[k]);
                    }
                }
            }
        }
    }
}

/// `sums[i][k] = sum_j matrix[i][j] * lanes[j][k]`, summed over `j` in order.
fn accumulate<const L: usize>(
    matrix: &[f64],
    n: usize,
    lanes: &[[f64; L]],
    sums: &mut Vec<[f64; L]>,
    rows: usize,
) {
    sums.clear();
    sums.resize(rows, [0.0; L]);
    if n == 0 {
        return;
    }
    for (row, sum) in matrix.chunks_exact(n).zip(sums.iter_mut()) {
        let mut acc = [0.0; L];
        for (x, lane) in row.iter().zip(lanes) {
            for k in 0..L {
                acc[k] += x * lane[k];
            }
        }
        *sum = acc;
    }
}

/// Bytes of pending ranks a tally keeps before adding them to its counts (about half
/// a level-2 cache).
const PENDING_BYTES: usize = 256 * 1024;

/// Integer tallies of one share of the samples.
struct Tally {
    rows: usize,
    n: usize,
    /// `counts[i * rows + r]`: samples where offer `i` has rank `r + 1`.
    counts: Vec<u32>,
    /// Fixed-point sums of the weights of the samples where offer `i` ranks first.
    weight_sums: Vec<u64>,
    /// `pending[i * batch + s]`: the 0-based rank of offer `i` in pending sample `s`.
    /// Adding a sample's ranks to `counts` at once touches one cache line per offer,
    /// all over the `rows x rows` table; a batch adds each offer's ranks in a row.
    pending: Vec<u32>,
    batch: usize,
    filled: usize,
    /// Low bits of a sort key that hold the row.
    index_bits: u32,
}

impl Tally {
    fn new(rows: usize, n: usize) -> Self {
        let batch = (PENDING_BYTES / 4 / rows.max(1)).clamp(1, BLOCK);
        Tally {
            rows,
            n,
            counts: vec![0; rows * rows],
            weight_sums: vec![0; rows * n],
            pending: vec![0; rows * batch],
            batch,
            filled: 0,
            index_bits: usize::BITS - rows.max(2).saturating_sub(1).leading_zeros(),
        }
    }

    fn add(mut self, mut other: Tally) -> Tally {
        self.flush();
        other.flush();
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        for (a, b) in self.weight_sums.iter_mut().zip(&other.weight_sums) {
            *a += b;
        }
        self
    }

    /// Adds the pending ranks to the counts.
    fn flush(&mut self) {
        let (rows, batch) = (self.rows, self.batch);
        if self.filled == 0 || rows == 0 {
            return;
        }
        for (counts, pending) in self
            .counts
            .chunks_exact_mut(rows)
            .zip(self.pending.chunks_exact(batch))
        {
            for &rank in &pending[..self.filled] {
                counts[rank as usize] += 1;
            }
        }
        self.filled = 0;
    }

    /// Ranks one sample and counts it. `keys` holds one key per row (each row once
    /// in its low bits), `spare` is a buffer for the sort.
    fn count(&mut self, scores: &[f64], keys: &mut [u64], spare: &mut Vec<u64>, weights: &[f64]) {
        // Sort keys: the score's bits (scores are in [0, 1], where the bit patterns
        // of non-negative floats keep their order), complemented for a best-first
        // order, with the row in the low bits. Sorting plain integers is much faster
        // than sorting rows through their scores.
        // The keys are rebuilt in the previous sample's order (`keys` holds its
        // sorted keys, each with its row in the low bits): orders change little
        // from one sample to the next, and the small-input sort (insertion) is
        // adaptive. Every key is unique, so the order reached does not depend on
        // the starting one, except among exactly equal scores after the radix sort,
        // which share a rank and the first place alike: the counts do not change.
        let mask = (1_u64 << self.index_bits) - 1;
        for key in keys.iter_mut() {
            let row = *key & mask;
            *key = (!(scores[row as usize] + 0.0).to_bits() & !mask) | row;
        }
        sort_top_bits(keys, spare);
        // The sort looked at the top 32 bits only (or the row bits hid the scores'
        // last bits): an insertion pass restores the exact order (near-linear, the
        // keys are already almost sorted). Keys whose top 32 bits differ are
        // already in order, so their scores need not be looked up.
        let score_of = |key: u64| scores[(key & mask) as usize];
        for p in 1..keys.len() {
            let mut q = p;
            while q > 0
                && keys[q - 1] >> 32 == keys[q] >> 32
                && score_of(keys[q - 1]) < score_of(keys[q])
            {
                keys.swap(q - 1, q);
                q -= 1;
            }
        }
        let mut group_start = 0;
        let mut top = f64::NAN;
        for (position, &key) in keys.iter().enumerate() {
            let row = (key & mask) as usize;
            let score = scores[row];
            if position == 0 {
                top = score;
            } else if !same_score(top, score) {
                group_start = position;
                top = score;
            }
            self.pending[row * self.batch + self.filled] = group_start as u32;
            if group_start == 0 {
                let sums = &mut self.weight_sums[row * self.n..(row + 1) * self.n];
                for (sum, w) in sums.iter_mut().zip(weights) {
                    *sum += (w * FIXED).round() as u64;
                }
            }
        }
        self.filled += 1;
        if self.filled == self.batch {
            self.flush();
        }
    }
}

/// Per-worker buffers of the main pass.
struct Worker {
    scratch: Scratch,
    weights: Vec<Vec<f64>>,
    lanes: Vec<[f64; LANES]>,
    squared: Vec<[f64; LANES]>,
    sums: Vec<[f64; LANES]>,
    scores: Vec<Vec<f64>>,
    keys: Vec<u64>,
    spare: Vec<u64>,
    values: Vec<f64>,
    lane1: Vec<[f64; 1]>,
    squared1: Vec<[f64; 1]>,
    sums1: Vec<[f64; 1]>,
}

impl Worker {
    fn new(rows: usize, n: usize) -> Self {
        Worker {
            scratch: Scratch::default(),
            weights: vec![vec![0.0; n]; LANES],
            lanes: vec![[0.0; LANES]; n],
            squared: vec![[0.0; LANES]; n],
            sums: Vec::with_capacity(rows),
            scores: vec![vec![0.0; rows]; LANES],
            // Rows in order: the first sample's starting order (see `Tally::count`).
            keys: (0..rows as u64).collect(),
            spare: vec![0; rows],
            values: Vec::new(),
            lane1: vec![[0.0; 1]; n],
            squared1: vec![[0.0; 1]; n],
            sums1: Vec::with_capacity(rows),
        }
    }
}

/// Runs SMAA-2 on `values` with the given `weights` (one per criterion, any positive
/// scale) and `method`.
pub fn analyse(
    values: &UncertainMatrix,
    weights: &[f64],
    method: Method,
    options: &SmaaOptions,
) -> Result<Smaa, SmaaError> {
    check(values, weights)?;
    let n = values.directions.len();
    let rows = values.rows;
    let sampler = WeightSampler::new(weights, options.model, options.hierarchy.as_ref())?;
    let exact = values.is_exact();

    let tally = simulate(values, method, &sampler, options);

    let central = central_weights(&tally, rows, n);
    let (confidence, confidence_samples) = if exact {
        (confidence_exact(values, method, &central), 1)
    } else {
        (
            confidence_uncertain(values, method, &central, options),
            options.confidence_samples,
        )
    };

    let offers = (0..rows)
        .map(|i| offer(values, &tally, i, central[i].clone(), confidence[i]))
        .collect();

    Ok(Smaa {
        method,
        model: options.model,
        grouped: options.hierarchy.is_some(),
        samples: options.samples,
        seed: options.seed,
        exact_values: exact,
        confidence_samples,
        offers,
    })
}

/// Rejects weights and cells that do not fit the matrix.
fn check(values: &UncertainMatrix, weights: &[f64]) -> Result<(), SmaaError> {
    let n = values.directions.len();
    let rows = values.rows;
    if weights.len() != n {
        return Err(SmaaError::WeightCount {
            weights: weights.len(),
            criteria: n,
        });
    }
    if values.cells.len() != rows * n || values.names.len() != rows {
        return Err(SmaaError::CellCount {
            cells: values.cells.len(),
            rows,
            criteria: n,
        });
    }
    for (index, cell) in values.cells.iter().enumerate() {
        if let Some(problem) = cell.problem(index) {
            return Err(problem);
        }
    }
    Ok(())
}

/// Runs the Monte Carlo samples, in parallel blocks, and sums their tallies.
fn simulate(
    values: &UncertainMatrix,
    method: Method,
    sampler: &WeightSampler,
    options: &SmaaOptions,
) -> Tally {
    let n = values.directions.len();
    let rows = values.rows;
    let exact = values.is_exact();
    let samples = options.samples as usize;
    let tally = if rows == 0 || samples == 0 {
        Tally::new(rows, n)
    } else {
        let prepared = exact.then(|| {
            let mut first = vec![0.0; rows * n];
            values.draw(&mut stream(0, 0, 0), &mut first);
            Prepared::new(&first, &values.directions, method)
        });
        let blocks = samples.div_ceil(BLOCK);
        let work = progress::work_per_sample(rows, n, method == Method::Topsis);
        options.progress.start(samples as u64, work);
        // At most four shares per thread: each holds a rows x rows tally.
        let shares = 4 * rayon::current_num_threads();
        (0..blocks)
            .into_par_iter()
            .with_min_len(blocks.div_ceil(shares).max(1))
            .fold(
                || (Tally::new(rows, n), Worker::new(rows, n)),
                |(mut tally, mut worker), block| {
                    let count = BLOCK.min(samples - block * BLOCK);
                    let mut rng = stream(options.seed, MAIN, block as u64);
                    match &prepared {
                        Some(prepared) => {
                            exact_block(prepared, sampler, &mut rng, count, &mut tally, &mut worker)
                        }
                        None => uncertain_block(
                            values,
                            method,
                            sampler,
                            &mut rng,
                            count,
                            &mut tally,
                            &mut worker,
                        ),
                    }
                    options.progress.advance(count as u64);
                    (tally, worker)
                },
            )
            .map(|(mut tally, _)| {
                tally.flush();
                tally
            })
            .reduce(|| Tally::new(rows, n), Tally::add)
    };
    options.progress.finish();
    tally
}

/// Per offer, the mean weights of the samples where it ranks first; `None` when it never does.
fn central_weights(tally: &Tally, rows: usize, n: usize) -> Vec<Option<Vec<f64>>> {
    (0..rows)
        .map(|i| {
            let first = tally.counts[i * rows];
            (first > 0).then(|| {
                tally.weight_sums[i * n..(i + 1) * n]
                    .iter()
                    .map(|&sum| sum as f64 / FIXED / f64::from(first))
                    .collect()
            })
        })
        .collect()
}

/// The summary of offer `i` from the tally.
fn offer(
    values: &UncertainMatrix,
    tally: &Tally,
    i: usize,
    central_weights: Option<Vec<f64>>,
    confidence: Option<f64>,
) -> SmaaOffer {
    let rows = values.rows;
    let counts = &tally.counts[i * rows..(i + 1) * rows];
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    SmaaOffer {
        provider: values.names[i].clone(),
        acceptability: counts.iter().map(|&c| share(u64::from(c), total)).collect(),
        ranks: rank_range(counts),
        mean_rank: if total > 0 {
            counts
                .iter()
                .enumerate()
                .map(|(r, &c)| (r + 1) as f64 * f64::from(c))
                .sum::<f64>()
                / total as f64
        } else {
            0.0
        },
        central_weights,
        confidence,
    }
}

fn share(count: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        count as f64 / total as f64
    }
}

/// Extremes and the central interval of one acceptability row of counts.
fn rank_range(counts: &[u32]) -> RankRange {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    let seen = |r: &usize| counts[*r] > 0;
    let best = (0..counts.len()).find(seen).map_or(0, |r| r + 1);
    let worst = (0..counts.len()).rev().find(seen).map_or(0, |r| r + 1);
    // The smallest rank whose cumulative count reaches `percent` of the total.
    let percentile = |percent: u64| {
        let mut cumulative = 0_u64;
        for (r, &c) in counts.iter().enumerate() {
            cumulative += u64::from(c);
            if c > 0 && cumulative * 100 >= percent * total {
                return r + 1;
            }
        }
        0
    };
    RankRange {
        best,
        worst,
        central_low: percentile(CENTRAL_LOW_PERCENT),
        central_high: percentile(CENTRAL_HIGH_PERCENT),
    }
}

fn exact_block(
    prepared: &Prepared,
    sampler: &WeightSampler,
    rng: &mut Xoshiro256StarStar,
    count: usize,
    tally: &mut Tally,
    worker: &mut Worker,
) {
    let mut done = 0;
    while done < count {
        let lanes = LANES.min(count - done);
        for k in 0..LANES {
            if k < lanes {
                sampler.draw(rng, &mut worker.weights[k], &mut worker.scratch);
            }
            for (j, lane) in worker.lanes.iter_mut().enumerate() {
                lane[k] = if k < lanes { worker.weights[k][j] } else { 0.0 };
            }
        }
        prepared.scores(
            &worker.lanes,
            &mut worker.squared,
            &mut worker.sums,
            &mut worker.scores,
        );
        for k in 0..lanes {
            tally.count(
                &worker.scores[k],
                &mut worker.keys,
                &mut worker.spare,
                &worker.weights[k],
            );
        }
        done += lanes;
    }
}

fn uncertain_block(
    values: &UncertainMatrix,
    method: Method,
    sampler: &WeightSampler,
    rng: &mut Xoshiro256StarStar,
    count: usize,
    tally: &mut Tally,
    worker: &mut Worker,
) {
    worker.values.resize(values.cells.len(), 0.0);
    for _ in 0..count {
        sampler.draw(rng, &mut worker.weights[0], &mut worker.scratch);
        values.draw(rng, &mut worker.values);
        let prepared = Prepared::new(&worker.values, &values.directions, method);
        for (lane, &w) in worker.lane1.iter_mut().zip(&worker.weights[0]) {
            lane[0] = w;
        }
        prepared.scores(
            &worker.lane1,
            &mut worker.squared1,
            &mut worker.sums1,
            &mut worker.scores[..1],
        );
        tally.count(
            &worker.scores[0],
            &mut worker.keys,
            &mut worker.spare,
            &worker.weights[0],
        );
    }
}

/// Whether `row` shares the first place.
fn leads(scores: &[f64], row: usize) -> bool {
    let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    same_score(scores[row], top)
}

/// Scores of one set of values for one weight vector.
fn score_once(prepared: &Prepared, weights: &[f64], rows: usize) -> Vec<f64> {
    let lanes: Vec<[f64; 1]> = weights.iter().map(|&w| [w]).collect();
    let mut squared = lanes.clone();
    let mut sums = Vec::new();
    let mut out = vec![vec![0.0; rows]];
    prepared.scores(&lanes, &mut squared, &mut sums, &mut out);
    out.pop().unwrap_or_default()
}

fn confidence_exact(
    values: &UncertainMatrix,
    method: Method,
    central: &[Option<Vec<f64>>],
) -> Vec<Option<f64>> {
    let mut first = vec![0.0; values.cells.len()];
    values.draw(&mut stream(0, 0, 0), &mut first);
    let prepared = Prepared::new(&first, &values.directions, method);
    central
        .iter()
        .enumerate()
        .map(|(i, weights)| {
            let weights = weights.as_ref()?;
            let scores = score_once(&prepared, weights, values.rows);
            Some(if leads(&scores, i) { 1.0 } else { 0.0 })
        })
        .collect()
}

fn confidence_uncertain(
    values: &UncertainMatrix,
    method: Method,
    central: &[Option<Vec<f64>>],
    options: &SmaaOptions,
) -> Vec<Option<f64>> {
    let rows = values.rows;
    let samples = options.confidence_samples as usize;
    let candidates: Vec<(usize, &Vec<f64>)> = central
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((i, w.as_ref()?)))
        .collect();
    if samples == 0 {
        return vec![None; rows];
    }
    let wins = (0..samples.div_ceil(BLOCK))
        .into_par_iter()
        .fold(
            || vec![0_u64; rows],
            |mut wins, block| {
                let count = BLOCK.min(samples - block * BLOCK);
                let mut rng = stream(options.seed, CONFIDENCE, block as u64);
                let mut drawn = vec![0.0; values.cells.len()];
                for _ in 0..count {
                    values.draw(&mut rng, &mut drawn);
                    let prepared = Prepared::new(&drawn, &values.directions, method);
                    for &(i, weights) in &candidates {
                        if leads(&score_once(&prepared, weights, rows), i) {
                            wins[i] += 1;
                        }
                    }
                }
                wins
            },
        )
        .reduce(
            || vec![0_u64; rows],
            |mut a, b| {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
                a
            },
        );
    central
        .iter()
        .zip(wins)
        .map(|(w, wins)| w.as_ref().map(|_| share(wins, samples as u64)))
        .collect()
}

#[cfg(test)]
mod numpy_agreement;
#[cfg(test)]
mod tests;
