//! Raw file contents to valid models, with diagnostics (pure).
