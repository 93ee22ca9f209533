// The only way the UI talks to Rust: typed wrappers over the shell's
// commands. Outside the desktop window (unit tests, `npm run dev` in a
// plain browser) the in-memory stand-in of `testing/memory.ts` answers
// instead; it is never part of the production bundle (see main.tsx).
import { invoke } from '@tauri-apps/api/core';

import type { Lang } from './i18n';

export interface AppInfo {
  version: string;
  data_dir: string;
  locales: string[];
}

export interface Settings {
  language: Lang;
  /** The worker's structure, printed « Courrier rédigé avec l'aide de … ». */
  organisation: string;
  /** Town printed before the date of letters. */
  place: string;
  /** Holiday calendar of deadlines (one of ZONES). */
  zone: string;
  /** Reminders for deadlines due within this many days (1–90). */
  reminder_days: number;
  /** Lock after this many minutes without input (1–240). */
  lock_after_minutes: number;
  /** Closed dossiers older than this many months are listed for review (1–120). */
  retention_months: number;
}

/** Holiday calendars, as the domain crate names them. */
export const ZONES = [
  'metropole',
  'alsace-moselle',
  'guadeloupe',
  'martinique',
  'guyane',
  'reunion',
  'mayotte',
  'saint-barthelemy',
  'saint-martin',
] as const;

/** A worker's profile: their name (PINs never leave the shell). */
export interface Worker {
  id: number;
  name: string;
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  /** Profiles exist and nobody is signed in: every record command fails
   * with `sign-in-required` until a worker signs in. */
  sign_in_required?: boolean;
  /** The signed-in worker (null before any profile, or signed out). */
  worker?: Worker | null;
}

export interface Strength {
  score: number;
  acceptable: boolean;
  hint: string;
}

/** The person form, as typed (dates as text, lists as lines/commas). */
export interface PersonForm {
  family_name: string;
  given_names: string;
  alt_names: string;
  birth_date: string;
  birth_place: string;
  nationality: string;
  languages: string;
  phone: string;
  email: string;
  address: string;
  domiciliation_organisation: string;
  domiciliation_address: string;
  domiciliation_expires_on: string;
  notes: string;
}

export const EMPTY_FORM: PersonForm = {
  family_name: '',
  given_names: '',
  alt_names: '',
  birth_date: '',
  birth_place: '',
  nationality: '',
  languages: '',
  phone: '',
  email: '',
  address: '',
  domiciliation_organisation: '',
  domiciliation_address: '',
  domiciliation_expires_on: '',
  notes: '',
};

export interface PersonSummary {
  id: number;
  family_name: string;
  given_names: string;
  alt_names: string[];
  birth_date: string | null;
}

export type Expiry =
  | { state: 'none' }
  | { state: 'valid'; days_left: number }
  | { state: 'soon'; days_left: number }
  | { state: 'expired'; days_ago: number };

export interface DocumentView {
  id: number;
  kind: string;
  title: string;
  media_type: string;
  size: number;
  sha256: string;
  expires_on: string | null;
  expiry: Expiry;
}

export interface DossierSummary {
  id: number;
  procedure_id: string;
  status: string;
  opened_on: string;
  closed_on: string | null;
}

export interface EventSummary {
  id: number;
  dossier_id: number;
  kind: string;
  occurred_on: string;
  tracking_number: string | null;
}

/** Who created a record and who changed it last (null: before profiles,
 * or a worker since removed). */
export interface Authors {
  created_by: string | null;
  updated_by: string | null;
}

export interface PersonView {
  person: { id: number; created_at: string; updated_at: string };
  authors?: Authors;
  form: PersonForm;
  display_name: string;
  domiciliation_expiry: Expiry;
  dossiers: DossierSummary[];
  events: EventSummary[];
  documents: DocumentView[];
}

export interface DocumentForm {
  kind: string;
  title: string;
  media_type: string;
  bytes: number[];
  expires_on: string;
}

/** Document types offered, as in the domain crate (DOCUMENT_KINDS). */
export const DOCUMENT_KINDS = [
  'titre-sejour',
  'recepisse',
  'api',
  'attestation-domiciliation',
  'passeport',
  'decision',
  'accuse-reception',
  'courrier',
  'autre',
] as const;

export interface BackupInfo {
  file_name: string;
  /** YYYYMMDDTHHMMSSZ (UTC) */
  stamp: string;
  size: number;
}

export interface BackupStatus {
  backups: BackupInfo[];
  last_error: CommandError | null;
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** Error shape returned by every command: branch on `code`, show `message`. */
export interface CommandError {
  code: string;
  message: string;
  problems?: FieldProblem[];
  /** `wrong-passphrase-wait`, `wrong-pin-wait` and `unlock-wait`: seconds
   * before the passphrase or PIN may be tried again. */
  retry_after?: number;
}

export function isCommandError(e: unknown): e is CommandError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

export function toCommandError(e: unknown): CommandError {
  return isCommandError(e) ? e : { code: 'internal', message: String(e) };
}

export interface CatalogueItem {
  id: string;
  version: string;
  theme: string;
  available: boolean;
  problems: string[];
}

export interface QuestionView {
  id: string;
  kind: string;
  required: boolean;
  options: string[];
  answer: unknown;
  position: number;
  total: number;
}

export interface InterviewView {
  dossier_id: number;
  person_id: number;
  procedure_id: string;
  question: QuestionView | null;
  progress: {
    next: string | null;
    answered: number;
    required: number;
    missing: string[];
    visible: string[];
    documents: [string, boolean][];
    outcomes: string[];
  };
  answers: Record<string, unknown>;
  checklist: { id: string; required: boolean; held: number[] }[];
  person_documents: { id: number; kind: string; title: string; expires_on: string | null }[];
  kinds: Record<string, string>;
  legal_basis: { id: string; citation: string; reference: string; status: string }[];
  /** The démarche keeps a journal of attempts (préfecture, ANEF). */
  evidence_journal: boolean;
  /** `open` or `closed`, with the dates. */
  status?: string;
  opened_on?: string;
  closed_on?: string | null;
}

/** How an attempt was made, as the domain crate names them (CHANNELS):
 * `ccc` the ANTS contact centre, `pan` a point d'accueil numérique. */
export const JOURNAL_CHANNELS = ['anef', 'rendez-vous', 'email', 'telephone', 'guichet', 'ccc', 'pan', 'courrier'] as const;

/** Different calendar weeks (Monday to Sunday) the attempts must span. */
export const JOURNAL_MIN_WEEKS = 3;

/** Longest account of one attempt (as the Rust side). */
export const MAX_OUTCOME_CHARS = 2000;

/** An attempt as typed in « Noter une tentative ». */
export interface AttemptForm {
  /** JJ/MM/AAAA as typed. */
  date: string;
  /** HH:MM or 14h30, as typed. */
  time: string;
  channel: string;
  outcome: string;
  screenshot_name: string;
  screenshot_type: string;
  /** The file's bytes; empty for no screenshot. */
  screenshot: number[];
}

export interface ScreenshotSummary {
  document_id: number;
  title: string;
  media_type: string;
  size: number;
}

export interface Attempt {
  id: number;
  /** AAAA-MM-JJ */
  on: string;
  /** HH:MM */
  at: string;
  channel: string;
  outcome: string;
  screenshot: ScreenshotSummary | null;
  /** RFC 3339, when it was noted. */
  recorded_at: string;
}

export interface JournalSpan {
  attempts: number;
  /** Distinct calendar weeks (Monday to Sunday) holding an attempt. */
  weeks: number;
  /** AAAA-MM-JJ */
  first: string | null;
  /** AAAA-MM-JJ */
  last: string | null;
  /** At least `min_weeks` different weeks. */
  enough: boolean;
}

/** A dossier's journal: attempts in chronological order, what they show. */
export interface JournalView {
  dossier_id: number;
  attempts: Attempt[];
  span: JournalSpan;
  min_weeks: number;
}

export type Move = 'back' | 'forward' | 'review';

export interface DossierListItem {
  id: number;
  person_id: number;
  family_name: string;
  given_names: string;
  procedure_id: string;
  status: string;
  opened_on: string;
}

/** The explanation sheet for the person, after the letter: its language. */
export type ExplainLang = Lang;

export type LetterStatus = 'printed' | 'sent' | 'received';

/** A letter as printed: its PDF bytes are kept and never regenerated. */
export interface FrozenLetter {
  id: number;
  dossier_id: number;
  letter_id: string;
  procedure_version: string;
  /** AAAA-MM-JJ */
  law_as_of: string;
  language: string;
  explain_language: string | null;
  sha256: string;
  size: number;
  /** RFC 3339, the worker's local time. */
  frozen_at: string;
  status: LetterStatus;
  tracking_number: string | null;
  sent_on: string | null;
  received_on: string | null;
}

/** A letter the démarche declares: does it fit the answers, and its
 * printed copies (oldest first). */
export interface LetterItem {
  letter_id: string;
  offered: boolean;
  /** Offered but too early: the silence it relies on has not run yet. */
  waiting: Waiting | null;
  /** Where the deadline to post it stands today (five states, as on the
   * person's sheet); null when the letter has none. */
  due?: DueState | null;
  frozen: FrozenLetter[];
}

/** The state of a letter's deadline (dates AAAA-MM-JJ). */
export type DueState =
  | { state: 'enforceable'; due: string }
  | { state: 'not-enforceable'; advised: string; ceiling: string }
  | { state: 'past'; due: string }
  | { state: 'suspended'; since: string; days_left: number; safe: string }
  | { state: 'nothing-notified' };

/** Why a letter cannot go out yet: the deadline waited for (its label is
 * `<procedure>-deadline-<rule>`) and the first day it can (AAAA-MM-JJ), or,
 * when the silence's start is not known, an estimate from an assumed AR. */
export interface Waiting {
  rule: string;
  from: string | null;
  estimate: string | null;
}

/** The worker's own choice of enclosures, kept with the answers. */
export const ENCLOSURES_ANSWER = '_enclosures';
export interface EnclosureChoice {
  ticked: string[];
  added: string[];
}

/** The choice as stored in the answers (absent or malformed: nothing). */
export function enclosureChoice(answers: Record<string, unknown>): EnclosureChoice {
  const raw = answers[ENCLOSURES_ANSWER] as Partial<EnclosureChoice> | undefined;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { ticked: list(raw?.ticked), added: list(raw?.added) };
}

export interface MissingAnswer {
  question: string;
  step: string;
}

/** The pages as they would print now (SVG documents), or, when `missing`
 * is not empty, no pages and the answers still needed. */
export interface LetterPreview {
  dossier_id: number;
  procedure_id: string;
  letter_id: string;
  missing: MissingAnswer[];
  /** Too early for this letter: no pages, and from when. */
  waiting: Waiting | null;
  pages: string[];
}

export type DeadlineMeaning = 'implicit-refusal' | 'implicit-rejection' | 'implicit-acceptance' | 'recourse-due' | 'court-due' | 'authority-due';

/** One deadline of a dossier, as computed now (the chain of its timeline). */
export interface DossierDeadline {
  rule: string;
  meaning: DeadlineMeaning;
  /** AAAA-MM-JJ */
  start: string;
  /** Where the start comes from: a question id, `letter:<id>:sent`,
   * `letter:<id>:received` or `deadline:<rule>`. */
  source: string;
  /** AAAA-MM-JJ */
  due: string;
  /** Computed from an assumption, to be corrected when the fact is known. */
  provisional: boolean;
  /** The assumption, in French, when provisional. */
  assumption: string | null;
  /** False when the decision gave no voies et délais. */
  enforceable: boolean;
  /** With no voies et délais: the one-year limit (AAAA-MM-JJ). */
  ceiling: string | null;
  /** Stopped by a conciliation under way: since when, the days left. */
  suspended?: Suspended | null;
  /** Step by step, in French, steps separated by « ; ». */
  explanation: string;
}

/** A deadline stopped (a conciliation under way) and not running again
 * yet: since when (AAAA-MM-JJ), and the days that were left then. */
export interface Suspended {
  since: string;
  days_left: number;
}

/** A line of the Échéances screen: whose it is and what is due. */
export interface DueItem {
  dossier_id: number;
  person_id: number;
  family_name: string;
  given_names: string;
  procedure_id: string;
  rule_id: string;
  /** AAAA-MM-JJ */
  due_on: string;
  provisional: boolean;
  inputs: {
    meaning: DeadlineMeaning;
    start: string;
    source: string;
    assumption: string | null;
    enforceable: boolean;
    ceiling: string | null;
    suspended?: Suspended | null;
  };
  explanation: string;
}

/** A letter to post now although no deadline runs: its decision was
 * never notified in writing (an oral refusal, a refusal at the counter). */
export interface ActNowItem {
  dossier_id: number;
  person_id: number;
  family_name: string;
  given_names: string;
  procedure_id: string;
  letter_id: string;
  /** The deadline that does not run. */
  rule_id: string;
}

/** Every open dossier's deadlines around `today`, grouped. */
export interface Dashboard {
  /** AAAA-MM-JJ, the shell's day. */
  today: string;
  /** Letters to post now, with no date to list them under. */
  act_now: ActNowItem[];
  overdue: DueItem[];
  this_week: DueItem[];
  next_30_days: DueItem[];
  later: DueItem[];
  /** More deadlines exist than the lines listed: counts are of the lines shown. */
  truncated?: boolean;
}

/** One line of the audit journal (oldest first from the shell). */
export interface AuditEntry {
  seq: number;
  /** RFC 3339, the worker's local time. */
  at: string;
  /** The signed-in worker's name ('' before profiles). */
  worker: string;
  /** open, create, change, print, export, erase, purge, restore… */
  action: string;
  /** `person:<id>`, `dossier:<id>` or `database`. */
  subject: string;
  person_id: number | null;
  /** What, without the data itself: `answer <question>`,
   * `letter:<frozen id> <letter id>`, `letter:<frozen id> pdf`,
   * `document <kind>`, `gdpr export`, `closed`… */
  detail: string;
  hash: string;
}

/** The latest lines of the whole audit journal, and whether its hash
 * chain still holds. */
export interface RecentAudit {
  /** Newest first, at most RECENT_AUDIT_LIMIT. */
  entries: AuditEntry[];
  /** Entries in the whole journal. */
  total: number;
  /** False when an entry was changed or removed outside Permanence
   * (`permanence audit verify` says which). */
  intact: boolean;
}

/** Most entries `recent_audit` returns (as the shell). */
export const RECENT_AUDIT_LIMIT = 200;

/** What erasing a person removes (as the store counts it). */
export interface ErasureCounts {
  dossiers: number;
  documents: number;
  letters: number;
  events: number;
  deadlines: number;
  drafts: number;
}

export interface ErasurePreview {
  person_id: number;
  display_name: string;
  counts: ErasureCounts;
  /** The démarche of each dossier (its title is `<id>-title`). */
  procedures: string[];
  /** Encrypted backups that may still hold the person until replaced. */
  backups_kept: number;
}

export interface ClosedDossier {
  id: number;
  person_id: number;
  family_name: string;
  given_names: string;
  procedure_id: string;
  /** AAAA-MM-JJ */
  closed_on: string;
}

/** Closed dossiers kept longer than the retention of Paramètres. */
export interface RetentionReview {
  months: number;
  /** AAAA-MM-JJ: dossiers closed before this day are listed. */
  closed_before: string;
  dossiers: ClosedDossier[];
}

export interface Backend {
  appInfo(): Promise<AppInfo>;
  startDemarche(personId: number, procedureId: string): Promise<InterviewView>;
  listDossiers(): Promise<DossierListItem[]>;
  getInterview(dossierId: number): Promise<InterviewView>;
  answerQuestion(dossierId: number, questionId: string, value: unknown): Promise<InterviewView>;
  moveInterview(dossierId: number, from: string | null, movement: Move): Promise<InterviewView>;
  editAnswer(dossierId: number, questionId: string): Promise<InterviewView>;
  /** Optional checklist documents ticked and documents added by name, for
   * « Pièces jointes ». */
  setEnclosures(dossierId: number, ticked: string[], added: string[]): Promise<InterviewView>;
  listLetters(dossierId: number): Promise<LetterItem[]>;
  previewLetter(dossierId: number, letterId: string, explain: ExplainLang | null): Promise<LetterPreview>;
  freezeLetter(dossierId: number, letterId: string, explain: ExplainLang | null): Promise<FrozenLetter>;
  frozenLetterPages(id: number): Promise<string[]>;
  /** Writes the frozen PDF into Documents/Permanence; returns its path. */
  saveLetterPdf(id: number): Promise<string>;
  /** `sentOn` as typed (JJ/MM/AAAA); the LRAR number may be empty. */
  markLetterSent(id: number, sentOn: string, trackingNumber: string): Promise<FrozenLetter>;
  markLetterReceived(id: number, receivedOn: string): Promise<FrozenLetter>;
  listProcedures(): Promise<CatalogueItem[]>;
  getSettings(): Promise<Settings>;
  setLanguage(code: Lang): Promise<Settings>;
  setLetterhead(organisation: string, place: string): Promise<Settings>;
  setDeadlineSettings(zone: string, reminderDays: number): Promise<Settings>;
  /** Minutes without input before locking, and months before closed
   * dossiers are listed for review; each kept within its range. */
  setPrivacySettings(lockAfterMinutes: number, retentionMonths: number): Promise<Settings>;
  /** Seconds without input before the window locks itself (Paramètres,
   * unless the shell's environment overrides it). */
  lockDelaySeconds(): Promise<number>;
  /** The dossier's deadlines as they stand now, in chain order. */
  dossierDeadlines(dossierId: number): Promise<DossierDeadline[]>;
  deadlinesDashboard(): Promise<Dashboard>;
  /** Deadlines due within the reminder window of Paramètres. */
  reminders(): Promise<DueItem[]>;
  /** The shell shows the desktop notification; returns how many deadlines
   * it named (0: nothing was sent). */
  sendReminders(): Promise<number>;
  /** The week's deadlines as a PDF in the export folder; returns its path. */
  saveWeeklyList(): Promise<string>;
  /** The deadlines of one dossier (or of every open one) as an .ics file in
   * the export folder; returns its path. */
  saveCalendar(dossierId: number | null): Promise<string>;
  /** The journal of attempts of a dossier whose démarche keeps one. */
  getJournal(dossierId: number): Promise<JournalView>;
  addAttempt(dossierId: number, form: AttemptForm): Promise<JournalView>;
  deleteAttempt(dossierId: number, id: number): Promise<JournalView>;
  /** The attempt's screenshot as a `data:` URL. */
  attemptScreenshot(dossierId: number, id: number): Promise<string>;
  /** The journal as a dated PDF annex in the export folder; returns its path. */
  saveJournalAnnex(dossierId: number): Promise<string>;
  vaultStatus(): Promise<VaultStatus>;
  passphraseStrength(passphrase: string): Promise<Strength>;
  createVault(passphrase: string, confirmation: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  changePassphrase(current: string, next: string, confirmation: string): Promise<void>;
  /** The profiles, by name (works signed out, once unlocked). */
  listWorkers(): Promise<Worker[]>;
  /** Adds a profile. The first one signs its maker in; later ones need a
   * signed-in worker (`sign-in-required`). */
  addWorker(name: string, pin: string, confirmation: string): Promise<Worker>;
  /** `wrong-pin`, `wrong-pin-wait` and `unlock-wait` (with `retry_after`). */
  signIn(name: string, pin: string): Promise<Worker>;
  /** Back to the profile choice; the database stays unlocked. */
  signOut(): Promise<void>;
  backupStatus(): Promise<BackupStatus>;
  backupNow(): Promise<BackupInfo>;
  restoreBackup(fileName: string, passphrase: string): Promise<void>;
  /** The whole database as one file under a passphrase chosen for it (it
   * may differ from the database's; the file opens only with it), written
   * as `permanence-<stamp>.permanence` in the export folder, to carry on a
   * USB key; returns its path. */
  exportPortableBackup(passphrase: string, confirmation: string): Promise<string>;
  /** Restores a portable backup from the bytes of the chosen file: checked
   * whole first (`backup-incomplete`: nothing restored, nothing changed),
   * then opened with its own passphrase; the current data, if any, is moved
   * into the data folder's `preserved/`. The restored database is left
   * open, nobody signed in (`sign_in_required` when it has profiles). */
  importPortableBackup(bytes: number[], passphrase: string): Promise<void>;
  searchPersons(query: string): Promise<PersonSummary[]>;
  getPerson(id: number): Promise<PersonView>;
  savePerson(id: number | null, form: PersonForm): Promise<PersonView>;
  addDocument(personId: number, form: DocumentForm): Promise<PersonView>;
  savePersonDraft(id: number | null, form: PersonForm): Promise<void>;
  personDraft(id: number | null): Promise<PersonForm | null>;
  discardPersonDraft(id: number | null): Promise<void>;
  /** The audit entries about a person, oldest first. */
  personAudit(personId: number): Promise<AuditEntry[]>;
  /** The latest entries of the whole journal (erased persons included),
   * how many it holds, and whether its chain is intact. */
  recentAudit(): Promise<RecentAudit>;
  /** What erasing the person would remove. */
  erasurePreview(personId: number): Promise<ErasurePreview>;
  /** Erases the person and everything of theirs; the audit keeps that it
   * happened (`erase`), not what it was. */
  erasePerson(personId: number): Promise<ErasureCounts>;
  /** Everything held about the person (resume.pdf, donnees.json, pieces/)
   * as a folder in the export folder; returns its path. */
  exportPerson(personId: number): Promise<string>;
  /** Closes the dossier today, or opens it again. */
  setDossierClosed(dossierId: number, close: boolean): Promise<void>;
  /** Closed dossiers older than the retention of Paramètres. */
  retentionReview(): Promise<RetentionReview>;
  /** Deletes those of `ids` still closed for longer than the retention;
   * returns how many went. */
  purgeClosedDossiers(ids: number[]): Promise<number>;
}

export const tauriBackend: Backend = {
  appInfo: () => invoke('app_info'),
  listProcedures: () => invoke('list_procedures'),
  startDemarche: (personId, procedureId) => invoke('start_demarche', { personId, procedureId }),
  listDossiers: () => invoke('list_dossiers'),
  getInterview: (dossierId) => invoke('get_interview', { dossierId }),
  answerQuestion: (dossierId, questionId, value) => invoke('answer_question', { dossierId, questionId, value }),
  moveInterview: (dossierId, from, movement) => invoke('move_interview', { dossierId, from, movement }),
  editAnswer: (dossierId, questionId) => invoke('edit_answer', { dossierId, questionId }),
  setEnclosures: (dossierId, ticked, added) => invoke('set_enclosures', { dossierId, ticked, added }),
  listLetters: (dossierId) => invoke('list_letters', { dossierId }),
  previewLetter: (dossierId, letterId, explain) => invoke('preview_letter', { dossierId, letterId, explain }),
  freezeLetter: (dossierId, letterId, explain) => invoke('freeze_letter', { dossierId, letterId, explain }),
  frozenLetterPages: (id) => invoke('frozen_letter_pages', { id }),
  saveLetterPdf: (id) => invoke('save_letter_pdf', { id }),
  markLetterSent: (id, sentOn, trackingNumber) => invoke('mark_letter_sent', { id, sentOn, trackingNumber }),
  markLetterReceived: (id, receivedOn) => invoke('mark_letter_received', { id, receivedOn }),
  getSettings: () => invoke('get_settings'),
  setLanguage: (code) => invoke('set_language', { code }),
  setLetterhead: (organisation, place) => invoke('set_letterhead', { organisation, place }),
  setDeadlineSettings: (zone, reminderDays) => invoke('set_deadline_settings', { zone, reminderDays }),
  setPrivacySettings: (lockAfterMinutes, retentionMonths) => invoke('set_privacy_settings', { lockAfterMinutes, retentionMonths }),
  lockDelaySeconds: () => invoke('lock_delay_seconds'),
  dossierDeadlines: (dossierId) => invoke('dossier_deadlines', { dossierId }),
  deadlinesDashboard: () => invoke('deadlines_dashboard'),
  reminders: () => invoke('reminders'),
  sendReminders: () => invoke('send_reminders'),
  saveWeeklyList: () => invoke('save_weekly_list'),
  saveCalendar: (dossierId) => invoke('save_calendar', { dossierId }),
  getJournal: (dossierId) => invoke('get_journal', { dossierId }),
  addAttempt: (dossierId, form) => invoke('add_attempt', { dossierId, form }),
  deleteAttempt: (dossierId, id) => invoke('delete_attempt', { dossierId, id }),
  attemptScreenshot: (dossierId, id) => invoke('attempt_screenshot', { dossierId, id }),
  saveJournalAnnex: (dossierId) => invoke('save_journal_annex', { dossierId }),
  vaultStatus: () => invoke('vault_status'),
  passphraseStrength: (passphrase) => invoke('passphrase_strength', { passphrase }),
  createVault: (passphrase, confirmation) => invoke('create_vault', { passphrase, confirmation }),
  unlock: (passphrase) => invoke('unlock', { passphrase }),
  lock: () => invoke('lock'),
  changePassphrase: (current, next, confirmation) => invoke('change_passphrase', { current, new: next, confirmation }),
  listWorkers: () => invoke('list_workers'),
  addWorker: (name, pin, confirmation) => invoke('add_worker', { name, pin, confirmation }),
  signIn: (name, pin) => invoke('sign_in', { name, pin }),
  signOut: async () => {
    await invoke('sign_out');
  },
  backupStatus: () => invoke('backup_status'),
  backupNow: () => invoke('backup_now'),
  restoreBackup: (fileName, passphrase) => invoke('restore_backup', { fileName, passphrase }),
  exportPortableBackup: (passphrase, confirmation) => invoke('export_portable_backup', { passphrase, confirmation }),
  importPortableBackup: async (bytes, passphrase) => {
    await invoke('import_portable_backup', { bytes, passphrase });
  },
  searchPersons: (query) => invoke('search_persons', { query }),
  getPerson: (id) => invoke('get_person', { id }),
  savePerson: (id, form) => invoke('save_person', { id, form }),
  addDocument: (personId, form) => invoke('add_document', { personId, form }),
  savePersonDraft: (id, form) => invoke('save_person_draft', { id, form }),
  personDraft: (id) => invoke('person_draft', { id }),
  discardPersonDraft: (id) => invoke('discard_person_draft', { id }),
  personAudit: (personId) => invoke('person_audit', { personId }),
  recentAudit: () => invoke('recent_audit'),
  erasurePreview: (personId) => invoke('erasure_preview', { personId }),
  erasePerson: (personId) => invoke('erase_person', { personId }),
  exportPerson: (personId) => invoke('export_person', { personId }),
  setDossierClosed: async (dossierId, close) => {
    await invoke('set_dossier_closed', { dossierId, close });
  },
  retentionReview: () => invoke('retention_review'),
  purgeClosedDossiers: (ids) => invoke('purge_closed_dossiers', { ids }),
};

/** Accent- and case-insensitive, like the Rust side (simplified). */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
