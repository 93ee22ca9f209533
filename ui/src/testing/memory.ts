// The in-memory stand-in for the shell, for unit tests and for `npm run
// dev` in a plain browser (loaded only when import.meta.env.DEV: never in
// the production bundle). It mimics the Rust side's behaviour closely
// enough to exercise the screens; the Rust tests are the reference.
import {
  type ActNowItem,
  type Attempt,
  type AuditEntry,
  type Backend,
  type BackupInfo,
  type CommandError,
  type ConflictView,
  type DuplicateView,
  type ExchangeView,
  type TeamView,
  type Dashboard,
  type DeadlineMeaning,
  type DossierDeadline,
  type Step,
  type DossierSummary,
  type DueItem,
  ENCLOSURES_ANSWER,
  type ErasureCounts,
  type ExplainLang,
  type FieldProblem,
  type FrozenLetter,
  type InterviewView,
  JOURNAL_CHANNELS,
  JOURNAL_MIN_WEEKS,
  type JournalSpan,
  type JournalView,
  type LetterPreview,
  MAX_OUTCOME_CHARS,
  type Person,
  type PersonForm,
  type PersonView,
  RECENT_AUDIT_LIMIT,
  REMINDER_DAYS_RANGE,
  type RetentionReview,
  type Settings,
  type Strength,
  type VaultStatus,
  type Zone,
  type Waiting,
  type Worker,
  ZONES,
  fold,
} from '../api';
import { isoDate, isoWeekday, todayIso } from '../dates';

export interface MemoryOptions {
  /** Paramètres → Équipe: the laptop's team and its conflicts, and what
   * « Échanger maintenant » answers (an exchange view, or a refusal). */
  team?: { view: TeamView; conflicts?: ConflictView[]; exchange?: ExchangeView | CommandError; duplicates?: DuplicateView[] };
  settings?: Partial<Settings>;
  vault?: Pick<VaultStatus, 'exists' | 'unlocked'>;
  passphrase?: string;
  /** Profiles already made (nobody signed in): once unlocked, records wait
   * for one of them to sign in. None by default: no sign-in, as before. */
  workers?: { name: string; pin: string }[];
  /** The stand-in's day (AAAA-MM-JJ); this computer's day by default. */
  today?: string;
  /** Deadlines of dossiers the stand-in does not hold, listed on the
   * Échéances screen with those of its own dossiers; a small sample around
   * `today` by default. */
  deadlines?: DueItem[];
  /** Letters to post now with no deadline running, listed first on the
   * Échéances screen; one sample by default. */
  actNow?: ActNowItem[];
  /** Seconds before the idle lock, instead of the minutes of Paramètres
   * (as the shell's PERMANENCE_LOCK_AFTER_SECONDS). */
  lockDelaySeconds?: number;
  /** The day (AAAA-MM-JJ) closing a dossier records; `today` by default.
   * An earlier day stands for a dossier closed long ago (retention). */
  closeOn?: string;
}

/** Wrong passphrases allowed in a row before any wait (as the domain crate). */
export const FREE_UNLOCK_ATTEMPTS = 3;

/** Seconds to wait after `failures` wrong passphrases in a row: none for
 * the first three, then 5 s doubling up to 5 minutes (as `unlock_delay`). */
export function unlockDelay(failures: number): number {
  if (failures < FREE_UNLOCK_ATTEMPTS) return 0;
  return Math.min(300, 5 * 2 ** Math.min(failures - FREE_UNLOCK_ATTEMPTS, 16));
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(n)));

const WRONG_PASSPHRASE = { code: 'wrong-passphrase', message: 'Phrase secrète incorrecte.' };

/** Wrong tries in a row of a secret (the passphrase, a PIN) and the wait
 * they impose, as the Rust side counts them: nothing is tried during the
 * wait, and nothing is ever erased. `wrong` refuses without a wait, `wait`
 * with one. */
function memoryTries(wrong: CommandError, wait: { code: string; message: (seconds: number) => string }) {
  let failures = 0;
  // Until when (Date.now()) the next try waits.
  let waitUntil = 0;
  return {
    /** Throws `unlock-wait` while a wait runs. */
    check() {
      const left = Math.ceil((waitUntil - Date.now()) / 1000);
      if (left > 0) {
        throw {
          code: 'unlock-wait',
          message: `Trop d'essais de phrase secrète : attendez encore ${left} secondes avant de réessayer. Aucune donnée n'est effacée.`,
          problems: [],
          retry_after: left,
        };
      }
    },
    /** A wrong try: refused, with the wait it now imposes. */
    failed(): never {
      failures += 1;
      const seconds = unlockDelay(failures);
      if (seconds === 0) throw wrong;
      waitUntil = Date.now() + seconds * 1000;
      throw { code: wait.code, message: wait.message(seconds), problems: [], retry_after: seconds };
    },
    /** The right secret: the count starts again. */
    reset() {
      failures = 0;
      waitUntil = 0;
    },
  };
}

/** What a stand-in portable backup holds: persons and profiles, and the
 * passphrase chosen for it (only a stand-in may keep it in clear). */
export interface MemoryPortable {
  passphrase: string;
  persons: PersonView[];
  workers: { name: string; pin: string }[];
}

/** As the real file: a magic line first, an end marker last. */
export const PORTABLE_MAGIC = 'PERMANENCE-PORTABLE-1\n';
const PORTABLE_END = '\nFIN-PERMANENCE\n';

const BACKUP_INCOMPLETE = {
  code: 'backup-incomplete',
  message: "Ce fichier de sauvegarde est incomplet ou abîmé (copie interrompue ?) : il n'a pas été restauré, et les données actuelles n'ont pas changé.",
};

/** The bytes of a stand-in portable backup: the magic line, the content
 * as JSON (non-ASCII characters escaped, so one byte a character), the
 * end marker. */
export function memoryPortableBytes(content: MemoryPortable): number[] {
  const json = JSON.stringify(content).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...`${PORTABLE_MAGIC}${json}${PORTABLE_END}`].map((c) => c.charCodeAt(0));
}

/** The content of a stand-in portable backup, or null when the file is
 * not one, was cut short or altered. */
function readMemoryPortable(bytes: number[]): MemoryPortable | null {
  const text = bytes.map((b) => String.fromCharCode(b)).join('');
  if (!text.startsWith(PORTABLE_MAGIC) || !text.endsWith(PORTABLE_END)) return null;
  try {
    const content = JSON.parse(text.slice(PORTABLE_MAGIC.length, -PORTABLE_END.length));
    const valid = typeof content?.passphrase === 'string' && Array.isArray(content.persons) && Array.isArray(content.workers);
    return valid ? content : null;
  } catch {
    return null;
  }
}

/** The files the stand-ins « wrote » in the export folder, by path: a test
 * carries one to another stand-in as on a USB key. */
const memoryExports = new Map<string, number[]>();

/** The bytes a stand-in wrote at `path` (its portable backups). */
export function memoryExportedFile(path: string): number[] | undefined {
  return memoryExports.get(path);
}

/** Now as the shell stamps backups: YYYYMMDDTHHMMSSZ (UTC). */
function memoryStamp(d: Date = new Date()): string {
  return d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Shortest PIN and longest worker name (as the Rust side). */
export const MIN_PIN_CHARS = 4;
export const MAX_WORKER_NAME_CHARS = 80;

/** Commands the stand-in answers while profiles exist and nobody is signed
 * in: no record among them (as the shell's `with_store` gate). */
const OPEN_SIGNED_OUT: ReadonlySet<keyof Backend> = new Set<keyof Backend>([
  'appInfo',
  'listProcedures',
  'getSettings',
  'setLanguage',
  'setLetterhead',
  'setDeadlineSettings',
  'setPrivacySettings',
  'lockDelaySeconds',
  'vaultStatus',
  'passphraseStrength',
  'createVault',
  'unlock',
  'lock',
  'changePassphrase',
  'backupStatus',
  'backupNow',
  'restoreBackup',
  'importPortableBackup',
  'listWorkers',
  'teamFolders',
  'addWorker',
  'signIn',
  'signOut',
]);

const SIGN_IN_REQUIRED = { code: 'sign-in-required', message: 'Choisissez votre profil et saisissez votre code pour continuer.', problems: [] };

/** A worker's name as compared: without case, accents or extra spaces. */
const workerKey = (name: string) => fold(name).split(/\s+/u).filter(Boolean).join(' ');

/** The record as the shell returns it, from the form as typed (the
 * stand-in checks no date: the Rust side does). */
function personFields(form: PersonForm): Omit<Person, 'id' | 'created_at' | 'updated_at'> {
  const list = (text: string) =>
    text
      .split(/[,\n]/u)
      .map((x) => x.trim())
      .filter(Boolean);
  const iso = (text: string) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
    return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  };
  const domiciled = form.domiciliation_organisation.trim() || form.domiciliation_address.trim();
  return {
    family_name: form.family_name,
    given_names: form.given_names,
    alt_names: list(form.alt_names),
    birth_date: iso(form.birth_date),
    birth_place: form.birth_place,
    nationality: form.nationality,
    languages: list(form.languages),
    phone: form.phone,
    email: form.email,
    address: form.address,
    domiciliation: domiciled ? { organisation: form.domiciliation_organisation, address: form.domiciliation_address, expires_on: iso(form.domiciliation_expires_on) } : null,
    notes: form.notes,
  };
}

/** Stand-in used outside the desktop window and in unit tests. */
export function memoryBackend(options: MemoryOptions = {}): Backend {
  let settings: Settings = {
    language: 'fr',
    organisation: '',
    place: '',
    zone: 'metropole',
    reminder_days: 7,
    lock_after_minutes: 10,
    retention_months: 24,
    ...options.settings,
  };
  const today = options.today ?? todayIso();
  const extra = options.deadlines ?? sampleDeadlines(today);
  const extraActNow = options.actNow ?? sampleActNow();
  let vault: VaultStatus = { sign_in_required: false, worker: null, ...(options.vault ?? { exists: true, unlocked: true }) };
  let passphrase = options.passphrase ?? 'mardi soir permanence';
  const passphraseTries = memoryTries(WRONG_PASSPHRASE, {
    code: 'wrong-passphrase-wait',
    message: (wait) => `Phrase secrète incorrecte. Après plusieurs essais, attendez ${wait} secondes avant de réessayer. Aucune donnée n'est effacée.`,
  });
  // Profiles (PINs kept as typed: the stand-in holds nothing real), the
  // signed-in one, and the wrong PINs in a row as for the passphrase.
  const workers: { worker: Worker; key: string; pin: string }[] = [];
  let nextWorker = 1;
  const addProfiles = (profiles: { name: string; pin: string }[]) => {
    for (const w of profiles) workers.push({ worker: { id: nextWorker++, name: w.name.trim() }, key: workerKey(w.name), pin: w.pin });
  };
  addProfiles(options.workers ?? []);
  let current: Worker | null = null;
  const pinTries = memoryTries(
    { code: 'wrong-pin', message: 'Code incorrect. Vérifiez le nom choisi, puis réessayez.', problems: [] },
    { code: 'wrong-pin-wait', message: (wait) => `Code incorrect. Après plusieurs essais, attendez ${wait} secondes avant de réessayer. Aucune donnée n'est effacée.` },
  );
  const signInRequired = () => vault.unlocked && workers.length > 0 && current === null;
  const listed = () => [...workers].sort((a, b) => a.key.localeCompare(b.key)).map((w) => ({ ...w.worker }));
  const persons = new Map<number, PersonView>();
  const drafts = new Map<string, PersonForm>();
  const backups: BackupInfo[] = [];
  let nextId = 1;
  const draftKey = (id: number | null) => (id === null ? 'new' : String(id));
  const needUnlocked = () => {
    if (!vault.unlocked) throw { code: 'locked', message: 'Permanence est verrouillé.' };
  };
  const store: MemoryStore = { dossiers: new Map(), frozen: new Map(), audit: [], persons, worker: '' };
  let team = options.team ? structuredClone(options.team) : null;
  const signInAs = (worker: Worker | null) => {
    current = worker;
    store.worker = worker?.name ?? '';
  };
  const note = (action: string, subject: string, personId: number | null, detail = '') => memoryAudit(store, action, subject, personId, detail);
  const interview = memoryInterview(store, { today, extra, extraActNow, reminderDays: () => settings.reminder_days });
  /** The person as the shell shows them: with their dossiers. */
  const personView = (id: number): PersonView => {
    const p = persons.get(id);
    if (!p) throw NOT_FOUND;
    const conflicted = (team?.conflicts ?? []).filter((c) => !c.resolved && c.table === 'persons' && c.person_id === id).map((c) => c.field);
    return structuredClone({ ...p, dossiers: memoryDossiersOf(store, id), conflicted_fields: conflicted });
  };
  const strength = (p: string): Strength => {
    const score = p.length >= 20 ? 4 : p.length >= 14 ? 3 : p.length >= 10 ? 2 : p.length >= 6 ? 1 : 0;
    return { score, acceptable: score >= 3, hint: score >= 3 ? 'good' : p.length < 10 ? 'too-short' : 'add-words' };
  };
  /** A passphrase chosen (database, portable backup): typed twice, strong enough. */
  const checkNewPassphrase = (p: string, confirmation: string) => {
    if (p !== confirmation) throw { code: 'passphrase-mismatch', message: 'Les deux phrases secrètes ne sont pas identiques.' };
    if (!strength(p).acceptable) throw { code: 'passphrase-weak', message: 'Trop facile à deviner.' };
  };
  /** Changes some settings; returns them all. */
  const saveSettings = (changes: Partial<Settings>): Settings => {
    settings = { ...settings, ...changes };
    return { ...settings };
  };
  const backend: Backend = {
    appInfo: async () => ({ version: 'web', data_dir: '(navigateur)', locales: ['fr', 'en', 'ar'] }),
    ...interview,
    ...memoryPrivacy(store, {
      today,
      closeOn: options.closeOn ?? today,
      retentionMonths: () => settings.retention_months,
      drafts,
      deadlinesOf: interview.dossierDeadlines,
    }),
    listProcedures: async () => [
      { id: 'droit-au-compte', version: '1', theme: 'banque', available: true, problems: [] },
      { id: 'refus-inscription-scolaire', version: '1', theme: 'ecole', available: true, problems: [] },
    ],
    getSettings: async () => ({ ...settings }),
    setLanguage: async (code) => saveSettings({ language: code }),
    setLetterhead: async (organisation, place) => saveSettings({ organisation: organisation.trim(), place: place.trim() }),
    setDeadlineSettings: async (zone, reminderDays) => {
      if (!(ZONES as readonly string[]).includes(zone)) {
        throw invalid([{ field: 'zone', code: 'zone-unknown', message: 'Choisissez un calendrier de jours fériés dans la liste.' }]);
      }
      return saveSettings({ zone: zone as Zone, reminder_days: clamp(reminderDays, REMINDER_DAYS_RANGE.min, REMINDER_DAYS_RANGE.max) });
    },
    setPrivacySettings: async (lockAfterMinutes, retentionMonths) =>
      saveSettings({ lock_after_minutes: clamp(lockAfterMinutes, 1, 240), retention_months: clamp(retentionMonths, 1, 120) }),
    lockDelaySeconds: async () => options.lockDelaySeconds ?? settings.lock_after_minutes * 60,
    vaultStatus: async () => ({ ...vault, sign_in_required: signInRequired(), worker: vault.unlocked && current ? { ...current } : null }),
    passphraseStrength: async (p) => strength(p),
    createVault: async (p, c) => {
      checkNewPassphrase(p, c);
      passphrase = p;
      vault = { exists: true, unlocked: true, sign_in_required: false, worker: null };
    },
    unlock: async (p) => {
      passphraseTries.check();
      if (p !== passphrase) passphraseTries.failed();
      passphraseTries.reset();
      vault = { ...vault, unlocked: true };
    },
    checkPages: async () => {
      needUnlocked();
    },
    lock: async () => {
      // Locking signs out as well.
      vault = { ...vault, unlocked: false };
      signInAs(null);
    },
    listWorkers: async () => {
      needUnlocked();
      return listed();
    },
    addWorker: async (name, pin, confirmation) => {
      needUnlocked();
      const trimmed = name.trim();
      const key = workerKey(trimmed);
      const problems: FieldProblem[] = [];
      if (!trimmed || [...trimmed].length > MAX_WORKER_NAME_CHARS) problems.push({ field: 'name', code: 'worker-name', message: 'Indiquez un nom (80 caractères au plus).' });
      if ([...pin].length < MIN_PIN_CHARS) problems.push({ field: 'pin', code: 'pin-short', message: 'Le code doit compter au moins 4 caractères.' });
      else if (pin !== confirmation) problems.push({ field: 'confirmation', code: 'pin-mismatch', message: 'Les deux codes ne sont pas identiques.' });
      if (workers.some((w) => w.key === key)) problems.push({ field: 'name', code: 'worker-exists', message: 'Un profil porte déjà ce nom.' });
      if (problems.length) throw invalid(problems);
      const first = workers.length === 0;
      if (!first && current === null) throw SIGN_IN_REQUIRED;
      const worker = { id: nextWorker++, name: trimmed };
      workers.push({ worker, key, pin });
      if (first) signInAs(worker);
      note('create', `worker:${worker.id}`, null);
      return { ...worker };
    },
    signIn: async (name, pin) => {
      needUnlocked();
      pinTries.check();
      // An unknown name is a wrong PIN.
      const found = workers.find((w) => w.key === workerKey(name) && w.pin === pin) ?? pinTries.failed();
      pinTries.reset();
      signInAs(found.worker);
      note('sign-in', `worker:${found.worker.id}`, null);
      return { ...found.worker };
    },
    signOut: async () => {
      signInAs(null);
    },
    changePassphrase: async (current, next, confirmation) => {
      if (current !== passphrase) throw WRONG_PASSPHRASE;
      checkNewPassphrase(next, confirmation);
      passphrase = next;
    },
    backupStatus: async () => ({ backups: [...backups], last_error: null }),
    backupNow: async () => {
      const info = { file_name: `permanence-20261125T18000${backups.length}Z.db`, stamp: `20261125T18000${backups.length}Z`, size: 65536 };
      backups.unshift(info);
      return info;
    },
    restoreBackup: async (fileName, p) => {
      if (!backups.some((b) => b.file_name === fileName)) throw NOT_FOUND;
      if (p !== passphrase) throw WRONG_PASSPHRASE;
      note('restore', 'database', null, fileName);
    },
    exportPortableBackup: async (p, confirmation) => {
      needUnlocked();
      checkNewPassphrase(p, confirmation);
      const path = `/documents/Permanence/permanence-${memoryStamp()}.permanence`;
      const content: MemoryPortable = {
        passphrase: p,
        persons: [...persons.values()],
        workers: workers.map((w) => ({ name: w.worker.name, pin: w.pin })),
      };
      memoryExports.set(path, memoryPortableBytes(content));
      note('export', 'database', null, 'portable backup');
      return path;
    },
    importPortableBackup: async (bytes, p) => {
      // As the Rust side: the whole file is checked, then its passphrase,
      // before anything changes; works locked or without data.
      const backup = readMemoryPortable(bytes);
      if (!backup) throw BACKUP_INCOMPLETE;
      if (p !== backup.passphrase) throw WRONG_PASSPHRASE;
      // The data replaced is let go (the shell moves it into preserved/).
      // The stand-in's backup holds persons and profiles, not dossiers.
      memoryDropDossiers(store, [...store.dossiers.keys()]);
      drafts.clear();
      store.audit.length = 0;
      persons.clear();
      for (const view of backup.persons) persons.set(view.person.id, structuredClone(view));
      nextId = Math.max(0, ...persons.keys()) + 1;
      workers.length = 0;
      addProfiles(backup.workers);
      // Other data, other profiles: nobody is signed in.
      signInAs(null);
      passphrase = p;
      vault = { exists: true, unlocked: true, sign_in_required: false, worker: null };
      note('restore', 'database', null, 'portable backup');
    },
    teamFolders: async () => ['/media/benevole/CLE USB/permanence-equipe'],
    teamStatus: async () => {
      needUnlocked();
      return team ? structuredClone(team.view) : null;
    },
    createTeam: async (folder, p, confirmation, label) => {
      needUnlocked();
      checkNewPassphrase(p, confirmation);
      if (!folder.trim()) throw { code: 'team-folder-unreachable', message: `Le dossier d'équipe ${folder} est introuvable.`, problems: [] };
      team = {
        view: { label, folder, pending: 0, must_join: false, peers: [], open_conflicts: 0, silent_after_days: 7 },
        conflicts: [],
      };
      return structuredClone(team.view);
    },
    joinTeam: async (folder, p, label) => {
      needUnlocked();
      if (!team) throw { code: 'team-not-from-team', message: 'Cette base ne vient pas d’un ordinateur de cette équipe.', problems: [] };
      if (!p) throw { code: 'team-wrong-passphrase', message: "Phrase secrète de l'équipe incorrecte.", problems: [] };
      team.view = { ...team.view, folder, label, must_join: false };
      return structuredClone(team.view);
    },
    teamExchange: async () => {
      needUnlocked();
      if (!team) throw { code: 'team-none', message: 'Cet ordinateur ne fait partie d’aucune équipe.', problems: [] };
      const answer = team.exchange ?? { changes_written: team.view.pending, packets_read: 0, changes_applied: 0, new_conflicts: 0, open_conflicts: 0 };
      if ('code' in answer) throw answer;
      team.view.pending = 0;
      return { ...answer };
    },
    teamConflicts: async () => {
      needUnlocked();
      return structuredClone(team?.conflicts ?? []);
    },
    resolveConflict: async (id, takeOther) => {
      needUnlocked();
      const c = team?.conflicts?.find((x) => x.id === id);
      if (!c || !team) throw NOT_FOUND;
      c.resolved = true;
      if (takeOther && c.table === 'persons' && c.person_id !== null) {
        const view = persons.get(c.person_id);
        if (view) (view.form as unknown as Record<string, string>)[c.field] = c.other;
      }
      team.view.open_conflicts = team.conflicts?.filter((x) => !x.resolved).length ?? 0;
      return structuredClone(team.conflicts ?? []);
    },
    teamDuplicates: async () => {
      needUnlocked();
      return structuredClone(team?.duplicates ?? []);
    },
    mergePersons: async (keep, other) => {
      needUnlocked();
      if (!team || !persons.has(keep) || !persons.has(other)) throw NOT_FOUND;
      persons.delete(other);
      team.duplicates = (team.duplicates ?? []).filter((d) => ![d.a.id, d.b.id].includes(other));
      note('merge', `person:${keep}`, keep, `person:${other}`);
      return structuredClone(team.duplicates);
    },
    notDuplicates: async (a, b) => {
      needUnlocked();
      if (!team) throw NOT_FOUND;
      team.duplicates = (team.duplicates ?? []).filter((d) => !(d.a.id === a && d.b.id === b) && !(d.a.id === b && d.b.id === a));
      return structuredClone(team.duplicates);
    },
    searchPersons: async (query) => {
      needUnlocked();
      const words = fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
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
      const view = personView(id);
      note('open', `person:${id}`, id);
      return view;
    },
    savePerson: async (id, form) => {
      needUnlocked();
      if (!form.family_name.trim() && !form.given_names.trim()) {
        throw invalid([{ field: 'family_name', code: 'name-required', message: 'Indiquez au moins un nom ou un prénom.' }]);
      }
      const personId = id ?? nextId++;
      const who = current?.name ?? null;
      const view: PersonView = {
        person: { id: personId, created_at: 'now', updated_at: 'now', ...personFields(form) },
        authors: { created_by: id === null ? who : (persons.get(personId)?.authors?.created_by ?? null), updated_by: who },
        form: { ...form },
        display_name: `${form.family_name.toUpperCase()} ${form.given_names}`.trim(),
        domiciliation_expiry: { state: 'none' },
        dossiers: [],
        events: [],
        documents: persons.get(personId)?.documents ?? [],
        conflicted_fields: [],
      };
      persons.set(personId, view);
      drafts.delete(draftKey(id));
      note(id === null ? 'create' : 'change', `person:${personId}`, personId);
      return personView(personId);
    },
    addDocument: async (personId, form) => {
      needUnlocked();
      const p = persons.get(personId);
      if (!p) throw NOT_FOUND;
      if (form.bytes.length === 0) {
        throw invalid([{ field: 'file', code: 'file-size', message: 'Choisissez un fichier (20 Mo au plus).' }]);
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
      note('change', `person:${personId}`, personId, `document ${form.kind}`);
      return personView(personId);
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
  // Once profiles exist, records wait for someone to sign in (as the
  // shell: `locked` first, then `sign-in-required`).
  const gated: Record<string, unknown> = {};
  for (const [name, command] of Object.entries(backend) as [keyof Backend, (...args: unknown[]) => Promise<unknown>][]) {
    gated[name] = OPEN_SIGNED_OUT.has(name)
      ? command
      : // The very promise of the command (no extra tick): screens see
        // the same timing with or without profiles.
        (...args: unknown[]) => (signInRequired() ? Promise.reject(SIGN_IN_REQUIRED) : command(...args));
  }
  return gated as unknown as Backend;
}

/** A small in-memory interview (three questions, one conditional) for the
 * stand-in backend: enough to exercise the screens without Rust. */
function memoryInterview(
  store: MemoryStore,
  deadlines: DeadlineContext,
): Pick<
  Backend,
  'startDemarche' | 'listDossiers' | 'getInterview' | 'answerQuestion' | 'moveInterview' | 'editAnswer' | 'setEnclosures' | LetterCommands | DeadlineCommands | JournalCommands
> {
  const questions = [
    { id: 'nom', kind: 'text', required: true, options: [] as string[] },
    { id: 'mode_demande', kind: 'choice', required: true, options: ['lrar', 'guichet'] },
    { id: 'date_depot', kind: 'date', required: true, options: [] as string[], showIf: (a: Record<string, unknown>) => a.mode_demande === 'guichet' },
    { id: 'preuve', kind: 'document', required: false, options: [] as string[], showIf: (a: Record<string, unknown>) => a.mode_demande === 'lrar' },
  ];
  const { dossiers, frozen } = store;
  let nextDossier = 1;
  const visible = (a: Record<string, unknown>) => questions.filter((q) => !q.showIf || q.showIf(a));
  const view = (id: number): InterviewView => {
    const d = dossiers.get(id);
    if (!d) throw NOT_FOUND;
    const vis = visible(d.answers);
    const missing = vis.filter((q) => q.required && (d.answers[q.id] ?? '') === '').map((q) => q.id);
    const q = vis.find((x) => x.id === d.current);
    return {
      dossier_id: id,
      person_id: d.personId,
      procedure_id: d.procedureId,
      question: q ? { id: q.id, kind: q.kind, required: q.required, options: q.options, answer: d.answers[q.id] ?? null, position: vis.indexOf(q) + 1, total: vis.length } : null,
      progress: {
        next: missing[0] ?? null,
        answered: vis.filter((x) => x.required).length - missing.length,
        required: vis.filter((x) => x.required).length,
        missing,
        visible: vis.map((x) => x.id),
        documents: [['piece_identite', true]],
        outcomes: d.answers.mode_demande ? ['saisir-bdf'] : [],
      },
      answers: { ...d.answers } as InterviewView['answers'],
      checklist: [
        { id: 'piece_identite', required: true, held: [1] },
        { id: 'lettre_hebergeant', required: false, held: [] },
      ],
      person_documents: [{ id: 1, kind: 'passeport', title: 'Passeport', media_type: 'application/pdf', size: 0, sha256: '', expires_on: '2030-01-01' }],
      kinds: Object.fromEntries(questions.map((x) => [x.id, x.kind])),
      legal_basis: [{ id: 'silence', citation: 'R312-6-1 CMF', reference: '§3', status: 'VERIFIED-P' }],
      evidence_journal: MEMORY_JOURNALED.includes(d.procedureId),
      status: d.status,
      opened_on: d.openedOn,
      closed_on: d.closedOn,
      conflicted: [],
    };
  };
  const after = (id: number, from: string) => {
    const vis = visible(dossiers.get(id)!.answers).map((q) => q.id);
    return vis[vis.indexOf(from) + 1] ?? null;
  };
  return {
    ...memoryLetters(store, deadlines.today),
    ...memoryDeadlines(dossiers, frozen, deadlines),
    ...memoryJournal(store, deadlines.today),
    startDemarche: async (personId, procedureId) => {
      const id = nextDossier++;
      dossiers.set(id, { answers: {}, current: 'nom', personId, procedureId, status: 'open', openedOn: deadlines.today, closedOn: null });
      memoryAuditDossier(store, 'create', id, procedureId);
      return view(id);
    },
    listDossiers: async () =>
      // As the shell: open ones first, most recently opened first.
      [...dossiers.entries()]
        .reverse()
        .sort(([, a], [, b]) => Number(a.status === 'closed') - Number(b.status === 'closed'))
        .map(([id, d]) => {
          const person = store.persons.get(d.personId)?.form;
          return {
            id,
            person_id: d.personId,
            family_name: person?.family_name ?? 'Diallo',
            given_names: person?.given_names ?? 'Awa',
            procedure_id: d.procedureId,
            status: d.status,
            opened_on: d.openedOn,
          };
        }),
    getInterview: async (id) => view(id),
    answerQuestion: async (id, q, value) => {
      const d = dossiers.get(id)!;
      d.answers[q] = value;
      d.current = after(id, q);
      memoryAuditDossier(store, 'change', id, `answer ${q}`);
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
    setEnclosures: async (id, ticked, added) => {
      const d = dossiers.get(id);
      if (!d) throw NOT_FOUND;
      const names = added.map((a) => a.trim()).filter((a) => a !== '');
      if (names.some((n) => n.length > 200) || ticked.some((x) => !['piece_identite', 'lettre_hebergeant'].includes(x))) {
        throw invalid([
          { field: 'enclosures', code: 'enclosures-invalid', message: "Une pièce cochée n'existe pas dans cette démarche, ou un nom de pièce dépasse 200 caractères." },
        ]);
      }
      d.answers[ENCLOSURES_ANSWER] = { ticked: [...ticked], added: names };
      memoryAuditDossier(store, 'change', id, `enclosures ${ticked.length} ticked ${names.length} added`);
      return view(id);
    },
  };
}

interface MemoryDossier {
  answers: Record<string, unknown>;
  current: string | null;
  personId: number;
  procedureId: string;
  status: 'open' | 'closed';
  /** AAAA-MM-JJ */
  openedOn: string;
  /** AAAA-MM-JJ */
  closedOn: string | null;
}

/** What the stand-in's parts share: its rows and its audit journal. */
interface MemoryStore {
  dossiers: Map<number, MemoryDossier>;
  frozen: FrozenCopies;
  audit: AuditEntry[];
  persons: Map<number, PersonView>;
  /** The signed-in worker's name ('' before profiles, or signed out). */
  worker: string;
}

const NOT_FOUND = { code: 'not-found', message: "Cette fiche n'existe plus." };

/** The shell's refusal of a form, naming the fields to correct. */
function invalid(problems: FieldProblem[]): CommandError {
  return { code: 'invalid', message: 'Certains champs sont à corriger.', problems };
}

/** Appends to the stand-in's audit journal, as the shell does: who (the
 * signed-in worker's name, '' without profiles), what, on which record,
 * and a detail without the data. */
function memoryAudit(store: MemoryStore, action: string, subject: string, personId: number | null, detail = '') {
  const seq = store.audit.length + 1;
  store.audit.push({ seq, at: localInstant(), worker: store.worker, action, subject, person_id: personId, detail, hash: seq.toString(16).padStart(64, '0'), laptop: '' });
}

function memoryAuditDossier(store: MemoryStore, action: string, dossierId: number, detail: string) {
  memoryAudit(store, action, `dossier:${dossierId}`, store.dossiers.get(dossierId)?.personId ?? null, detail);
}

/** A person's dossiers as the person page lists them (latest first). */
function memoryDossiersOf(store: MemoryStore, personId: number): DossierSummary[] {
  return [...store.dossiers.entries()]
    .filter(([, d]) => d.personId === personId)
    .reverse()
    .map(([id, d]) => ({ id, procedure_id: d.procedureId, status: d.status, opened_on: d.openedOn, closed_on: d.closedOn }));
}

/** Removes dossiers with their printed letters. */
function memoryDropDossiers(store: MemoryStore, ids: number[]) {
  for (const id of ids) store.dossiers.delete(id);
  for (const [key, f] of store.frozen) if (ids.includes(f.letter.dossier_id)) store.frozen.delete(key);
}

/** AAAA-MM-JJ minus `months` calendar months, the day kept within the
 * month (as chrono's checked_sub_months). */
function subtractMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

type PrivacyCommands = 'personAudit' | 'recentAudit' | 'erasurePreview' | 'erasePerson' | 'exportPerson' | 'setDossierClosed' | 'retentionReview' | 'purgeClosedDossiers';

interface PrivacyContext {
  today: string;
  closeOn: string;
  retentionMonths: () => number;
  drafts: Map<string, PersonForm>;
  deadlinesOf: (dossierId: number) => Promise<DossierDeadline[]>;
}

/** The stand-in's access journal, export, erasure and retention review. */
function memoryPrivacy(store: MemoryStore, { today, closeOn, retentionMonths, drafts, deadlinesOf }: PrivacyContext): Pick<Backend, PrivacyCommands> {
  const person = (id: number) => {
    const p = store.persons.get(id);
    if (!p) throw NOT_FOUND;
    return p;
  };
  const dossierIds = (personId: number) => [...store.dossiers.entries()].filter(([, d]) => d.personId === personId).map(([id]) => id);
  const counts = async (personId: number): Promise<ErasureCounts> => {
    const p = person(personId);
    const ids = dossierIds(personId);
    let deadlines = 0;
    for (const id of ids) deadlines += (await deadlinesOf(id)).length;
    return {
      dossiers: ids.length,
      documents: p.documents.length,
      letters: [...store.frozen.values()].filter((f) => ids.includes(f.letter.dossier_id)).length,
      events: p.events.length,
      deadlines,
      drafts: drafts.has(String(personId)) ? 1 : 0,
    };
  };
  const review = (): RetentionReview => {
    const months = retentionMonths();
    const closedBefore = subtractMonths(today, months);
    const dossiers = [...store.dossiers.entries()]
      .filter(([, d]) => d.status === 'closed' && d.closedOn !== null && d.closedOn < closedBefore)
      .map(([id, d]) => ({
        id,
        person_id: d.personId,
        family_name: store.persons.get(d.personId)?.form.family_name ?? '',
        given_names: store.persons.get(d.personId)?.form.given_names ?? '',
        procedure_id: d.procedureId,
        closed_on: d.closedOn as string,
      }))
      .sort((a, b) => a.closed_on.localeCompare(b.closed_on) || a.id - b.id);
    return { months, closed_before: closedBefore, dossiers };
  };
  return {
    personAudit: async (personId) => store.audit.filter((e) => e.person_id === personId).map((e) => ({ ...e })),
    recentAudit: async () => ({
      entries: store.audit
        .slice(-RECENT_AUDIT_LIMIT)
        .reverse()
        .map((e) => ({ ...e })),
      total: store.audit.length,
      // The stand-in's journal is never written outside it.
      intact: true,
    }),
    erasurePreview: async (personId) => {
      const p = person(personId);
      return {
        person_id: personId,
        display_name: p.display_name,
        counts: await counts(personId),
        procedures: memoryDossiersOf(store, personId).map((d) => d.procedure_id),
        backups_kept: 7,
      };
    },
    erasePerson: async (personId) => {
      const gone = await counts(personId);
      memoryDropDossiers(store, dossierIds(personId));
      drafts.delete(String(personId));
      store.persons.delete(personId);
      const detail = Object.entries(gone)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      memoryAudit(store, 'erase', `person:${personId}`, personId, detail);
      return gone;
    },
    exportPerson: async (personId) => {
      const p = person(personId);
      const name = fold(`${p.form.family_name} ${p.form.given_names}`)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      memoryAudit(store, 'export', `person:${personId}`, personId, 'gdpr export');
      return `/documents/Permanence/${today}-donnees-${name || personId}`;
    },
    setDossierClosed: async (dossierId, close) => {
      const d = store.dossiers.get(dossierId);
      if (!d) throw NOT_FOUND;
      Object.assign(d, close ? { status: 'closed', closedOn: closeOn } : { status: 'open', closedOn: null });
      memoryAuditDossier(store, 'change', dossierId, close ? 'closed' : 'reopened');
    },
    retentionReview: async () => review(),
    purgeClosedDossiers: async (ids) => {
      const due = new Set(review().dossiers.map((d) => d.id));
      const purged = ids.filter((id) => due.has(id));
      for (const id of purged) {
        const personId = store.dossiers.get(id)!.personId;
        memoryDropDossiers(store, [id]);
        memoryAudit(store, 'purge', `dossier:${id}`, personId, 'retention');
      }
      return purged.length;
    },
  };
}

type LetterCommands = 'listLetters' | 'previewLetter' | 'freezeLetter' | 'frozenLetterPages' | 'saveLetterPdf' | 'markLetterSent' | 'markLetterReceived';

/** The stand-in's letters: droit-au-compte declares two, each needing some
 * answers of the small interview above. */
const MEMORY_LETTERS: Record<
  string,
  { id: string; needs: string[]; offered: (a: Record<string, unknown>) => boolean; waitsFor?: (a: Record<string, unknown>, today: string) => Waiting | null }[]
> = {
  'droit-au-compte': [
    { id: 'demande-ouverture', needs: ['nom', 'mode_demande'], offered: () => true },
    {
      id: 'saisine-bdf',
      needs: ['nom', 'date_depot'],
      offered: (a) => a.mode_demande === 'guichet',
      // As R312-6-1 CMF in the real démarche: from the 16th day after the deposit.
      waitsFor: (a, today) => {
        if (typeof a.date_depot !== 'string') return { rule: 'silence-banque-guichet', from: null, estimate: null };
        const from = new Date(`${a.date_depot}T12:00:00Z`);
        from.setUTCDate(from.getUTCDate() + 16);
        const day = from.toISOString().slice(0, 10);
        return today >= day ? null : { rule: 'silence-banque-guichet', from: day, estimate: null };
      },
    },
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

const INVALID_DATE = invalid([{ field: 'date', code: 'date-invalid', message: "Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990." }]);

type FrozenCopies = Map<number, { letter: FrozenLetter; pages: string[] }>;

function memoryLetters(store: MemoryStore, day: string): Pick<Backend, LetterCommands> {
  const today = () => day;
  const { dossiers, frozen } = store;
  let nextCopy = 1;
  const dossier = (id: number) => {
    const d = dossiers.get(id);
    if (!d) throw NOT_FOUND;
    return d;
  };
  const declared = (dossierId: number, letterId: string) => {
    const letter = (MEMORY_LETTERS[dossier(dossierId).procedureId] ?? []).find((l) => l.id === letterId);
    if (!letter) throw NOT_FOUND;
    return letter;
  };
  const compose = (dossierId: number, letterId: string, explain: ExplainLang | null): LetterPreview => {
    const d = dossier(dossierId);
    const missing = declared(dossierId, letterId)
      .needs.filter((q) => (d.answers[q] ?? '') === '')
      .map((q) => ({ question: q, step: MEMORY_STEPS[q] ?? '' }));
    const waiting = declared(dossierId, letterId).waitsFor?.(d.answers, today()) ?? null;
    const pages = missing.length || waiting ? [] : [memoryPage(letterId, 1), ...(explain ? [memoryPage(`explication-${explain}`, 2)] : [])];
    return { dossier_id: dossierId, procedure_id: d.procedureId, letter_id: letterId, missing, waiting: missing.length ? null : waiting, pages };
  };
  const copy = (id: number) => {
    const f = frozen.get(id);
    if (!f) throw NOT_FOUND;
    return f;
  };
  return {
    listLetters: async (dossierId) => {
      const d = dossier(dossierId);
      return (MEMORY_LETTERS[d.procedureId] ?? []).map((l) => ({
        letter_id: l.id,
        offered: l.offered(d.answers),
        waiting: l.waitsFor?.(d.answers, today()) ?? null,
        due: null,
        due_at_court: false,
        frozen: [...frozen.values()].filter((f) => f.letter.dossier_id === dossierId && f.letter.letter_id === l.id).map((f) => ({ ...f.letter })),
      }));
    },
    previewLetter: async (dossierId, letterId, explain) => compose(dossierId, letterId, explain),
    freezeLetter: async (dossierId, letterId, explain) => {
      const preview = compose(dossierId, letterId, explain);
      if (preview.missing.length) {
        throw { code: 'letter-incomplete', message: "Il manque des réponses pour ce courrier : complétez-les avant de l'imprimer." };
      }
      if (preview.waiting) {
        throw { code: 'letter-too-early', message: `Trop tôt pour ce courrier : il pourra être imprimé à partir du ${preview.waiting.from}.` };
      }
      const letter: FrozenLetter = {
        id: nextCopy++,
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
      memoryAuditDossier(store, 'print', dossierId, `letter:${letter.id} ${letterId}`);
      return { ...letter };
    },
    frozenLetterPages: async (id) => [...copy(id).pages],
    saveLetterPdf: async (id) => {
      const { letter } = copy(id);
      memoryAuditDossier(store, 'export', letter.dossier_id, `letter:${id} pdf`);
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

type JournalCommands = 'getJournal' | 'addAttempt' | 'deleteAttempt' | 'attemptScreenshot' | 'saveJournalAnnex';

/** The démarches whose dossiers keep a journal of attempts. */
const MEMORY_JOURNALED = ['prefecture-anef'];

/** As the Rust side: HH:MM, 9:05, 14h30 or 14h → HH:MM, or null. */
function memoryTime(text: string): string | null {
  let s = text.trim().replace(/[hH]/g, ':');
  if (s.endsWith(':')) s += '00';
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** As the Rust side: without bidi overrides, zero-width and control
 * characters (line breaks kept), trimmed. */
function memoryClean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point, as the Rust side does.
  return text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '').trim();
}

/** Bytes → base64, in slices (a whole screenshot at once overflows the stack). */
function base64(bytes: number[]): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.slice(i, i + 0x8000));
  return btoa(binary);
}

/** The Monday (AAAA-MM-JJ) of the calendar week of `iso`. */
function mondayOf(iso: string): string {
  return addDays(iso, 1 - (isoWeekday(iso) ?? 1));
}

/** What dated attempts show, as `journal_span` in the domain crate. */
function memorySpan(dates: string[]): JournalSpan {
  const weeks = new Set(dates.map(mondayOf)).size;
  const sorted = [...dates].sort();
  return { attempts: dates.length, weeks, first: sorted[0] ?? null, last: sorted[sorted.length - 1] ?? null, enough: weeks >= JOURNAL_MIN_WEEKS };
}

/** The stand-in's journals: attempts per dossier, screenshots kept in memory. */
function memoryJournal(store: MemoryStore, today: string): Pick<Backend, JournalCommands> {
  const { dossiers } = store;
  const journals = new Map<number, { attempt: Attempt; bytes: number[] }[]>();
  let nextAttempt = 1;
  let nextDocument = 1000;
  const journal = (dossierId: number) => {
    const d = dossiers.get(dossierId);
    if (!d || !MEMORY_JOURNALED.includes(d.procedureId)) throw NOT_FOUND;
    let list = journals.get(dossierId);
    if (!list) {
      list = [];
      journals.set(dossierId, list);
    }
    return list;
  };
  const view = (dossierId: number): JournalView => {
    const attempts = journal(dossierId).map((x) => structuredClone(x.attempt));
    return { dossier_id: dossierId, attempts, span: memorySpan(attempts.map((a) => a.on)), min_weeks: JOURNAL_MIN_WEEKS };
  };
  const entry = (dossierId: number, id: number) => {
    const found = journal(dossierId).find((x) => x.attempt.id === id);
    if (!found) throw NOT_FOUND;
    return found;
  };
  return {
    getJournal: async (dossierId) => view(dossierId),
    addAttempt: async (dossierId, form) => {
      const list = journal(dossierId);
      const problems: FieldProblem[] = [];
      const on = isoDate(form.date);
      if (!on) problems.push({ field: 'date', code: 'date-invalid', message: "Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990." });
      else if (on > today) problems.push({ field: 'date', code: 'date-future', message: 'Cette date est dans le futur : indiquez le jour où la tentative a eu lieu.' });
      const at = memoryTime(form.time);
      if (!at) problems.push({ field: 'time', code: 'time-invalid', message: "Cette heure n'existe pas. Écrivez-la sous la forme HH:MM, par exemple 14:30." });
      if (!(JOURNAL_CHANNELS as readonly string[]).includes(form.channel))
        problems.push({ field: 'channel', code: 'channel-unknown', message: 'Choisissez un moyen dans la liste.' });
      const outcome = memoryClean(form.outcome);
      if (!outcome) problems.push({ field: 'outcome', code: 'required', message: 'Ce champ est obligatoire.' });
      else if ([...outcome].length > MAX_OUTCOME_CHARS) problems.push({ field: 'outcome', code: 'too-long', message: 'Ce texte est trop long.' });
      if (form.screenshot.length > 20 * 1024 * 1024) problems.push({ field: 'screenshot', code: 'file-size', message: 'Choisissez un fichier (20 Mo au plus).' });
      if (problems.length) throw invalid(problems);
      const screenshot = form.screenshot.length
        ? { document_id: nextDocument++, title: memoryClean(form.screenshot_name), media_type: form.screenshot_type, size: form.screenshot.length }
        : null;
      list.push({
        attempt: { id: nextAttempt++, on: on!, at: at!, channel: form.channel, outcome, screenshot, recorded_at: localInstant() },
        bytes: [...form.screenshot],
      });
      list.sort((a, b) => a.attempt.on.localeCompare(b.attempt.on) || a.attempt.at.localeCompare(b.attempt.at) || a.attempt.id - b.attempt.id);
      memoryAuditDossier(store, 'change', dossierId, 'attempt added');
      return view(dossierId);
    },
    deleteAttempt: async (dossierId, id) => {
      const list = journal(dossierId);
      list.splice(list.indexOf(entry(dossierId, id)), 1);
      memoryAuditDossier(store, 'change', dossierId, 'attempt deleted');
      return view(dossierId);
    },
    attemptScreenshot: async (dossierId, id) => {
      const { attempt, bytes } = entry(dossierId, id);
      if (!attempt.screenshot) throw NOT_FOUND;
      return `data:${attempt.screenshot.media_type};base64,${base64(bytes)}`;
    },
    saveJournalAnnex: async (dossierId) => {
      journal(dossierId);
      memoryAuditDossier(store, 'export', dossierId, 'journal annex');
      return `/documents/Permanence/${today}-releve-tentatives-diallo.pdf`;
    },
  };
}

type DeadlineCommands = 'dossierDeadlines' | 'deadlinesDashboard' | 'reminders' | 'sendReminders' | 'saveWeeklyList' | 'saveCalendar';

interface DeadlineContext {
  /** AAAA-MM-JJ */
  today: string;
  /** Deadlines of dossiers the stand-in does not hold. */
  extra: DueItem[];
  /** Letters to post now of dossiers the stand-in does not hold. */
  extraActNow: ActNowItem[];
  reminderDays: () => number;
}

/** AAAA-MM-JJ + n calendar days. */
function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** AAAA-MM-JJ + n working days (Monday to Friday: the stand-in knows no
 * public holiday). */
function addWorkingDays(iso: string, n: number): string {
  let day = iso;
  while (n > 0) {
    day = addDays(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) n--;
  }
  return day;
}

/** The stand-in's rules for droit-au-compte, after the Rust ones: the
 * bank's silence (from the AR, or assumed three working days after posting,
 * or from the deposit at the counter), then the Banque de France's
 * designation. */
function memoryChain(d: MemoryDossier, letters: Map<string, { sent: string | null; received: string | null }>): DossierDeadline[] {
  if (d.procedureId !== 'droit-au-compte') return [];
  const out: DossierDeadline[] = [];
  const rule = (id: string, meaning: DeadlineMeaning, letter: string, event: string, days: number, working: boolean) => {
    const facts = letters.get(letter);
    let start: string;
    let source: string;
    let assumption: Step | null = null;
    if (facts?.received) {
      start = facts.received;
      source = `letter:${letter}:received`;
    } else if (facts?.sent) {
      start = addWorkingDays(facts.sent, 3);
      source = `letter:${letter}:sent`;
      assumption = { kind: 'assumed', event, assumed: start, origin: 'letter-sent', base: facts.sent, amount: 3, unit: 'working-days' };
    } else {
      return;
    }
    const due = working ? addWorkingDays(start, days) : addDays(start, days);
    const count: Step = { kind: 'count', event, start, amount: days, unit: working ? 'working-days' : 'days', distance: null, end: due, missing_day: null };
    const explanation = assumption ? [assumption, count] : [count];
    out.push({ rule: id, meaning, start, source, due, provisional: assumption !== null, assumption, enforceable: true, ceiling: null, suspended: null, explanation });
  };
  if (d.answers.mode_demande === 'lrar') rule('silence-banque-lrar', 'implicit-refusal', 'demande-ouverture', 'acknowledgement', 15, false);
  if (d.answers.mode_demande === 'guichet' && typeof d.answers.date_depot === 'string' && d.answers.date_depot) {
    const start = d.answers.date_depot;
    const due = addDays(start, 15);
    const explanation: Step[] = [{ kind: 'count', event: 'counter-filing', start, amount: 15, unit: 'days', distance: null, end: due, missing_day: null }];
    out.push({
      rule: 'silence-banque-guichet',
      meaning: 'implicit-refusal',
      start,
      source: 'date_depot',
      due,
      provisional: false,
      assumption: null,
      enforceable: true,
      ceiling: null,
      suspended: null,
      explanation,
    });
  }
  rule('designation-bdf', 'authority-due', 'saisine-bdf', 'file-received', 1, true);
  return out;
}

function memoryDeadlines(
  dossiers: Map<number, MemoryDossier>,
  frozen: FrozenCopies,
  { today, extra, extraActNow, reminderDays }: DeadlineContext,
): Pick<Backend, DeadlineCommands> {
  // As the Rust side: the latest posting and the latest AR of each letter.
  const chain = (id: number): DossierDeadline[] => {
    const d = dossiers.get(id);
    if (!d) throw NOT_FOUND;
    const letters = new Map<string, { sent: string | null; received: string | null }>();
    for (const { letter } of frozen.values()) {
      if (letter.dossier_id !== id) continue;
      const facts = letters.get(letter.letter_id) ?? { sent: null, received: null };
      if (letter.sent_on && (!facts.sent || letter.sent_on > facts.sent)) facts.sent = letter.sent_on;
      if (letter.received_on && (!facts.received || letter.received_on > facts.received)) facts.received = letter.received_on;
      letters.set(letter.letter_id, facts);
    }
    return memoryChain(d, letters);
  };
  const all = (): DueItem[] => {
    const own = [...dossiers.entries()].flatMap(([id, d]) =>
      chain(id).map((x) => ({
        dossier_id: id,
        person_id: d.personId,
        family_name: 'Diallo',
        given_names: 'Awa',
        procedure_id: d.procedureId,
        rule_id: x.rule,
        due_on: x.due,
        provisional: x.provisional,
        inputs: { meaning: x.meaning, start: x.start, source: x.source, assumption: x.assumption, enforceable: x.enforceable, ceiling: x.ceiling },
        explanation: x.explanation,
      })),
    );
    return [...extra.map((x) => structuredClone(x)), ...own].sort((a, b) => a.due_on.localeCompare(b.due_on) || a.dossier_id - b.dossier_id);
  };
  const actNow = (): ActNowItem[] => extraActNow.map((x) => structuredClone(x));
  const dueSoon = () => {
    const until = addDays(today, reminderDays());
    return all().filter((x) => x.due_on >= today && x.due_on <= until);
  };
  return {
    dossierDeadlines: async (id) => chain(id),
    deadlinesDashboard: async () => {
      const board: Dashboard = { today, act_now: actNow(), overdue: [], this_week: [], next_30_days: [], later: [], truncated: false };
      const [from, week, month] = [addDays(today, -60), addDays(today, 7), addDays(today, 30)];
      for (const x of all()) {
        if (x.due_on < from) continue;
        if (x.due_on < today) board.overdue.push(x);
        else if (x.due_on < week) board.this_week.push(x);
        else if (x.due_on <= month) board.next_30_days.push(x);
        else board.later.push(x);
      }
      return board;
    },
    reminders: async () => dueSoon(),
    sendReminders: async () => dueSoon().length,
    saveWeeklyList: async () => `/documents/Permanence/${today}-echeances-semaine.pdf`,
    saveCalendar: async (dossierId) => (dossierId === null ? `/documents/Permanence/${today}-echeances.ics` : `/documents/Permanence/${today}-echeances-dossier-${dossierId}.ics`),
  };
}

/** A school refusal given orally: the letter goes now, no deadline runs. */
function sampleActNow(): ActNowItem[] {
  return [
    {
      dossier_id: 905,
      person_id: 905,
      family_name: 'Toure',
      given_names: 'Mariam',
      procedure_id: 'refus-inscription-scolaire',
      letter_id: 'recours-maire',
      rule_id: 'recours-gracieux',
    },
  ];
}

/** A few deadlines around `today` for the stand-in's Échéances screen: one
 * in each group, one provisional, one without voies et délais. */
function sampleDeadlines(today: string): DueItem[] {
  const item = (
    n: number,
    family: string,
    given: string,
    procedure: string,
    rule: string,
    meaning: DeadlineMeaning,
    start: string,
    days: number,
    more: Partial<DueItem['inputs']> = {},
  ): DueItem => {
    const due = addDays(today, days);
    const inputs: DueItem['inputs'] = { meaning, start, source: 'date_refus', assumption: null, enforceable: true, ceiling: null, ...more };
    const steps: Step[] = [
      ...(inputs.assumption ? [inputs.assumption] : []),
      { kind: 'count', event: 'refusal', start, amount: days, unit: 'days', distance: null, end: due, missing_day: null },
      ...(inputs.ceiling ? [{ kind: 'not-enforceable' as const, ceiling: inputs.ceiling, act_by: due }] : []),
    ];
    return {
      dossier_id: 900 + n,
      person_id: 900 + n,
      family_name: family,
      given_names: given,
      procedure_id: procedure,
      rule_id: rule,
      due_on: due,
      provisional: inputs.assumption !== null,
      inputs,
      explanation: steps,
    };
  };
  const sent = addDays(today, -15);
  const ar = addWorkingDays(sent, 3);
  return [
    item(1, 'Haddad', 'Karim', 'refus-inscription-scolaire', 'tribunal-administratif', 'court-due', addDays(today, -64), -3, { source: 'deadline:rejet-implicite-maire' }),
    item(2, 'Nguyen', 'Thi Lan', 'droit-au-compte', 'silence-banque-lrar', 'implicit-refusal', ar, 2, {
      source: 'letter:demande-ouverture:sent',
      assumption: { kind: 'assumed', event: 'acknowledgement', assumed: ar, origin: 'letter-sent', base: sent, amount: 3, unit: 'working-days' },
    }),
    item(3, 'Okafor', 'Chidi', 'refus-inscription-scolaire', 'recours-gracieux', 'recourse-due', addDays(today, -50), 12, {
      enforceable: false,
      ceiling: addDays(today, 315),
    }),
    item(4, 'Benali', 'Yasmine', 'refus-inscription-scolaire', 'rejet-implicite-dasen', 'implicit-rejection', addDays(today, -15), 45, {
      source: 'letter:recours-dasen-second-degre:received',
    }),
  ];
}
