//! Reading files from disk (edge).
