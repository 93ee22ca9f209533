//! The contract with the window: every type a shell command receives or
//! returns, in one place. The shell imports these from here only (never
//! from the store or the procedures), and `tests/tests/bindings.rs`
//! generates their TypeScript declarations into `ui/src/bindings.ts`, so a
//! change on this side fails the tests until the window follows.

pub use crate::{
    AppInfo, AuditOverview, BackupStatus, CatalogueItem, Dashboard, DocumentView, ErasurePreview,
    ErrorReport, InterviewView, JournalView, LetterItem, LetterPreview, Move, PersonView,
    RetentionReview, VaultStatus,
};
pub use crate::{ConflictView, DuplicateSide, DuplicateView, ExchangeView, PeerView, TeamView};
pub use permanence_domain::{AttemptForm, DocumentForm, PersonForm, Settings, Strength};
pub use permanence_procedures::deadlines::DossierDeadline;
pub use permanence_store::{
    AuditEntry, BackupInfo, DossierListItem, DueItem, ErasureCounts, FrozenLetter, PersonSummary,
    Worker,
};

/// Visits every type of the contract (and, through it, the types they
/// hold), for the generated declarations.
#[cfg(feature = "ts")]
pub fn visit_all(v: &mut impl ts_rs::TypeVisitor) {
    v.visit::<AppInfo>();
    v.visit::<AuditOverview>();
    v.visit::<BackupStatus>();
    v.visit::<CatalogueItem>();
    v.visit::<Dashboard>();
    v.visit::<DocumentView>();
    v.visit::<ErasurePreview>();
    v.visit::<ErrorReport>();
    v.visit::<InterviewView>();
    v.visit::<JournalView>();
    v.visit::<LetterItem>();
    v.visit::<LetterPreview>();
    v.visit::<Move>();
    v.visit::<PersonView>();
    v.visit::<RetentionReview>();
    v.visit::<VaultStatus>();
    v.visit::<TeamView>();
    v.visit::<PeerView>();
    v.visit::<ExchangeView>();
    v.visit::<ConflictView>();
    v.visit::<DuplicateView>();
    v.visit::<AttemptForm>();
    v.visit::<DocumentForm>();
    v.visit::<PersonForm>();
    v.visit::<Settings>();
    v.visit::<Strength>();
    v.visit::<DossierDeadline>();
    v.visit::<AuditEntry>();
    v.visit::<BackupInfo>();
    v.visit::<DossierListItem>();
    v.visit::<DueItem>();
    v.visit::<ErasureCounts>();
    v.visit::<FrozenLetter>();
    v.visit::<PersonSummary>();
    v.visit::<Worker>();
}
