//! Helpers for workspace-level tests. The checks live in `tests/*.rs`; the
//! window end-to-end test lives in `e2e/` (Node + WebDriver).

use std::path::{Path, PathBuf};

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace root")
        .to_owned()
}
