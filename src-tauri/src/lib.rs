//! The desktop shell: reads the command line, the environment and the
//! clock, opens the installation, and exposes one-line commands to the UI.
//! Every command converts, calls one use case of `permanence-app`, and maps
//! errors to `{code, message, problems}`. No logic lives here.

use std::path::PathBuf;

use chrono::{Local, NaiveDate, SecondsFormat};
use permanence_app::view::{
    AppInfo, AttemptForm, AuditEntry, AuditOverview, BackupInfo, BackupStatus, CatalogueItem,
    ConflictView, Dashboard, DocumentForm, DossierDeadline, DossierListItem, DueItem,
    DuplicateView, ErasureCounts, ErasurePreview, ErrorReport, ExchangeView, FrozenLetter,
    InterviewView, JournalView, LetterItem, LetterPreview, Move, PersonForm, PersonSummary,
    PersonView, RetentionReview, Settings, Strength, TeamView, VaultStatus, Worker,
};
use permanence_app::{
    App, DATA_DIR_ENV, PROJECT_DIRS, RECENT_AUDIT_LIMIT, resolve_data_dir, team_folder_suggestions,
};
use tauri::{Manager, RunEvent, State};

mod webkit;

type Reply<T> = Result<T, ErrorReport>;

/// Today's date and the current instant, read here and nowhere below.
fn clock() -> (NaiveDate, String) {
    let now = Local::now();
    (
        now.date_naive(),
        now.to_rfc3339_opts(SecondsFormat::Secs, false),
    )
}

#[tauri::command]
fn app_info(app: State<'_, App>) -> AppInfo {
    app.info()
}

#[tauri::command]
fn get_settings(app: State<'_, App>) -> Reply<Settings> {
    app.settings().map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_language(app: State<'_, App>, code: String) -> Reply<Settings> {
    app.set_language(&code).map_err(|e| app.report(&e))
}

#[tauri::command]
fn list_procedures(app: State<'_, App>) -> Vec<CatalogueItem> {
    app.catalogue()
}

#[tauri::command]
fn start_demarche(
    app: State<'_, App>,
    person_id: i64,
    procedure_id: String,
) -> Reply<InterviewView> {
    let (today, now) = clock();
    app.start_demarche(person_id, &procedure_id, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn list_dossiers(app: State<'_, App>) -> Reply<Vec<DossierListItem>> {
    app.dossiers().map_err(|e| app.report(&e))
}

#[tauri::command]
fn get_interview(app: State<'_, App>, dossier_id: i64) -> Reply<InterviewView> {
    app.interview(dossier_id, clock().0)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn answer_question(
    app: State<'_, App>,
    dossier_id: i64,
    question_id: String,
    value: serde_json::Value,
) -> Reply<InterviewView> {
    app.answer(dossier_id, &question_id, &value, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn move_interview(
    app: State<'_, App>,
    dossier_id: i64,
    from: Option<String>,
    movement: Move,
) -> Reply<InterviewView> {
    app.move_in_interview(dossier_id, from.as_deref(), movement, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn edit_answer(app: State<'_, App>, dossier_id: i64, question_id: String) -> Reply<InterviewView> {
    app.edit_answer(dossier_id, &question_id, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_enclosures(
    app: State<'_, App>,
    dossier_id: i64,
    ticked: Vec<String>,
    added: Vec<String>,
) -> Reply<InterviewView> {
    app.set_enclosures(dossier_id, &ticked, &added, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_letterhead(app: State<'_, App>, organisation: String, place: String) -> Reply<Settings> {
    app.set_letterhead(&organisation, &place)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn list_letters(app: State<'_, App>, dossier_id: i64) -> Reply<Vec<LetterItem>> {
    app.letters_of(dossier_id, clock().0)
        .map_err(|e| app.report(&e))
}

// Laying out a letter takes a few milliseconds to tens of milliseconds:
// async so typing elsewhere never waits for it.
#[tauri::command]
async fn preview_letter(
    app: State<'_, App>,
    dossier_id: i64,
    letter_id: String,
    explain: Option<String>,
) -> Reply<LetterPreview> {
    app.preview_letter(dossier_id, &letter_id, explain.as_deref(), clock().0)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn freeze_letter(
    app: State<'_, App>,
    dossier_id: i64,
    letter_id: String,
    explain: Option<String>,
) -> Reply<FrozenLetter> {
    let (today, now) = clock();
    app.freeze_letter(dossier_id, &letter_id, explain.as_deref(), today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn frozen_letter_pages(app: State<'_, App>, id: i64) -> Reply<Vec<String>> {
    app.frozen_letter_pages(id).map_err(|e| app.report(&e))
}

/// Where « Enregistrer en PDF » writes: `PERMANENCE_EXPORT_DIR`, else the
/// user's Documents folder, under `Permanence/`.
fn export_dir() -> PathBuf {
    std::env::var_os("PERMANENCE_EXPORT_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            directories::UserDirs::new()
                .and_then(|u| u.document_dir().map(|d| d.join("Permanence")))
        })
        .unwrap_or_else(|| std::env::temp_dir().join("Permanence"))
}

#[tauri::command]
fn save_letter_pdf(app: State<'_, App>, id: i64) -> Reply<PathBuf> {
    app.save_letter_pdf(id, &export_dir(), &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn mark_letter_sent(
    app: State<'_, App>,
    id: i64,
    sent_on: String,
    tracking_number: String,
) -> Reply<FrozenLetter> {
    app.mark_letter_sent(id, &sent_on, &tracking_number, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn mark_letter_received(app: State<'_, App>, id: i64, received_on: String) -> Reply<FrozenLetter> {
    app.mark_letter_received(id, &received_on, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_deadline_settings(app: State<'_, App>, zone: String, reminder_days: u32) -> Reply<Settings> {
    app.set_deadline_settings(&zone, reminder_days, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn dossier_deadlines(app: State<'_, App>, dossier_id: i64) -> Reply<Vec<DossierDeadline>> {
    app.dossier_deadlines(dossier_id)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn deadlines_dashboard(app: State<'_, App>) -> Reply<Dashboard> {
    app.deadlines_dashboard(clock().0)
        .map_err(|e| app.report(&e))
}

/// Shows the desktop notification of the deadlines due soon; returns how
/// many. Without a notification service (some desktops, Xvfb) nothing is
/// shown and the Échéances screen remains the reference.
#[tauri::command]
fn send_reminders(handle: tauri::AppHandle, app: State<'_, App>) -> Reply<usize> {
    use tauri_plugin_notification::NotificationExt;
    let today = clock().0;
    let Some((title, body)) = app.reminder_message(today).map_err(|e| app.report(&e))? else {
        return Ok(0);
    };
    let count = app.reminders(today).map_err(|e| app.report(&e))?.len();
    let _ = handle
        .notification()
        .builder()
        .title(title)
        .body(body)
        .show();
    Ok(count)
}

/// The calendar (.ics) of one dossier, or of every open one, into the
/// export folder; returns the path.
#[tauri::command]
fn save_calendar(app: State<'_, App>, dossier_id: Option<i64>) -> Reply<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    app.save_calendar(dossier_id, clock().0, &stamp, &export_dir())
        .map_err(|e| app.report(&e))
}

/// The week's deadlines as a PDF into the export folder.
#[tauri::command]
async fn save_weekly_list(app: State<'_, App>) -> Reply<PathBuf> {
    app.save_weekly_list(clock().0, &export_dir())
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_privacy_settings(
    app: State<'_, App>,
    lock_after_minutes: u32,
    retention_months: u32,
) -> Reply<Settings> {
    app.set_privacy_settings(lock_after_minutes, retention_months)
        .map_err(|e| app.report(&e))
}

/// Seconds without input before the window locks: Paramètres, unless
/// `PERMANENCE_LOCK_AFTER_SECONDS` says otherwise (the end-to-end test
/// cannot wait ten minutes).
#[tauri::command]
fn lock_delay_seconds(app: State<'_, App>) -> u64 {
    std::env::var("PERMANENCE_LOCK_AFTER_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| u64::from(app.settings().unwrap_or_default().lock_after_minutes) * 60)
}

/// The audit journal's entries about one person (their page shows and
/// prints them).
#[tauri::command]
fn person_audit(app: State<'_, App>, person_id: i64) -> Reply<Vec<AuditEntry>> {
    app.person_audit(person_id).map_err(|e| app.report(&e))
}

/// The latest entries of the whole journal and whether the chain holds
/// (Paramètres).
#[tauri::command]
fn list_workers(app: State<'_, App>) -> Reply<Vec<Worker>> {
    app.workers().map_err(|e| app.report(&e))
}

#[tauri::command]
async fn add_worker(
    app: State<'_, App>,
    name: String,
    pin: String,
    confirmation: String,
) -> Reply<Worker> {
    app.add_worker(&name, &pin, &confirmation, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn sign_in(app: State<'_, App>, name: String, pin: String) -> Reply<Worker> {
    app.sign_in(&name, &pin, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn sign_out(app: State<'_, App>) {
    app.sign_out()
}

#[tauri::command]
fn recent_audit(app: State<'_, App>) -> Reply<AuditOverview> {
    app.recent_audit(RECENT_AUDIT_LIMIT)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn erasure_preview(app: State<'_, App>, person_id: i64) -> Reply<ErasurePreview> {
    app.erasure_preview(person_id).map_err(|e| app.report(&e))
}

#[tauri::command]
fn erase_person(app: State<'_, App>, person_id: i64) -> Reply<ErasureCounts> {
    app.erase_person(person_id, &clock().1)
        .map_err(|e| app.report(&e))
}

/// Everything held about the person, into the export folder.
#[tauri::command]
async fn export_person(app: State<'_, App>, person_id: i64) -> Reply<PathBuf> {
    let (today, now) = clock();
    app.export_person(person_id, &export_dir(), today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_dossier_closed(app: State<'_, App>, dossier_id: i64, close: bool) -> Reply<()> {
    let (today, now) = clock();
    app.set_dossier_closed(dossier_id, close, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn retention_review(app: State<'_, App>) -> Reply<RetentionReview> {
    app.retention_review(clock().0).map_err(|e| app.report(&e))
}

#[tauri::command]
fn purge_closed_dossiers(app: State<'_, App>, ids: Vec<i64>) -> Reply<usize> {
    let (today, now) = clock();
    app.purge_closed_dossiers(&ids, today, &now)
        .map_err(|e| app.report(&e))
}

/// The whole database under a passphrase chosen for it, into the export
/// folder (to copy onto a USB key).
#[tauri::command]
async fn export_portable_backup(
    app: State<'_, App>,
    passphrase: String,
    confirmation: String,
) -> Reply<PathBuf> {
    app.export_portable_backup(&passphrase, &confirmation, &export_dir(), &clock().1)
        .map_err(|e| app.report(&e))
}

/// Restores a portable backup chosen in the window (its bytes).
#[tauri::command]
async fn import_portable_backup(
    app: State<'_, App>,
    bytes: Vec<u8>,
    passphrase: String,
) -> Reply<()> {
    app.import_portable_backup_bytes(&bytes, &passphrase, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn get_journal(app: State<'_, App>, dossier_id: i64) -> Reply<JournalView> {
    app.journal(dossier_id).map_err(|e| app.report(&e))
}

#[tauri::command]
async fn add_attempt(
    app: State<'_, App>,
    dossier_id: i64,
    form: AttemptForm,
) -> Reply<JournalView> {
    let (today, now) = clock();
    app.add_attempt(dossier_id, &form, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn delete_attempt(app: State<'_, App>, dossier_id: i64, id: i64) -> Reply<JournalView> {
    app.delete_attempt(dossier_id, id, &clock().1)
        .map_err(|e| app.report(&e))
}

/// The screenshot as a `data:` URL, for the thumbnail.
#[tauri::command]
fn attempt_screenshot(app: State<'_, App>, dossier_id: i64, id: i64) -> Reply<String> {
    app.attempt_screenshot_url(dossier_id, id)
        .map_err(|e| app.report(&e))
}

/// The journal's annex as a PDF into the export folder.
#[tauri::command]
async fn save_journal_annex(app: State<'_, App>, dossier_id: i64) -> Reply<PathBuf> {
    let (today, now) = clock();
    app.save_journal_annex(dossier_id, today, &export_dir(), &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn reminders(app: State<'_, App>) -> Reply<Vec<DueItem>> {
    app.reminders(clock().0).map_err(|e| app.report(&e))
}

#[tauri::command]
fn vault_status(app: State<'_, App>) -> VaultStatus {
    app.vault_status()
}

#[tauri::command]
fn passphrase_strength(app: State<'_, App>, passphrase: String) -> Strength {
    app.passphrase_strength(&passphrase)
}

// Key derivation takes a quarter of a second: async commands run off the
// window's thread, so the interface stays responsive meanwhile.
#[tauri::command]
async fn create_vault(app: State<'_, App>, passphrase: String, confirmation: String) -> Reply<()> {
    app.create_vault(&passphrase, &confirmation)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn unlock(app: State<'_, App>, passphrase: String) -> Reply<()> {
    app.unlock(&passphrase, &clock().1)
        .map_err(|e| app.report(&e))
}

// Waits up to a second or so on a big base for the page check unlocking
// started: async, so the people list is drawn meanwhile.
#[tauri::command]
async fn check_pages(app: State<'_, App>) -> Reply<()> {
    app.check_pages(&clock().1).map_err(|e| app.report(&e))
}

#[tauri::command]
fn lock(app: State<'_, App>) {
    app.lock();
}

#[tauri::command]
async fn change_passphrase(
    app: State<'_, App>,
    current: String,
    new: String,
    confirmation: String,
) -> Reply<()> {
    app.change_passphrase(&current, &new, &confirmation)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn backup_status(app: State<'_, App>) -> Reply<BackupStatus> {
    app.backup_status().map_err(|e| app.report(&e))
}

#[tauri::command]
async fn backup_now(app: State<'_, App>) -> Reply<BackupInfo> {
    app.backup_now(&clock().1).map_err(|e| app.report(&e))
}

#[tauri::command]
async fn restore_backup(app: State<'_, App>, file_name: String, passphrase: String) -> Reply<()> {
    app.restore_backup(&file_name, &passphrase, &clock().1)
        .map_err(|e| app.report(&e))
}

/// Paramètres → Équipe.
#[tauri::command]
fn team_status(app: State<'_, App>) -> Reply<Option<TeamView>> {
    app.team_status(clock().0).map_err(|e| app.report(&e))
}

/// Folders to offer for the team: USB keys plugged in, Syncthing's and
/// Nextcloud's folders (the shell reads where they are).
#[tauri::command]
fn team_folders() -> Vec<String> {
    let user = std::env::var("USER").unwrap_or_default();
    let roots = [
        PathBuf::from("/media").join(&user),
        PathBuf::from("/run/media").join(&user),
    ];
    let home = directories::UserDirs::new().map(|u| u.home_dir().to_owned());
    team_folder_suggestions(&roots, home.as_deref())
}

/// Starts a team in a shared folder (Argon2id: off the window's thread).
#[tauri::command]
async fn create_team(
    app: State<'_, App>,
    folder: String,
    passphrase: String,
    confirmation: String,
    label: String,
) -> Reply<TeamView> {
    let (today, now) = clock();
    app.create_team(&folder, &passphrase, &confirmation, &label, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn join_team(
    app: State<'_, App>,
    folder: String,
    passphrase: String,
    label: String,
) -> Reply<TeamView> {
    let (today, now) = clock();
    app.join_team(&folder, &passphrase, &label, today, &now)
        .map_err(|e| app.report(&e))
}

/// « Échanger maintenant ».
#[tauri::command]
async fn team_exchange(app: State<'_, App>) -> Reply<ExchangeView> {
    app.exchange(&clock().1).map_err(|e| app.report(&e))
}

#[tauri::command]
fn team_conflicts(app: State<'_, App>) -> Reply<Vec<ConflictView>> {
    app.team_conflicts().map_err(|e| app.report(&e))
}

/// Records of the same person created on two laptops.
#[tauri::command]
fn team_duplicates(app: State<'_, App>) -> Reply<Vec<DuplicateView>> {
    app.team_duplicates().map_err(|e| app.report(&e))
}

#[tauri::command]
fn merge_persons(app: State<'_, App>, keep: i64, other: i64) -> Reply<Vec<DuplicateView>> {
    app.merge_persons(keep, other, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn not_duplicates(app: State<'_, App>, a: i64, b: i64) -> Reply<Vec<DuplicateView>> {
    app.not_duplicates(a, b).map_err(|e| app.report(&e))
}

#[tauri::command]
fn resolve_conflict(app: State<'_, App>, id: String, take_other: bool) -> Reply<Vec<ConflictView>> {
    app.resolve_conflict(&id, take_other, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn search_persons(app: State<'_, App>, query: String) -> Reply<Vec<PersonSummary>> {
    app.search_persons(&query).map_err(|e| app.report(&e))
}

#[tauri::command]
fn get_person(app: State<'_, App>, id: i64) -> Reply<PersonView> {
    let (today, now) = clock();
    app.open_person(id, today, &now).map_err(|e| app.report(&e))
}

#[tauri::command]
fn save_person(app: State<'_, App>, id: Option<i64>, form: PersonForm) -> Reply<PersonView> {
    let (today, now) = clock();
    app.save_person(id, &form, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
async fn add_document(
    app: State<'_, App>,
    person_id: i64,
    form: DocumentForm,
) -> Reply<PersonView> {
    let (today, now) = clock();
    app.add_document(person_id, &form, today, &now)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn save_person_draft(app: State<'_, App>, id: Option<i64>, form: PersonForm) -> Reply<()> {
    app.save_person_draft(id, &form, &clock().1)
        .map_err(|e| app.report(&e))
}

#[tauri::command]
fn person_draft(app: State<'_, App>, id: Option<i64>) -> Reply<Option<PersonForm>> {
    app.person_draft(id).map_err(|e| app.report(&e))
}

#[tauri::command]
fn discard_person_draft(app: State<'_, App>, id: Option<i64>) -> Reply<()> {
    app.discard_person_draft(id).map_err(|e| app.report(&e))
}

/// `--data-dir DIR` or `--data-dir=DIR` on the command line.
fn data_dir_flag() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(v) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(v));
        }
    }
    None
}

fn open_app() -> Result<App, String> {
    let env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    let (qualifier, organisation, application) = PROJECT_DIRS;
    let platform = directories::ProjectDirs::from(qualifier, organisation, application)
        .map(|d| d.data_local_dir().to_owned());
    let paths = resolve_data_dir(
        data_dir_flag().as_deref(),
        env.as_deref(),
        platform.as_deref(),
    )
    .map_err(|e| e.to_string())?;
    App::open(paths).map_err(|e| e.to_string())
}

pub fn run() {
    let app = match open_app() {
        Ok(app) => app,
        Err(message) => {
            eprintln!("Permanence ne peut pas démarrer : {message}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .manage(app)
        .setup(|handle| {
            if let Some(window) = handle.get_webview_window("main") {
                window.with_webview(webkit::tune)?;
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_info,
            get_settings,
            set_language,
            list_procedures,
            start_demarche,
            list_dossiers,
            get_interview,
            answer_question,
            move_interview,
            edit_answer,
            set_enclosures,
            set_letterhead,
            list_letters,
            preview_letter,
            freeze_letter,
            frozen_letter_pages,
            save_letter_pdf,
            mark_letter_sent,
            mark_letter_received,
            set_deadline_settings,
            dossier_deadlines,
            deadlines_dashboard,
            reminders,
            send_reminders,
            save_calendar,
            save_weekly_list,
            set_privacy_settings,
            lock_delay_seconds,
            person_audit,
            list_workers,
            add_worker,
            sign_in,
            sign_out,
            recent_audit,
            erasure_preview,
            erase_person,
            export_person,
            set_dossier_closed,
            retention_review,
            purge_closed_dossiers,
            export_portable_backup,
            import_portable_backup,
            get_journal,
            add_attempt,
            delete_attempt,
            attempt_screenshot,
            save_journal_annex,
            vault_status,
            passphrase_strength,
            create_vault,
            unlock,
            check_pages,
            lock,
            change_passphrase,
            backup_status,
            backup_now,
            restore_backup,
            team_status,
            team_folders,
            create_team,
            join_team,
            team_exchange,
            team_conflicts,
            resolve_conflict,
            team_duplicates,
            merge_persons,
            not_duplicates,
            search_persons,
            get_person,
            save_person,
            add_document,
            save_person_draft,
            person_draft,
            discard_person_draft,
        ])
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Permanence ne peut pas ouvrir sa fenêtre : {e}");
            std::process::exit(1);
        })
        .run(|handle, event| {
            // Closing the app takes a backup and locks the database.
            if let RunEvent::Exit = event {
                handle.state::<App>().close(&clock().1);
            }
        });
}
