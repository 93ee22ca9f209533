// The only way the UI talks to Rust: typed wrappers over the shell's
// commands. Outside the desktop window (unit tests, a plain browser) a small
// in-memory stand-in answers instead, so screens can be developed and tested
// without building the Rust side.
import { invoke, isTauri } from '@tauri-apps/api/core';

import { isoDate } from './dates';
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
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
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

export interface PersonView {
  person: { id: number; created_at: string; updated_at: string };
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
  frozen: FrozenLetter[];
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
  pages: string[];
}

export interface Backend {
  appInfo(): Promise<AppInfo>;
  startDemarche(personId: number, procedureId: string): Promise<InterviewView>;
  listDossiers(): Promise<DossierListItem[]>;
  getInterview(dossierId: number): Promise<InterviewView>;
  answerQuestion(dossierId: number, questionId: string, value: unknown): Promise<InterviewView>;
  moveInterview(dossierId: number, from: string | null, movement: Move): Promise<InterviewView>;
  editAnswer(dossierId: number, questionId: string): Promise<InterviewView>;
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
  vaultStatus(): Promise<VaultStatus>;
  passphraseStrength(passphrase: string): Promise<Strength>;
  createVault(passphrase: string, confirmation: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  changePassphrase(current: string, next: string, confirmation: string): Promise<void>;
  backupStatus(): Promise<BackupStatus>;
  backupNow(): Promise<BackupInfo>;
  restoreBackup(fileName: string, passphrase: string): Promise<void>;
  searchPersons(query: string): Promise<PersonSummary[]>;
  getPerson(id: number): Promise<PersonView>;
  savePerson(id: number | null, form: PersonForm): Promise<PersonView>;
  addDocument(personId: number, form: DocumentForm): Promise<PersonView>;
  savePersonDraft(id: number | null, form: PersonForm): Promise<void>;
  personDraft(id: number | null): Promise<PersonForm | null>;
  discardPersonDraft(id: number | null): Promise<void>;
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
  vaultStatus: () => invoke('vault_status'),
  passphraseStrength: (passphrase) => invoke('passphrase_strength', { passphrase }),
  createVault: (passphrase, confirmation) => invoke('create_vault', { passphrase, confirmation }),
  unlock: (passphrase) => invoke('unlock', { passphrase }),
  lock: () => invoke('lock'),
  changePassphrase: (current, next, confirmation) => invoke('change_passphrase', { current, new: next, confirmation }),
  backupStatus: () => invoke('backup_status'),
  backupNow: () => invoke('backup_now'),
  restoreBackup: (fileName, passphrase) => invoke('restore_backup', { fileName, passphrase }),
  searchPersons: (query) => invoke('search_persons', { query }),
  getPerson: (id) => invoke('get_person', { id }),
  savePerson: (id, form) => invoke('save_person', { id, form }),
  addDocument: (personId, form) => invoke('add_document', { personId, form }),
  savePersonDraft: (id, form) => invoke('save_person_draft', { id, form }),
  personDraft: (id) => invoke('person_draft', { id }),
  discardPersonDraft: (id) => invoke('discard_person_draft', { id }),
};

/** Accent- and case-insensitive, like the Rust side (simplified). */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface MemoryOptions {
  settings?: Partial<Settings>;
  vault?: VaultStatus;
  passphrase?: string;
}

/** Stand-in used outside the desktop window and in unit tests. */
export function memoryBackend(options: MemoryOptions = {}): Backend {
  let settings: Settings = { language: 'fr', organisation: '', place: '', ...options.settings };
  let vault: VaultStatus = { ...(options.vault ?? { exists: true, unlocked: true }) };
  let passphrase = options.passphrase ?? 'mardi soir permanence';
  const persons = new Map<number, PersonView>();
  const drafts = new Map<string, PersonForm>();
  const backups: BackupInfo[] = [];
  let nextId = 1;
  const draftKey = (id: number | null) => (id === null ? 'new' : String(id));
  const needUnlocked = () => {
    if (!vault.unlocked) throw { code: 'locked', message: 'Permanence est verrouillé.' };
  };
  const strength = (p: string): Strength => {
    const score = p.length >= 20 ? 4 : p.length >= 14 ? 3 : p.length >= 10 ? 2 : p.length >= 6 ? 1 : 0;
    return { score, acceptable: score >= 3, hint: score >= 3 ? 'good' : p.length < 10 ? 'too-short' : 'add-words' };
  };
  return {
    appInfo: async () => ({ version: 'web', data_dir: '(navigateur)', locales: ['fr', 'en', 'ar'] }),
    ...memoryInterview(),
    listProcedures: async () => [
      { id: 'droit-au-compte', version: '1', theme: 'banque', available: true, problems: [] },
      { id: 'refus-inscription-scolaire', version: '1', theme: 'ecole', available: true, problems: [] },
    ],
    getSettings: async () => ({ ...settings }),
    setLanguage: async (code) => {
      settings = { ...settings, language: code };
      return { ...settings };
    },
    setLetterhead: async (organisation, place) => {
      settings = { ...settings, organisation: organisation.trim(), place: place.trim() };
      return { ...settings };
    },
    vaultStatus: async () => ({ ...vault }),
    passphraseStrength: async (p) => strength(p),
    createVault: async (p, c) => {
      if (p !== c) throw { code: 'passphrase-mismatch', message: 'Les deux phrases secrètes ne sont pas identiques.' };
      if (!strength(p).acceptable) throw { code: 'passphrase-weak', message: 'Trop facile à deviner.' };
      passphrase = p;
      vault = { exists: true, unlocked: true };
    },
    unlock: async (p) => {
      if (p !== passphrase) throw { code: 'wrong-passphrase', message: 'Phrase secrète incorrecte.' };
      vault = { ...vault, unlocked: true };
    },
    lock: async () => {
      vault = { ...vault, unlocked: false };
    },
    changePassphrase: async (current, next, confirmation) => {
      if (current !== passphrase) throw { code: 'wrong-passphrase', message: 'Phrase secrète incorrecte.' };
      if (next !== confirmation) throw { code: 'passphrase-mismatch', message: 'Les deux phrases secrètes ne sont pas identiques.' };
      if (!strength(next).acceptable) throw { code: 'passphrase-weak', message: 'Trop facile à deviner.' };
      passphrase = next;
    },
    backupStatus: async () => ({ backups: [...backups], last_error: null }),
    backupNow: async () => {
      const info = { file_name: `permanence-20261125T18000${backups.length}Z.db`, stamp: `20261125T18000${backups.length}Z`, size: 65536 };
      backups.unshift(info);
      return info;
    },
    restoreBackup: async (fileName, p) => {
      if (!backups.some((b) => b.file_name === fileName)) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
      if (p !== passphrase) throw { code: 'wrong-passphrase', message: 'Phrase secrète incorrecte.' };
    },
    searchPersons: async (query) => {
      needUnlocked();
      const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return [...persons.values()]
        .filter((p) => {
          const tokens = fold([p.form.family_name, p.form.given_names, p.form.alt_names].join(' ')).split(/[^\p{L}\p{N}]+/u);
          return words.every((w) => tokens.some((t) => t.startsWith(w)));
        })
        .map((p) => ({
          id: p.person.id,
          family_name: p.form.family_name,
          given_names: p.form.given_names,
          alt_names: p.form.alt_names.split('\n').filter(Boolean),
          birth_date: p.form.birth_date || null,
        }));
    },
    getPerson: async (id) => {
      needUnlocked();
      const p = persons.get(id);
      if (!p) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
      return structuredClone(p);
    },
    savePerson: async (id, form) => {
      needUnlocked();
      if (!form.family_name.trim() && !form.given_names.trim()) {
        throw {
          code: 'invalid',
          message: 'Certains champs sont à corriger.',
          problems: [{ field: 'family_name', code: 'name-required', message: 'Indiquez au moins un nom ou un prénom.' }],
        };
      }
      const personId = id ?? nextId++;
      const view: PersonView = {
        person: { id: personId, created_at: 'now', updated_at: 'now' },
        form: { ...form },
        display_name: `${form.family_name.toUpperCase()} ${form.given_names}`.trim(),
        domiciliation_expiry: { state: 'none' },
        dossiers: [],
        events: [],
        documents: persons.get(personId)?.documents ?? [],
      };
      persons.set(personId, view);
      drafts.delete(draftKey(id));
      return structuredClone(view);
    },
    addDocument: async (personId, form) => {
      needUnlocked();
      const p = persons.get(personId);
      if (!p) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
      if (form.bytes.length === 0) {
        throw { code: 'invalid', message: 'Certains champs sont à corriger.', problems: [{ field: 'file', code: 'file-size', message: 'Choisissez un fichier (20 Mo au plus).' }] };
      }
      p.documents.push({
        id: p.documents.length + 1,
        kind: form.kind,
        title: form.title,
        media_type: form.media_type,
        size: form.bytes.length,
        sha256: '',
        expires_on: form.expires_on || null,
        expiry: form.expires_on ? { state: 'soon', days_left: 10 } : { state: 'none' },
      });
      return structuredClone(p);
    },
    savePersonDraft: async (id, form) => {
      needUnlocked();
      drafts.set(draftKey(id), { ...form });
    },
    personDraft: async (id) => {
      needUnlocked();
      return drafts.get(draftKey(id)) ?? null;
    },
    discardPersonDraft: async (id) => {
      drafts.delete(draftKey(id));
    },
  };
}

export function defaultBackend(): Backend {
  return isTauri() ? tauriBackend : memoryBackend({ vault: { exists: false, unlocked: false } });
}

/** A small in-memory interview (three questions, one conditional) for the
 * stand-in backend: enough to exercise the screens without Rust. */
function memoryInterview(): Pick<Backend, 'startDemarche' | 'listDossiers' | 'getInterview' | 'answerQuestion' | 'moveInterview' | 'editAnswer' | LetterCommands> {
  const questions = [
    { id: 'nom', kind: 'text', required: true, options: [] as string[] },
    { id: 'mode_demande', kind: 'choice', required: true, options: ['lrar', 'guichet'] },
    { id: 'date_depot', kind: 'date', required: true, options: [] as string[], showIf: (a: Record<string, unknown>) => a.mode_demande === 'guichet' },
    { id: 'preuve', kind: 'document', required: false, options: [] as string[], showIf: (a: Record<string, unknown>) => a.mode_demande === 'lrar' },
  ];
  const dossiers = new Map<number, MemoryDossier>();
  const visible = (a: Record<string, unknown>) => questions.filter((q) => !q.showIf || q.showIf(a));
  const view = (id: number): InterviewView => {
    const d = dossiers.get(id);
    if (!d) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
    const vis = visible(d.answers);
    const missing = vis.filter((q) => q.required && (d.answers[q.id] ?? '') === '').map((q) => q.id);
    const q = vis.find((x) => x.id === d.current);
    return {
      dossier_id: id,
      person_id: d.personId,
      procedure_id: d.procedureId,
      question: q ? { id: q.id, kind: q.kind, required: q.required, options: q.options, answer: d.answers[q.id] ?? null, position: vis.indexOf(q) + 1, total: vis.length } : null,
      progress: { next: missing[0] ?? null, answered: vis.filter((x) => x.required).length - missing.length, required: vis.filter((x) => x.required).length, missing, visible: vis.map((x) => x.id), documents: [['piece_identite', true]], outcomes: d.answers.mode_demande ? ['saisir-bdf'] : [] },
      answers: { ...d.answers },
      checklist: [{ id: 'piece_identite', required: true, held: [1] }],
      person_documents: [{ id: 1, kind: 'passeport', title: 'Passeport', expires_on: '2030-01-01' }],
      kinds: Object.fromEntries(questions.map((x) => [x.id, x.kind])),
      legal_basis: [{ id: 'silence', citation: 'R312-6-1 CMF', reference: '§3', status: 'VERIFIED-P' }],
    };
  };
  const after = (id: number, from: string) => {
    const vis = visible(dossiers.get(id)!.answers).map((q) => q.id);
    return vis[vis.indexOf(from) + 1] ?? null;
  };
  return {
    ...memoryLetters(dossiers),
    startDemarche: async (personId, procedureId) => {
      const id = dossiers.size + 1;
      dossiers.set(id, { answers: {}, current: 'nom', personId, procedureId });
      return view(id);
    },
    listDossiers: async () =>
      [...dossiers.entries()].reverse().map(([id, d]) => ({
        id,
        person_id: d.personId,
        family_name: 'Diallo',
        given_names: 'Awa',
        procedure_id: d.procedureId,
        status: 'open',
        opened_on: '2026-11-25',
      })),
    getInterview: async (id) => view(id),
    answerQuestion: async (id, q, value) => {
      const d = dossiers.get(id)!;
      d.answers[q] = value;
      d.current = after(id, q);
      return view(id);
    },
    moveInterview: async (id, from, movement) => {
      const d = dossiers.get(id)!;
      const vis = visible(d.answers).map((q) => q.id);
      if (movement === 'review') d.current = null;
      else if (movement === 'back') d.current = from === null ? vis[vis.length - 1] : vis[Math.max(0, vis.indexOf(from) - 1)];
      else d.current = from === null ? null : after(id, from);
      return view(id);
    },
    editAnswer: async (id, q) => {
      dossiers.get(id)!.current = q;
      return view(id);
    },
  };
}

interface MemoryDossier {
  answers: Record<string, unknown>;
  current: string | null;
  personId: number;
  procedureId: string;
}

type LetterCommands = 'listLetters' | 'previewLetter' | 'freezeLetter' | 'frozenLetterPages' | 'saveLetterPdf' | 'markLetterSent' | 'markLetterReceived';

/** The stand-in's letters: droit-au-compte declares two, each needing some
 * answers of the small interview above. */
const MEMORY_LETTERS: Record<string, { id: string; needs: string[]; offered: (a: Record<string, unknown>) => boolean }[]> = {
  'droit-au-compte': [
    { id: 'demande-ouverture', needs: ['nom', 'mode_demande'], offered: () => true },
    { id: 'saisine-bdf', needs: ['nom', 'date_depot'], offered: (a) => a.mode_demande === 'guichet' },
  ],
};
const MEMORY_STEPS: Record<string, string> = { nom: 'situation', mode_demande: 'demande', date_depot: 'demande' };

/** A tiny A4 page standing for what typst lays out. */
function memoryPage(title: string, n: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 297" width="210mm" height="297mm"><rect width="210" height="297" fill="#fff"/><text x="20" y="30" font-size="8">${title} ${n}</text></svg>`;
}

/** Now as RFC 3339 with the local offset, as the shell records instants. */
function localInstant(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

const INVALID_DATE = {
  code: 'invalid',
  message: 'Certains champs sont à corriger.',
  problems: [{ field: 'date', code: 'date-invalid', message: "Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990." }],
};

function memoryLetters(dossiers: Map<number, MemoryDossier>): Pick<Backend, LetterCommands> {
  const frozen = new Map<number, { letter: FrozenLetter; pages: string[] }>();
  const dossier = (id: number) => {
    const d = dossiers.get(id);
    if (!d) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
    return d;
  };
  const declared = (dossierId: number, letterId: string) => {
    const letter = (MEMORY_LETTERS[dossier(dossierId).procedureId] ?? []).find((l) => l.id === letterId);
    if (!letter) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
    return letter;
  };
  const compose = (dossierId: number, letterId: string, explain: ExplainLang | null): LetterPreview => {
    const d = dossier(dossierId);
    const missing = declared(dossierId, letterId)
      .needs.filter((q) => (d.answers[q] ?? '') === '')
      .map((q) => ({ question: q, step: MEMORY_STEPS[q] ?? '' }));
    const pages = missing.length ? [] : [memoryPage(letterId, 1), ...(explain ? [memoryPage(`explication-${explain}`, 2)] : [])];
    return { dossier_id: dossierId, procedure_id: d.procedureId, letter_id: letterId, missing, pages };
  };
  const copy = (id: number) => {
    const f = frozen.get(id);
    if (!f) throw { code: 'not-found', message: "Cette fiche n'existe plus." };
    return f;
  };
  return {
    listLetters: async (dossierId) => {
      const d = dossier(dossierId);
      return (MEMORY_LETTERS[d.procedureId] ?? []).map((l) => ({
        letter_id: l.id,
        offered: l.offered(d.answers),
        frozen: [...frozen.values()].filter((f) => f.letter.dossier_id === dossierId && f.letter.letter_id === l.id).map((f) => ({ ...f.letter })),
      }));
    },
    previewLetter: async (dossierId, letterId, explain) => compose(dossierId, letterId, explain),
    freezeLetter: async (dossierId, letterId, explain) => {
      const preview = compose(dossierId, letterId, explain);
      if (preview.missing.length) {
        throw { code: 'letter-incomplete', message: "Il manque des réponses pour ce courrier : complétez-les avant de l'imprimer." };
      }
      const letter: FrozenLetter = {
        id: frozen.size + 1,
        dossier_id: dossierId,
        letter_id: letterId,
        procedure_version: '2',
        law_as_of: '2026-11-25',
        language: 'fr',
        explain_language: explain,
        sha256: '0'.repeat(64),
        size: 20480,
        frozen_at: localInstant(),
        status: 'printed',
        tracking_number: null,
        sent_on: null,
        received_on: null,
      };
      frozen.set(letter.id, { letter, pages: preview.pages });
      return { ...letter };
    },
    frozenLetterPages: async (id) => [...copy(id).pages],
    saveLetterPdf: async (id) => {
      const { letter } = copy(id);
      return `/home/permanence/Documents/Permanence/${letter.frozen_at.slice(0, 10)}-${letter.letter_id}-diallo.pdf`;
    },
    markLetterSent: async (id, sentOn, trackingNumber) => {
      const { letter } = copy(id);
      const day = isoDate(sentOn);
      if (!day) throw INVALID_DATE;
      Object.assign(letter, { status: 'sent', sent_on: day, tracking_number: trackingNumber.trim() || null });
      return { ...letter };
    },
    markLetterReceived: async (id, receivedOn) => {
      const { letter } = copy(id);
      const day = isoDate(receivedOn);
      if (!day) throw INVALID_DATE;
      Object.assign(letter, { status: 'received', received_on: day });
      return { ...letter };
    },
  };
}
