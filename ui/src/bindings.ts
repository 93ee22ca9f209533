// Generated from the Rust types by tests/tests/bindings.rs — do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p permanence-tests --test bindings
// Integers are SQLite row ids and counts, far below 2^53: numbers.

export type ActNowItem = { dossier_id: number, person_id: number, family_name: string, given_names: string, procedure_id: string, letter_id: string, rule_id: string, };
export type AppInfo = { version: string, data_dir: string, locales: Array<string>, };
export type Attempt = { id: number, on: string, at: string, channel: string, outcome: string, screenshot: ScreenshotSummary | null, 
/**
 * When it was recorded (the journal says so in the annex).
 */
recorded_at: string, };
export type AttemptForm = { 
/**
 * JJ/MM/AAAA (or ISO).
 */
date: string, 
/**
 * HH:MM (or HHhMM).
 */
time: string, channel: string, outcome: string, screenshot_name: string, screenshot_type: string, screenshot: Array<number>, };
export type AuditEntry = { seq: number, at: string, worker: string, action: string, subject: string, person_id: number | null, detail: string, hash: string, 
/**
 * The laptop of the team that wrote it ('' for this one's).
 */
laptop: string, };
export type AuditOverview = { entries: Array<AuditEntry>, total: number, intact: boolean, };
export type Authors = { created_by: string | null, updated_by: string | null, };
export type BackupInfo = { file_name: string, 
/**
 * `YYYYMMDDTHHMMSSZ`, taken from the name.
 */
stamp: string, size: number, };
export type BackupStatus = { backups: Array<BackupInfo>, last_error: ErrorReport | null, };
export type CatalogueItem = { id: string, version: string, theme: string, available: boolean, 
/**
 * Why it is unavailable: each problem with its file and line.
 */
problems: Array<string>, };
export type ChecklistItem = { id: string, required: boolean, 
/**
 * Ids of the person's stored documents of a matching kind, not expired.
 */
held: Array<number>, };
export type ClosedDossier = { id: number, person_id: number, family_name: string, given_names: string, procedure_id: string, closed_on: string, };
export type ConflictView = { id: string, 
/**
 * `persons`, `dossiers`…: with `field`, names the Fluent label.
 */
table: string, field: string, 
/**
 * The person the record belongs to, when there is one.
 */
person_id: number | null, 
/**
 * The démarche of a dossier's answer (`field` is `answers/<question>`).
 */
procedure_id: string | null, person_name: string, 
/**
 * The value in the record now (the more recent), as text.
 */
kept: string, kept_by: string, 
/**
 * The value set aside.
 */
other: string, other_by: string, resolved: boolean, };
export type Dashboard = { today: string, 
/**
 * Letters to post now although no deadline runs (a refusal never
 * notified in writing): no date to list them under, so first.
 */
act_now: Array<ActNowItem>, overdue: Array<DueItem>, this_week: Array<DueItem>, next_30_days: Array<DueItem>, later: Array<DueItem>, 
/**
 * More deadlines exist than the lines listed (a very large
 * installation): the counts are those of the lines shown.
 */
truncated: boolean, };
export type DeadlineState = { "state": "enforceable", due: string, } | { "state": "not-enforceable", advised: string, ceiling: string, } | { "state": "past", due: string, } | { "state": "suspended", since: string, days_left: number, safe: string, } | { "state": "nothing-notified" };
export type Distance = "overseas" | "abroad";
export type DocumentForm = { kind: string, title: string, media_type: string, bytes: Array<number>, expires_on: string, };
export type DocumentSummary = { id: number, kind: string, title: string, media_type: string, size: number, sha256: string, expires_on: string | null, };
export type DocumentView = { expiry: Expiry, id: number, kind: string, title: string, media_type: string, size: number, sha256: string, expires_on: string | null, };
export type Domiciliation = { organisation: string, address: string, expires_on: string | null, };
export type DossierDeadline = { rule: string, meaning: DeadlineMeaning, start: string, 
/**
 * The source used: a question id, `letter:<id>:received`…
 */
source: string, due: string, 
/**
 * Computed from an assumption, to be corrected when the fact is known.
 */
provisional: boolean, 
/**
 * The assumption, when provisional (an [`Step::Assumed`]).
 */
assumption: Step | null, 
/**
 * False when the decision gave no voies et délais.
 */
enforceable: boolean, 
/**
 * With no voies et délais: one year from the start (Czabaj).
 */
ceiling: string | null, 
/**
 * Stopped and not running again yet (a conciliation under way): since
 * when, and the days that were left then. `due` stays the date
 * without the suspension, the safe one.
 */
suspended: Suspended | null, 
/**
 * Step by step, as data: said in the worker's language through
 * Fluent (`deadline-step-*`).
 */
explanation: Array<Step>, };
export type DossierListItem = { id: number, person_id: number, family_name: string, given_names: string, procedure_id: string, status: string, opened_on: string, };
export type DossierSummary = { id: number, procedure_id: string, status: string, opened_on: string, closed_on: string | null, };
export type DueItem = { dossier_id: number, person_id: number, family_name: string, given_names: string, procedure_id: string, rule_id: string, due_on: string, provisional: boolean, 
/**
 * The start, source, meaning, assumption, enforceability and ceiling
 * (JSON), as computed.
 */
inputs: { meaning: DeadlineMeaning, start: string, source: string, assumption: Step | null, enforceable: boolean, ceiling: string | null, suspended?: Suspended | null }, 
/**
 * How the date was reached, step by step (stored as JSON).
 */
explanation: Array<Step>, };
export type DuplicateSide = { id: number, display_name: string, birth_date: string | null, dossiers: number, };
export type DuplicateView = { a: DuplicateSide, b: DuplicateSide, };
export type ErasureCounts = { dossiers: number, documents: number, letters: number, events: number, deadlines: number, drafts: number, };
export type ErasurePreview = { person_id: number, display_name: string, counts: ErasureCounts, 
/**
 * The démarches' ids, one per dossier (the UI names them).
 */
procedures: Array<string>, 
/**
 * Backups that may still hold the person until rotated out.
 */
backups_kept: number, };
export type ErrorReport = { code: string, message: string, problems: Array<ProblemReport>, 
/**
 * Seconds before the passphrase may be tried again.
 */
retry_after: number | null, };
export type EventSummary = { id: number, dossier_id: number, kind: string, occurred_on: string, tracking_number: string | null, };
export type ExchangeView = { changes_written: number, packets_read: number, changes_applied: number, new_conflicts: number, open_conflicts: number, };
export type Expiry = { "state": "none" } | { "state": "valid", days_left: number, } | { "state": "soon", days_left: number, } | { "state": "expired", days_ago: number, };
export type FrozenLetter = { id: number, dossier_id: number, letter_id: string, procedure_version: string, law_as_of: string, language: string, explain_language: string | null, sha256: string, size: number, 
/**
 * RFC 3339 instant of the generation.
 */
frozen_at: string, 
/**
 * One of [`LETTER_STATUSES`].
 */
status: "printed" | "sent" | "received", tracking_number: string | null, sent_on: string | null, received_on: string | null, };
export type Holiday = "new-year" | "easter-monday" | "labour-day" | "victory-1945" | "ascension" | "whit-monday" | "national-day" | "assumption" | "all-saints" | "armistice-1918" | "christmas" | "good-friday" | "saint-stephen" | "abolition-of-slavery";
export type InterviewView = { dossier_id: number, person_id: number, procedure_id: string, 
/**
 * None: every question has been through; show the review.
 */
question: QuestionView | null, progress: Progress, answers: { [key in string]?: JsonValue }, 
/**
 * The documents checklist, each line with the person's stored
 * documents that satisfy it (valid on the day).
 */
checklist: Array<ChecklistItem>, 
/**
 * The person's stored documents, for `document` questions (answered
 * with a document id, as text).
 */
person_documents: Array<DocumentSummary>, 
/**
 * Question id → its kind, so the review shows each answer properly.
 */
kinds: { [key in string]?: string }, legal_basis: Array<LegalBasis>, 
/**
 * The démarche keeps a journal of attempts (préfecture, ANEF).
 */
evidence_journal: boolean, 
/**
 * `open` or `closed`, with the dates (the review closes and reopens).
 */
status: string, opened_on: string, closed_on: string | null, 
/**
 * Questions answered differently on two laptops of the team, not
 * chosen yet: the answer shown is the more recent, marked.
 */
conflicted: Array<string>, };
export type JournalSpan = { attempts: number, 
/**
 * Distinct ISO weeks (Monday to Sunday) holding an attempt.
 */
weeks: number, first: string | null, last: string | null, 
/**
 * At least [`MIN_WEEKS`] different weeks.
 */
enough: boolean, };
export type JournalView = { dossier_id: number, attempts: Array<Attempt>, span: JournalSpan, min_weeks: number, };
export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]?: JsonValue } | null;
export type Language = "fr" | "en" | "ar";
export type LegalBasis = { id: string, 
/**
 * As it is cited in letters, e.g. `R312-6-1 CMF`.
 */
citation: string, 
/**
 * Where the fact is established: a section of legal-reference.md.
 */
reference: string, 
/**
 * VERIFIED-P or VERIFIED-S: unverified facts are never cited.
 */
status: string, };
export type LetterItem = { letter_id: string, offered: boolean, 
/**
 * Offered but not yet printable: its precondition (a silence that
 * becomes a refusal) has not happened yet.
 */
waiting: Waiting | null, 
/**
 * Where the deadline to post it stands today (`due_by`): the same five
 * states the person's sheet tells.
 */
due: DeadlineState | null, 
/**
 * That deadline is a court's: what counts is the day the requête
 * reaches the greffe, not the postmark.
 */
due_at_court: boolean, frozen: Array<FrozenLetter>, };
export type LetterPreview = { dossier_id: number, procedure_id: string, letter_id: string, 
/**
 * Answers still needed; when not empty there are no pages.
 */
missing: Array<MissingAnswer>, 
/**
 * Too early for this letter: no pages, and from when.
 */
waiting: Waiting | null, 
/**
 * One SVG image per page, letter then explanation sheet.
 */
pages: Array<string>, };
export type MissingAnswer = { question: string, step: string, };
export type Move = "back" | "forward" | "review";
export type Origin = "answer" | "letter-sent" | "letter-received" | "deadline";
export type PeerView = { installation: string, label: string, 
/**
 * The day it last wrote to the folder (its own clock).
 */
last_written_on: string | null, 
/**
 * Days since, from today.
 */
days: number | null, 
/**
 * Silent for more than [`TEAM_SILENT_DAYS`].
 */
silent: boolean, };
export type Person = { id: number, 
/**
 * RFC 3339 instants, supplied by the caller (no clock below the shell).
 */
created_at: string, updated_at: string, family_name: string, given_names: string, 
/**
 * Other spellings and transliterations (Mohamed / Muhammad / Mohammed,
 * a name in Arabic script…), all searched.
 */
alt_names: Array<string>, birth_date: string | null, birth_place: string, nationality: string, languages: Array<string>, phone: string, email: string, address: string, domiciliation: Domiciliation | null, notes: string, };
export type PersonForm = { family_name: string, given_names: string, 
/**
 * One spelling per line.
 */
alt_names: string, birth_date: string, birth_place: string, nationality: string, 
/**
 * Comma-separated.
 */
languages: string, phone: string, email: string, address: string, domiciliation_organisation: string, domiciliation_address: string, domiciliation_expires_on: string, notes: string, };
export type PersonSummary = { id: number, family_name: string, given_names: string, alt_names: Array<string>, birth_date: string | null, };
export type PersonView = { person: Person, form: PersonForm, display_name: string, domiciliation_expiry: Expiry, dossiers: Array<DossierSummary>, events: Array<EventSummary>, documents: Array<DocumentView>, 
/**
 * Who created the record and who changed it last.
 */
authors: Authors, 
/**
 * Fields changed on two laptops of the team, not chosen yet: the
 * value shown is the more recent, marked (Paramètres → Équipe).
 */
conflicted_fields: Array<string>, };
export type ProblemReport = { field: string, code: string, message: string, };
export type Progress = { 
/**
 * The first visible required question not yet answered, else the first
 * visible question not yet answered, else none (go to the review).
 */
next: string | null, 
/**
 * Visible required questions answered, out of all visible required.
 */
answered: number, required: number, 
/**
 * Visible required questions still unanswered, in order.
 */
missing: Array<string>, 
/**
 * Visible questions in order (what back/forward walks through).
 */
visible: Array<string>, 
/**
 * The documents checklist: (document id, required now).
 */
documents: Array<[string, boolean]>, 
/**
 * Outcomes whose condition holds, in file order.
 */
outcomes: Array<string>, };
export type QuestionView = { id: string, kind: string, required: boolean, options: Array<string>, answer: JsonValue, 
/**
 * 1-based position among the visible questions, and their count.
 */
position: number, total: number, };
export type RetentionReview = { months: number, 
/**
 * Dossiers closed before this day are listed.
 */
closed_before: string, dossiers: Array<ClosedDossier>, };
export type ScreenshotSummary = { document_id: number, title: string, media_type: string, size: number, };
export type Settings = { 
/**
 * Language of the interface.
 */
language: Language, 
/**
 * The worker's structure, printed on letters as « rédigé avec l'aide
 * de … » (e.g. « l'association Exemple »); empty: no such line.
 */
organisation: string, 
/**
 * Town printed before the date of letters (« Saint-Denis, le … »);
 * empty: « Le … » alone.
 */
place: string, 
/**
 * Holiday calendar for deadlines (where the permanence works).
 */
zone: Zone, 
/**
 * Remind the worker of deadlines due within this many days.
 */
reminder_days: number, 
/**
 * Lock after this many minutes without input.
 */
lock_after_minutes: number, 
/**
 * Closed dossiers older than this many months are listed for review.
 */
retention_months: number, };
export type Skipped = { day: string, holiday: Holiday | null, };
export type Step = { "kind": "count", event: string, start: string, amount: number, unit: Unit, distance: Distance | null, end: string, missing_day: number | null, } | { "kind": "franc", end: string, } | { "kind": "franc-after-month-end" } | { "kind": "moved-forward", skipped: Array<Skipped>, due: string, } | { "kind": "suspended", reason: string, from: string, until: string, days_left: number, end: string, } | { "kind": "suspension-running", reason: string, since: string, } | { "kind": "assumed", event: string, assumed: string, origin: Origin, base: string, amount: number, unit: Unit, } | { "kind": "not-enforceable", ceiling: string, act_by: string, };
export type Strength = { 
/**
 * 0 (very weak) to 4 (strong).
 */
score: number, acceptable: boolean, 
/**
 * Names the Fluent message `passphrase-hint-<hint>`.
 */
hint: string, };
export type Suspended = { since: string, days_left: number, };
export type TeamView = { label: string, folder: string, 
/**
 * Changes made here, not yet in the folder.
 */
pending: number, 
/**
 * Restored from a backup: join again before exchanging.
 */
must_join: boolean, peers: Array<PeerView>, open_conflicts: number, silent_after_days: number, };
export type Unit = "days" | "months" | "working-days";
export type VaultStatus = { exists: boolean, unlocked: boolean, 
/**
 * Profiles exist and nobody is signed in: ask who is there.
 */
sign_in_required: boolean, 
/**
 * The signed-in worker.
 */
worker: Worker | null, };
export type Waiting = { 
/**
 * The deadline waited for (its label: `<procedure>-deadline-<rule>`).
 */
rule: string, 
/**
 * The first day the letter can be printed, when the silence's start
 * is known.
 */
from: string | null, 
/**
 * The first day estimated from an assumed AR, when it is not known.
 */
estimate: string | null, };
export type Worker = { id: number, name: string, };
export type Zone = "metropole" | "alsace-moselle" | "guadeloupe" | "martinique" | "guyane" | "reunion" | "mayotte" | "saint-barthelemy" | "saint-martin";

/** Holiday calendars of deadlines (Paramètres). */
export const ZONES = ["metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "saint-barthelemy", "saint-martin"] as const;
/** Languages of the interface and of the sheets. */
export const LANGUAGES = ["fr", "en", "ar"] as const;
/** Kinds of a person's documents (data: assets/vocabulary/document-kinds.txt). */
export const DOCUMENT_KINDS = ["titre-sejour", "recepisse", "api", "attestation-domiciliation", "passeport", "decision", "accuse-reception", "courrier", "autre"] as const;
/** Every action the audit journal records (each has `audit-action-<action>` in every locale). */
export const AUDIT_ACTIONS = ["open", "create", "change", "print", "export", "erase", "purge", "restore", "sign-in", "merge"] as const;
/** Channels of an attempt in the evidence journal. */
export const JOURNAL_CHANNELS = ["anef", "rendez-vous", "email", "telephone", "guichet", "ccc", "pan", "courrier"] as const;
/** Themes of the catalogue of démarches (data: assets/vocabulary/themes.txt). */
export const THEMES = ["sejour", "caf", "sante", "banque", "ecole", "handicap", "emploi", "droits"] as const;
/** Suggestions for a `departement` question, as the courts data reads them (data: assets/courts/departements.txt). */
export const DEPARTEMENTS = ["Ain (01)", "Aisne (02)", "Allier (03)", "Alpes-de-Haute-Provence (04)", "Hautes-Alpes (05)", "Alpes-Maritimes (06)", "Ardèche (07)", "Ardennes (08)", "Ariège (09)", "Aube (10)", "Aude (11)", "Aveyron (12)", "Bouches-du-Rhône (13)", "Calvados (14)", "Cantal (15)", "Charente (16)", "Charente-Maritime (17)", "Cher (18)", "Corrèze (19)", "Corse-du-Sud (2A)", "Haute-Corse (2B)", "Côte-d'Or (21)", "Côtes-d'Armor (22)", "Creuse (23)", "Dordogne (24)", "Doubs (25)", "Drôme (26)", "Eure (27)", "Eure-et-Loir (28)", "Finistère (29)", "Gard (30)", "Haute-Garonne (31)", "Gers (32)", "Gironde (33)", "Hérault (34)", "Ille-et-Vilaine (35)", "Indre (36)", "Indre-et-Loire (37)", "Isère (38)", "Jura (39)", "Landes (40)", "Loir-et-Cher (41)", "Loire (42)", "Haute-Loire (43)", "Loire-Atlantique (44)", "Loiret (45)", "Lot (46)", "Lot-et-Garonne (47)", "Lozère (48)", "Maine-et-Loire (49)", "Manche (50)", "Marne (51)", "Haute-Marne (52)", "Mayenne (53)", "Meurthe-et-Moselle (54)", "Meuse (55)", "Morbihan (56)", "Moselle (57)", "Nièvre (58)", "Nord (59)", "Oise (60)", "Orne (61)", "Pas-de-Calais (62)", "Puy-de-Dôme (63)", "Pyrénées-Atlantiques (64)", "Hautes-Pyrénées (65)", "Pyrénées-Orientales (66)", "Bas-Rhin (67)", "Haut-Rhin (68)", "Rhône (69)", "Haute-Saône (70)", "Saône-et-Loire (71)", "Sarthe (72)", "Savoie (73)", "Haute-Savoie (74)", "Paris (75)", "Seine-Maritime (76)", "Seine-et-Marne (77)", "Yvelines (78)", "Deux-Sèvres (79)", "Somme (80)", "Tarn (81)", "Tarn-et-Garonne (82)", "Var (83)", "Vaucluse (84)", "Vendée (85)", "Vienne (86)", "Haute-Vienne (87)", "Vosges (88)", "Yonne (89)", "Territoire de Belfort (90)", "Essonne (91)", "Hauts-de-Seine (92)", "Seine-Saint-Denis (93)", "Val-de-Marne (94)", "Val-d'Oise (95)", "Guadeloupe (971)", "Martinique (972)", "Guyane (973)", "La Réunion (974)", "Mayotte (976)", "Saint-Pierre-et-Miquelon (975)", "Saint-Barthélemy (977)", "Saint-Martin (978)", "Wallis-et-Futuna (986)", "Polynésie française (987)", "Nouvelle-Calédonie (988)"] as const;
/** What a deadline's date is. */
export const DEADLINE_MEANINGS = ["implicit-refusal", "implicit-rejection", "implicit-acceptance", "recourse-due", "court-due", "authority-due"] as const;
/** A frozen letter: printed, then sent, then received. */
export const LETTER_STATUSES = ["printed", "sent", "received"] as const;
/** Different calendar weeks of attempts before the journal stops warning. */
export const JOURNAL_MIN_WEEKS = 3;
/** Longest « what happened » of an attempt. */
export const MAX_OUTCOME_CHARS = 2000;
/** Shortest PIN of a worker profile. */
export const MIN_PIN_CHARS = 4;
/** Longest name of a worker profile. */
export const MAX_WORKER_NAME_CHARS = 80;
/** Shortest passphrase accepted. */
export const MIN_PASSPHRASE_CHARS = 10;
/** Wrong passphrases or PINs before a wait. */
export const FREE_UNLOCK_ATTEMPTS = 3;
/** Longest wait after wrong passphrases or PINs. */
export const MAX_UNLOCK_DELAY_SECONDS = 300;
/** Entries of the whole journal shown in Paramètres. */
export const RECENT_AUDIT_LIMIT = 200;
/** The answers' key holding the worker's own enclosures. */
export const ENCLOSURES_ANSWER = "_enclosures";
/** Reminders of deadlines due within this many days. */
export const REMINDER_DAYS_RANGE = { min: 1, max: 90 } as const;
/** Minutes without input before locking. */
export const LOCK_MINUTES_RANGE = { min: 1, max: 240 } as const;
/** Months a closed dossier is kept before review. */
export const RETENTION_MONTHS_RANGE = { min: 1, max: 120 } as const;
/** What a deadline's date is (one of DEADLINE_MEANINGS). */
export type DeadlineMeaning = (typeof DEADLINE_MEANINGS)[number];
