//! How a long Monte Carlo run reports its progress. The core draws nothing: the
//! caller (an edge) decides whether and how to show it, and a hook never changes a
//! result.

use std::sync::Arc;

/// Receives the progress of one run. Called from several threads.
pub trait Progress: Send + Sync {
    /// Once, before any sample: `samples` to come, each costing about `work`
    /// multiply-adds (offers x criteria, twice for TOPSIS, plus the ranking).
    fn start(&self, samples: u64, work: u64);
    /// `samples` more are done.
    fn advance(&self, samples: u64);
    /// Once, when every sample is done (before the results are written).
    fn finish(&self);
}

/// An optional [`Progress`] carried by the options. Two hooks always compare equal:
/// they take no part in what the analysis computes.
#[derive(Clone, Default)]
pub struct ProgressHook(Option<Arc<dyn Progress>>);

impl ProgressHook {
    pub fn new(progress: impl Progress + 'static) -> Self {
        ProgressHook(Some(Arc::new(progress)))
    }

    pub(super) fn start(&self, samples: u64, work: u64) {
        if let Some(p) = &self.0 {
            p.start(samples, work);
        }
    }

    pub(super) fn advance(&self, samples: u64) {
        if let Some(p) = &self.0 {
            p.advance(samples);
        }
    }

    pub(super) fn finish(&self) {
        if let Some(p) = &self.0 {
            p.finish();
        }
    }
}

impl std::fmt::Debug for ProgressHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "ProgressHook(Some(..))"
        } else {
            "ProgressHook(None)"
        })
    }
}

impl PartialEq for ProgressHook {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The work of one sample, in multiply-adds, for [`Progress::start`]: the scores
/// (offers x criteria, twice for TOPSIS) and about 8 steps per offer to rank them.
pub(super) fn work_per_sample(rows: usize, criteria: usize, topsis: bool) -> u64 {
    let scoring = rows * criteria * if topsis { 2 } else { 1 };
    (scoring + 8 * rows) as u64
}
