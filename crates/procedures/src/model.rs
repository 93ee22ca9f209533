//! A loaded, validated procedure. Built only by [`crate::load`]: every
//! condition in it has parsed and type-checked.

use chrono::NaiveDate;
use permanence_domain::Duration;
use serde::Serialize;

use crate::expr::Expr;

/// A closed vocabulary of the procedure files: an enum written (in the
/// files and on the wire) as the given texts, the list of those texts
/// (`$names`, for problems and the window's bindings), and the parse of
/// one, so that the loader turns a text into a value once and nothing
/// after it compares texts.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $names:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $text:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $name {
            $($(#[$variant_meta])* #[serde(rename = $text)] $variant,)+
        }

        #[doc = concat!("Every [`", stringify!($name), "`] as written.")]
        pub const $names: &[&str] = &[$($text,)+];

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();

            fn from_str(text: &str) -> Result<Self, ()> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text).ok_or(())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The kinds of question a procedure may ask.
    QuestionKind, QUESTION_TYPES {
        Text = "text",
        /// `YYYY-MM-DD`: deadlines run from these.
        Date = "date",
        /// One of the question's `options`.
        Choice = "choice",
        YesNo = "yes-no",
        /// Several lines, printed as a block in letters.
        Address = "address",
        /// In euros.
        Amount = "amount",
        PersonField = "person-field",
        /// One of the person's stored documents (its id): never read by a
        /// letter.
        Document = "document",
        /// A département, by code or name (`crate::courts::departement`):
        /// a court is looked up from it.
        Departement = "departement",
    }
}

/// Themes of the catalogue: data (`assets/vocabulary/themes.txt`), so a
/// new one needs no code; each has its message `theme-<theme>`.
pub use permanence_domain::THEMES;

vocabulary! {
    /// How a legal fact was verified (legal-reference.md): only verified
    /// facts are cited, so a loaded procedure holds no other status.
    LegalStatus, LEGAL_STATUSES {
        /// Against the article's own text (Légifrance or a verbatim mirror).
        VerifiedPrimary = "VERIFIED-P",
        /// Against a secondary public source that states or quotes the rule.
        VerifiedSecondary = "VERIFIED-S",
    }
}

vocabulary! {
    /// What a deadline's date is: the end of a silence that makes an
    /// implicit decision (never moved past a holiday), or the last day to
    /// act.
    DeadlineMeaning, DEADLINE_MEANINGS {
        /// Silence that counts as a refusal (a bank's, under the droit au
        /// compte).
        ImplicitRefusal = "implicit-refusal",
        /// Silence that counts as an administration's decision of rejection.
        ImplicitRejection = "implicit-rejection",
        /// Silence that counts as acceptance.
        ImplicitAcceptance = "implicit-acceptance",
        /// The last day to post an administrative recourse.
        RecourseDue = "recourse-due",
        /// The last day to go to court.
        CourtDue = "court-due",
        /// The last day for the authority to act or answer.
        AuthorityDue = "authority-due",
    }
}

impl DeadlineMeaning {
    /// An implicit decision arises on its day, weekend or not.
    pub fn is_implicit_decision(self) -> bool {
        matches!(
            self,
            Self::ImplicitRefusal | Self::ImplicitRejection | Self::ImplicitAcceptance
        )
    }
}

/// Person fields a question may be prefilled from.
pub const PERSON_FIELDS: &[&str] = &[
    "family_name",
    "given_names",
    "birth_date",
    "birth_place",
    "nationality",
    "address",
    "phone",
    "email",
    "domiciliation_organisation",
    "domiciliation_address",
    "domiciliation_expires_on",
];

/// `document:<kind>:expires_on`: prefill a date question from the expiry of
/// the person's latest stored document of that kind (e.g. an API).
pub fn document_prefill_kind(prefill: &str) -> Option<&str> {
    prefill
        .strip_prefix("document:")
        .and_then(|rest| rest.strip_suffix(":expires_on"))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    pub id: String,
    pub version: String,
    pub law_as_of: NaiveDate,
    /// One of [`THEMES`].
    pub theme: String,
    /// The dossier keeps a journal of dated attempts (failed appointments,
    /// blocked online service), exported as an annex.
    pub evidence_journal: bool,
    pub legal_basis: Vec<LegalBasis>,
    pub steps: Vec<Step>,
    pub documents: Vec<DocumentRule>,
    pub deadlines: Vec<DeadlineRule>,
    pub letters: Vec<LetterSpec>,
    pub outcomes: Vec<Outcome>,
    /// Named yes/no values computed from the answers, usable in every
    /// condition (`refus_constate` rather than repeating the same test).
    pub computed: Vec<Computed>,
    /// The courts its letters name, each looked up from a département.
    pub courts: Vec<CourtLookup>,
    /// Fluent source of `locales/<lang>/procedures/<id>.ftl`, per language
    /// (explanation sheets are formatted from it).
    pub texts: std::collections::BTreeMap<String, String>,
    /// Fluent source of `locales/fr/letters/<id>.ftl` (empty without letters).
    pub letter_texts: String,
}

vocabulary! {
    /// The kinds of court a démarche can look up (`[[courts]]`).
    CourtKind, COURT_KINDS {
        /// The tribunal administratif of the authority's département.
        Administratif = "administratif",
    }
}

/// `[[courts]]`: the court of `kind` for the département answered to
/// `departement` (a `departement` question); letters read `court-<id>`
/// and `court-<id>-address`. The address is the one the worker typed to
/// `address` (an `address` question) if any, else the courts data's; with
/// neither, the letter asks for that question.
#[derive(Debug, Clone, PartialEq)]
pub struct CourtLookup {
    pub id: String,
    pub kind: CourtKind,
    pub departement: String,
    pub address: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub id: String,
    /// Reads questions only (not other computed values): no cycles.
    pub when: Expr,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegalBasis {
    pub id: String,
    /// As it is cited in letters, e.g. `R312-6-1 CMF`.
    pub citation: String,
    /// Where the fact is established: a section of legal-reference.md.
    pub reference: String,
    /// VERIFIED-P or VERIFIED-S: unverified facts are never cited.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub status: LegalStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub options: Vec<String>,
    pub show_if: Option<Expr>,
    /// Must hold once answered; else the message [`crate::keys::invalid`].
    pub validate: Option<Expr>,
    /// A person field (see [`PERSON_FIELDS`]) or a stored document's expiry
    /// (`document:<kind>:expires_on`) that prefills the answer.
    pub prefill: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRule {
    pub id: String,
    pub required: bool,
    /// Required only when this holds.
    pub required_if: Option<Expr>,
    /// Kinds of stored document (domain `DOCUMENT_KINDS`) that satisfy it,
    /// so the checklist can tick what the person's record already holds.
    pub kinds: Vec<String>,
}

/// Where a deadline starts: an answer, a letter's posting or AR (recorded
/// on the frozen letter), or the due date of an earlier deadline (chains:
/// implicit rejection, then the court).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A `date` question.
    Question(String),
    /// `letter:<id>:sent`
    LetterSent(String),
    /// `letter:<id>:received` (the AR)
    LetterReceived(String),
    /// `deadline:<id>`, an earlier rule of the same procedure.
    Deadline(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Question(q) => write!(f, "{q}"),
            Source::LetterSent(l) => write!(f, "letter:{l}:sent"),
            Source::LetterReceived(l) => write!(f, "letter:{l}:received"),
            Source::Deadline(d) => write!(f, "deadline:{d}"),
        }
    }
}

/// While no source is known, a provisional start: e.g. the AR assumed
/// three working days after posting, shown as an assumption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumption {
    pub from: Source,
    /// `3wd`…
    pub duration: Duration,
}

/// A deadline stops running between two answered dates (a conciliation,
/// L146-10 CASF) and runs again for the days left.
#[derive(Debug, Clone, PartialEq)]
pub struct Suspension {
    /// Date questions: when the suspension began and ended.
    pub from: String,
    pub until: String,
    /// How the explanation names it (« la conciliation »).
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineRule {
    pub id: String,
    /// Sources in order of preference: the first one known is used.
    pub from: Vec<Source>,
    pub assume: Option<Assumption>,
    /// `15d` (calendar days), `2m` (months), `10wd` (working days).
    pub duration: Duration,
    /// Administrative-court deadline (délai franc).
    pub franc: bool,
    /// The rule applies only when this holds.
    pub when: Option<Expr>,
    /// When this does not hold, the decision gave no voies et délais: the
    /// deadline is not enforceable, with the 1-year ceiling (Czabaj).
    pub enforceable_if: Option<Expr>,
    /// How the explanation names the start (« notification », « réception »).
    pub event: String,
    pub meaning: DeadlineMeaning,
    pub suspend: Option<Suspension>,
}

impl DeadlineRule {
    pub fn is_implicit_decision(&self) -> bool {
        self.meaning.is_implicit_decision()
    }

    /// The question a worker answers to make this deadline known.
    pub fn first_question(&self) -> Option<&str> {
        self.from.iter().find_map(|s| match s {
            Source::Question(q) => Some(q.as_str()),
            _ => None,
        })
    }
}

/// A letter the procedure can produce. Its sentences are Fluent messages in
/// `locales/fr/letters/<procedure>.ftl` (letters go to French
/// administrations, so they are written in French only); its explanation
/// sheet is in `locales/<lang>/procedures/<procedure>.ftl`, in every
/// language. See assets/procedures/README.md for the message names.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterSpec {
    pub id: String,
    /// Offered only when this holds (e.g. the DASEN letter for collège).
    pub offer_if: Option<Expr>,
    /// Implicit decisions (deadline ids, `implicit-*`) the letter waits
    /// for: it is printed only from the day after the first one of them
    /// that applies has arisen (the Banque de France referral after the
    /// bank's 15 days of silence), unless `wait_unless` holds (a written
    /// refusal). Its legal precondition then exists; before, the letter
    /// would assert a silence that has not run.
    pub wait_for: Vec<String>,
    pub wait_unless: Option<Expr>,
    /// The deadline (`recourse-due` or `court-due`) by which this letter
    /// must be posted: its state (enforceable, not enforceable without
    /// voies et délais, past, suspended, nothing notified) is told on the
    /// explanation sheet.
    pub due_by: Option<String>,
    /// The person is left without schooling, care or income meanwhile:
    /// the sheet says to post it today…
    pub urgent_if: Option<Expr>,
    /// …and when to come back if nothing happens: the deadline of the
    /// answer (computed as if the letter were posted on the day printed,
    /// until its posting is recorded).
    pub follow_up: Option<String>,
    /// « Lettre recommandée avec accusé de réception » when this holds.
    pub registered_if: Option<Expr>,
    /// A text question holding the LRAR number, printed when answered.
    pub lrar_number: Option<String>,
    /// Lines under « Objet », each shown when its condition holds.
    pub references: Vec<Block>,
    pub paragraphs: Vec<Block>,
    /// Documents of the checklist listed as « Pièces jointes » when they
    /// are required at the time of printing.
    pub enclosures: Vec<String>,
    /// « Copie : » lines (e.g. the préfet).
    pub copies: Vec<String>,
}

/// A conditional part of a letter: message `…-<kind>-<id>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub id: String,
    pub show_if: Option<Expr>,
    /// Documents of the checklist this part says are enclosed (« je joins
    /// la décision »): listed under « Pièces jointes » whenever it is shown.
    pub encloses: Vec<String>,
}

/// The answers key under which a dossier keeps the worker's own choice of
/// enclosures: `{"ticked": [document ids], "added": ["named document"]}`.
/// No question may use it (checked at load).
pub const ENCLOSURES_ANSWER: &str = "_enclosures";

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub id: String,
    pub when: Option<Expr>,
}

impl Procedure {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().flat_map(|s| s.questions.iter())
    }
}
