// The only way the UI talks to Rust: typed wrappers over the shell's
// commands. Outside the desktop window (unit tests, `npm run dev` in a
// plain browser) the in-memory stand-in of `testing/memory.ts` answers
// instead; it is never part of the production bundle (see main.tsx).
import { invoke } from '@tauri-apps/api/core';

export type {
  ActNowItem,
  Person,
  DeadlineMeaning,
  DeadlineState,
  Language,
  Zone,
  AppInfo,
  Attempt,
  AttemptForm,
  AuditEntry,
  Authors,
  BackupInfo,
  BackupStatus,
  CatalogueItem,
  ClosedDossier,
  Dashboard,
  DocumentForm,
  DocumentView,
  DossierDeadline,
  DossierListItem,
  DossierSummary,
  DueItem,
  ErasureCounts,
  ErasurePreview,
  EventSummary,
  FrozenLetter,
  InterviewView,
  JournalSpan,
  JournalView,
  LetterItem,
  LetterPreview,
  MissingAnswer,
  Move,
  PersonForm,
  PersonSummary,
  PersonView,
  QuestionView,
  RetentionReview,
  ScreenshotSummary,
  Settings,
  Skipped,
  Step,
  Strength,
  Suspended,
  Unit,
  VaultStatus,
  Waiting,
  Worker,
  TeamView,
  PeerView,
  ExchangeView,
  ConflictView,
  DuplicateView,
  DuplicateSide,
} from './bindings';
// The fixed vocabularies and ranges, from the Rust side.
export {
  AUDIT_ACTIONS,
  DEADLINE_MEANINGS,
  DEPARTEMENTS,
  DOCUMENT_KINDS,
  ENCLOSURES_ANSWER,
  FREE_UNLOCK_ATTEMPTS,
  JOURNAL_CHANNELS,
  JOURNAL_MIN_WEEKS,
  LANGUAGES,
  LETTER_STATUSES,
  LOCK_MINUTES_RANGE,
  MAX_OUTCOME_CHARS,
  MAX_UNLOCK_DELAY_SECONDS,
  MAX_WORKER_NAME_CHARS,
  MIN_PASSPHRASE_CHARS,
  MIN_PIN_CHARS,
  RECENT_AUDIT_LIMIT,
  REMINDER_DAYS_RANGE,
  RETENTION_MONTHS_RANGE,
  THEMES,
  ZONES,
} from './bindings';
import type {
  AppInfo,
  AttemptForm,
  AuditEntry,
  BackupInfo,
  BackupStatus,
  CatalogueItem,
  Dashboard,
  DocumentForm,
  DossierDeadline,
  DossierListItem,
  DueItem,
  ErasureCounts,
  ErasurePreview,
  FrozenLetter,
  InterviewView,
  JournalView,
  LetterItem,
  LetterPreview,
  Move,
  PersonForm,
  PersonSummary,
  PersonView,
  RetentionReview,
  Settings,
  Strength,
  VaultStatus,
  Worker,
  TeamView,
  ExchangeView,
  ConflictView,
  DuplicateView,
} from './bindings';
import { ENCLOSURES_ANSWER } from './bindings';

import type { Lang } from './i18n';

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

export type Expiry = { state: 'none' } | { state: 'valid'; days_left: number } | { state: 'soon'; days_left: number } | { state: 'expired'; days_ago: number };

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

/** The explanation sheet for the person, after the letter: its language. */
export type ExplainLang = Lang;

export type LetterStatus = 'printed' | 'sent' | 'received';

/** The state of a letter's deadline (dates AAAA-MM-JJ). */
export type DueState =
  | { state: 'enforceable'; due: string }
  | { state: 'not-enforceable'; advised: string; ceiling: string }
  | { state: 'past'; due: string }
  | { state: 'suspended'; since: string; days_left: number; safe: string }
  | { state: 'nothing-notified' };

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
  /** Right after unlocking: waits for the check of every page that
   * unlocking started (nothing is written before it passes). `damaged`:
   * the database was closed again; the unlock screen offers the backups. */
  checkPages(): Promise<void>;
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
  /** Paramètres → Équipe: this laptop's team, `null` when it works alone. */
  teamStatus(): Promise<TeamView | null>;
  /** Folders to offer for the team's: each USB key plugged in, Syncthing's
   * and Nextcloud's folders (a `permanence-equipe` folder in each). */
  teamFolders(): Promise<string[]>;
  /** Starts a team in a shared folder with this laptop's caseload; the
   * team passphrase typed twice (`passphrase-weak`, `passphrase-mismatch`,
   * `team-folder-taken`, `team-folder-unreachable`). */
  createTeam(folder: string, passphrase: string, confirmation: string, label: string): Promise<TeamView>;
  /** Joins the folder's team with this database, restored from a portable
   * backup of a laptop of it (`team-not-from-team`,
   * `team-wrong-passphrase`), then exchanges. */
  joinTeam(folder: string, passphrase: string, label: string): Promise<TeamView>;
  /** « Échanger maintenant »: `team-*` codes refuse a packet or the folder,
   * with nothing applied. */
  teamExchange(): Promise<ExchangeView>;
  teamConflicts(): Promise<ConflictView[]>;
  /** Keeps the value shown, or takes the other back; returns the list. */
  resolveConflict(id: string, takeOther: boolean): Promise<ConflictView[]>;
  /** Records of the same person created on two laptops: never merged
   * without a worker. */
  teamDuplicates(): Promise<DuplicateView[]>;
  /** Merges `other` into `keep` (its dossiers and documents move, empty
   * fields are filled); returns the pairs left. */
  mergePersons(keep: number, other: number): Promise<DuplicateView[]>;
  /** Two different persons: not offered again on this laptop. */
  notDuplicates(a: number, b: number): Promise<DuplicateView[]>;
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
  checkPages: () => invoke('check_pages'),
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
  teamStatus: () => invoke('team_status'),
  teamFolders: () => invoke('team_folders'),
  createTeam: (folder, passphrase, confirmation, label) => invoke('create_team', { folder, passphrase, confirmation, label }),
  joinTeam: (folder, passphrase, label) => invoke('join_team', { folder, passphrase, label }),
  teamExchange: () => invoke('team_exchange'),
  teamConflicts: () => invoke('team_conflicts'),
  resolveConflict: (id, takeOther) => invoke('resolve_conflict', { id, takeOther }),
  teamDuplicates: () => invoke('team_duplicates'),
  mergePersons: (keep, other) => invoke('merge_persons', { keep, other }),
  notDuplicates: (a, b) => invoke('not_duplicates', { a, b }),
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
