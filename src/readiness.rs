//! Readiness assessment (pure).
