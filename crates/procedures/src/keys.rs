//! The names of a procedure's Fluent messages, built in one place: the
//! loader requires them, the letters, the app and the CLI say them. Every
//! name starts with the procedure's id. The messages of a letter's own
//! parts are in the French letters file (`locales/fr/letters/<id>.ftl`),
//! the others in the procedure's texts in every language (see
//! assets/procedures/README.md). The window builds the same names in `ui/`.

/// The démarche's name in the catalogue.
pub fn title(procedure: &str) -> String {
    format!("{procedure}-title")
}

/// What the catalogue says of a démarche: its title, summary, audience
/// and search keywords.
pub fn catalogue(procedure: &str) -> [String; 4] {
    ["title", "summary", "audience", "keywords"].map(|part| format!("{procedure}-{part}"))
}

pub fn step(procedure: &str, step: &str) -> String {
    format!("{procedure}-step-{step}")
}

/// A question's label.
pub fn question(procedure: &str, question: &str) -> String {
    format!("{procedure}-q-{question}")
}

/// The label of one option of a choice.
pub fn option(procedure: &str, question: &str, option: &str) -> String {
    format!("{}-{option}", self::question(procedure, question))
}

/// Why an answer does not hold its `validate` condition.
pub fn invalid(procedure: &str, question: &str) -> String {
    format!("{}-invalid", self::question(procedure, question))
}

pub fn law(procedure: &str, basis: &str) -> String {
    format!("{procedure}-law-{basis}")
}

/// A document of the checklist.
pub fn document(procedure: &str, document: &str) -> String {
    format!("{procedure}-doc-{document}")
}

/// A deadline's label (« Recours au préfet »).
pub fn deadline(procedure: &str, rule: &str) -> String {
    format!("{procedure}-deadline-{rule}")
}

/// An outcome: what comes next.
pub fn outcome(procedure: &str, outcome: &str) -> String {
    format!("{procedure}-next-{outcome}")
}

/// A letter's name.
pub fn letter(procedure: &str, letter: &str) -> String {
    format!("{procedure}-letter-{letter}")
}

/// The sections of a letter's explanation sheet, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetPart {
    /// What the letter asks.
    Asks,
    /// To whom it goes.
    To,
    /// What happens next.
    Next,
    /// What to keep.
    Keep,
}

impl SheetPart {
    pub const ALL: [SheetPart; 4] = [Self::Asks, Self::To, Self::Next, Self::Keep];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asks => "asks",
            Self::To => "to",
            Self::Next => "next",
            Self::Keep => "keep",
        }
    }
}

/// A section of a letter's explanation sheet.
pub fn sheet(procedure: &str, letter: &str, part: SheetPart) -> String {
    format!("{procedure}-explain-{letter}-{}", part.as_str())
}

/// The sender block, the same for every letter of the procedure.
pub fn sender(procedure: &str) -> String {
    format!("{procedure}-letter-sender")
}

/// The signature block, the same for every letter of the procedure.
pub fn signature(procedure: &str) -> String {
    format!("{procedure}-letter-signature")
}

/// The parts every letter has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterPart {
    Recipient,
    Subject,
    Salutation,
    Closing,
}

impl LetterPart {
    pub const ALL: [LetterPart; 4] = [
        Self::Recipient,
        Self::Subject,
        Self::Salutation,
        Self::Closing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Recipient => "recipient",
            Self::Subject => "subject",
            Self::Salutation => "salutation",
            Self::Closing => "closing",
        }
    }
}

pub fn letter_part(procedure: &str, letter: &str, part: LetterPart) -> String {
    format!("{}-{}", self::letter(procedure, letter), part.as_str())
}

/// A line under « Objet » (`[[letters.references]]`).
pub fn reference(procedure: &str, letter: &str, reference: &str) -> String {
    format!("{}-ref-{reference}", self::letter(procedure, letter))
}

/// A paragraph (`[[letters.paragraphs]]`).
pub fn paragraph(procedure: &str, letter: &str, paragraph: &str) -> String {
    format!("{}-p-{paragraph}", self::letter(procedure, letter))
}

/// A « Copie : » line.
pub fn copy(procedure: &str, letter: &str, copy: &str) -> String {
    format!("{}-copy-{copy}", self::letter(procedure, letter))
}

/// How a document of the checklist is listed under « Pièces jointes ».
pub fn enclosure(procedure: &str, document: &str) -> String {
    format!("{procedure}-enclosure-{document}")
}

/// The Fluent variable holding a deadline's date in letters and sheets.
pub fn deadline_variable(rule: &str) -> String {
    format!("deadline-{rule}")
}

/// The name of the court a `[[courts]]` lookup finds, in letters.
pub fn court_variable(court: &str) -> String {
    format!("court-{court}")
}

/// The address block of that court's greffe.
pub fn court_address_variable(court: &str) -> String {
    format!("court-{court}-address")
}

/// Messages formatted with the dossier's answers: the letters' parts,
/// their names and sheets, the enclosure lines.
pub fn reads_answers(procedure: &str, key: &str) -> bool {
    key.strip_prefix(procedure)
        .and_then(|k| k.strip_prefix('-'))
        .is_some_and(|rest| {
            ["letter-", "explain-", "enclosure-"]
                .iter()
                .any(|kind| rest.starts_with(kind))
        })
}
