import type { ComponentChild } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

import logo from '../../assets/icons/128x128.png';
import { type AppInfo, type Backend, type CommandError, type ExplainLang, type VaultStatus, toCommandError } from './api';
import { type Lang, applyToDocument, translator } from './i18n';
import { DEFAULT_LOCK_DELAY_SECONDS, isLockShortcut, lockShortcutLabel, saneDelay, useIdleLock } from './lock';
import { NAV, personPath, shortcutTarget, useLocation } from './router';
import { DeadlinesScreen } from './screens/Deadlines';
import { DossiersScreen } from './screens/Dossiers';
import { NotFound } from './screens/NotFound';
import { InterviewScreen } from './screens/Interview';
import { LetterScreen } from './screens/Letter';
import { PeopleScreen } from './screens/People';
import { ProceduresScreen } from './screens/Procedures';
import { PersonPage } from './screens/Person';
import { PersonEditor } from './screens/PersonEditor';
import { ProfileScreen } from './screens/Profile';
import { SettingsScreen } from './screens/Settings';
import { SetupScreen, UnlockScreen } from './screens/Vault';
import { ServicesContext } from './services';

export interface AppProps {
  backend: Backend;
}

/** The desktop reminder of deadlines due soon: at unlock, then daily. */
export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Back to the people list without a history entry (nothing of the page
 * left reopens). */
function toPeopleList() {
  if (window.location.hash !== personPath.list) {
    history.replaceState(null, '', personPath.list);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}

export function App({ backend }: AppProps) {
  const [lang, setLang] = useState<Lang | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [vault, setVault] = useState<VaultStatus | null>(null);
  // The explanation sheet's language, kept while the app runs: never
  // written anywhere (it says something about the person).
  const [explain, setExplain] = useState<ExplainLang | null>('fr');
  // Seconds without input before locking, read from the shell once the
  // vault is open (null: locked, or not known yet).
  const [lockDelay, setLockDelay] = useState<number | null>(null);
  // Bumped when Paramètres changes the delay, to read it again.
  const [delayVersion, setDelayVersion] = useState(0);
  // The screen is cleared; the database is being closed (`lock`), or the
  // worker signed out (`switch`).
  const [closing, setClosing] = useState<'lock' | 'switch' | null>(null);
  const location = useLocation();
  const route = location?.route ?? null;
  const t = useMemo(() => translator(lang ?? 'fr'), [lang]);
  // Every screen reads these from the context (services.ts) rather than
  // through props at each level.
  const services = useMemo(() => ({ t, backend }), [t, backend]);
  const provide = (screen: ComponentChild) => <ServicesContext.Provider value={services}>{screen}</ServicesContext.Provider>;
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Settings first: the language decides every text on screen.
  useEffect(() => {
    backend
      .getSettings()
      .then((s) => setLang(s.language))
      .catch((e) => {
        // A corrupt settings file must not lock the worker out: defaults
        // are used and the next choice rewrites the file.
        setError(toCommandError(e));
        setLang('fr');
      });
    backend.appInfo().then(setInfo, (e) => setError(toCommandError(e)));
    backend.vaultStatus().then(setVault, (e) => setError(toCommandError(e)));
  }, [backend]);

  // Once the vault is open and, when there are profiles, a worker signed
  // in: the shell notifies the deadlines due soon, now and every 24 hours
  // while the app runs. Nothing is shown here if that fails, and nothing
  // about the person is logged.
  const unlocked = vault?.unlocked === true;
  const signedIn = unlocked && vault?.sign_in_required !== true;
  useEffect(() => {
    if (!signedIn) return;
    const remind = () =>
      backend.sendReminders().catch((e) => {
        console.warn('reminders not sent:', toCommandError(e).code);
      });
    remind();
    const timer = setInterval(remind, REMINDER_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [backend, signedIn]);

  const refreshVault = () => backend.vaultStatus().then(setVault, (e) => setError(toCommandError(e)));

  // A worker who signs in starts from the people list, whatever page the
  // window was left on.
  const signedInNow = () => {
    toPeopleList();
    return refreshVault();
  };

  // Locking (button, Ctrl+L, or no input for the delay) forgets everything
  // decrypted the UI holds, before the database is closed: the laptop is
  // shared, and whoever unlocks next must not find the previous person's
  // name or dossier in the page, in a screen's state or in its caches. The
  // unlock screen replaces the whole shell, so every screen unmounts and
  // its state is dropped; what App itself keeps about a person (the
  // explanation sheet's language, an error message) is reset; and the
  // route goes back to the people list, so unlocking again reloads nothing
  // of the screen left open. The database is closed once the screens have
  // unmounted (see the effect below), so an editor still saves its draft.
  //
  // « Changer de personne » takes the same path: the next worker may not be
  // allowed to see what was on screen. The profile screen replaces the
  // shell the same way, and the worker is signed out once the screens have
  // unmounted; the database stays open.
  const clearScreen = useCallback((how: 'lock' | 'switch') => {
    setVault((v) => (v ? (how === 'lock' ? { ...v, unlocked: false, worker: null } : { ...v, sign_in_required: true, worker: null }) : v));
    if (how === 'lock') setLockDelay(null);
    setExplain('fr');
    setError(null);
    toPeopleList();
    setClosing(how);
  }, []);
  const lock = useCallback(() => clearScreen('lock'), [clearScreen]);
  const switchWorker = useCallback(() => clearScreen('switch'), [clearScreen]);

  // Unlocking checks the database's header and schema; its other pages are
  // checked in the background while the people list shows (a second on a
  // big base), and nothing is written before that check passes. A damaged
  // database is closed again by the shell: the screen is cleared like a
  // lock, and the unlock screen says why and offers the backups.
  const [damaged, setDamaged] = useState<CommandError | null>(null);
  useEffect(() => {
    if (!unlocked) return;
    let live = true;
    backend.checkPages().then(
      () => live && setDamaged(null),
      (e) => {
        const problem = toCommandError(e);
        if (!live) return;
        if (problem.code === 'damaged') {
          setDamaged(problem);
          lock();
        } else console.warn('page check not done:', problem.code);
      },
    );
    return () => {
      live = false;
    };
  }, [backend, unlocked, lock]);

  useEffect(() => {
    if (!closing) return;
    (closing === 'lock' ? backend.lock() : backend.signOut())
      .catch((e) => setError(toCommandError(e)))
      .then(refreshVault)
      .finally(() => setClosing(null));
  }, [backend, closing]);

  // The delay is read again at each unlock and whenever Paramètres saves
  // it (the shell may override it, so it is not taken from the settings).
  useEffect(() => {
    if (!unlocked) return;
    let live = true;
    backend.lockDelaySeconds().then(
      (s) => live && setLockDelay(saneDelay(s)),
      (e) => {
        console.warn('lock delay not read:', toCommandError(e).code);
        if (live) setLockDelay(DEFAULT_LOCK_DELAY_SECONDS);
      },
    );
    return () => {
      live = false;
    };
  }, [backend, unlocked, delayVersion]);

  // Also on the profile screen: the database is open there.
  useIdleLock(unlocked && closing !== 'lock' ? lockDelay : null, lock);

  // Ctrl+L (Cmd+L) from anywhere while unlocked, text fields included (the
  // profile screen's PIN too). Not listened to while locked: the unlock
  // screen's passphrase field types freely.
  useEffect(() => {
    if (!unlocked) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      lock();
    };
    // On the way down, so no screen can swallow it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [unlocked, lock]);

  // Layout effect: the direction is set before the first paint, so an
  // Arabic screen never flashes left to right.
  useLayoutEffect(() => {
    if (!lang) return;
    applyToDocument(lang);
    document.title = t('app-name');
    document.body.dataset.ready = 'true';
  }, [lang, t]);

  // Keyboard users land on the new screen's heading, not back at the top.
  const hash = location ? JSON.stringify(location) : 'none';
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // The screen may render its heading after loading: try again shortly.
    heading.current?.focus();
    const retry = setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
    }, 150);
    return () => clearTimeout(retry);
  }, [hash, signedIn]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = shortcutTarget(e);
      if (target) {
        e.preventDefault();
        window.location.hash = target;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const chooseLanguage = async (code: Lang) => {
    try {
      const saved = await backend.setLanguage(code);
      setLang(saved.language);
      setError(null);
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  if (!lang || !vault) {
    return <p class="loading">{t('loading')}</p>;
  }
  if (!vault.exists) return provide(<SetupScreen onOpened={refreshVault} />);
  if (!vault.unlocked) return provide(<UnlockScreen lang={lang} onOpened={refreshVault} problem={damaged} />);

  const shortcut = lockShortcutLabel();
  // Profiles exist and nobody is signed in: only their names are shown.
  if (vault.sign_in_required) {
    return provide(<ProfileScreen onSignedIn={signedInNow} onLock={lock} shortcut={shortcut} />);
  }
  const worker = vault.worker ?? null;
  let screen: ComponentChild;
  const person = location?.person;
  if (route === null) {
    screen = <NotFound headingRef={heading} />;
  } else if (route === 'people') {
    if (person?.mode === 'new') {
      screen = <PersonEditor headingRef={heading} id={null} key="new" />;
    } else if (person?.mode === 'edit') {
      screen = <PersonEditor headingRef={heading} id={person.id} key={`edit-${person.id}`} />;
    } else if (person?.mode === 'view') {
      screen = <PersonPage headingRef={heading} id={person.id} key={`view-${person.id}`} />;
    } else {
      screen = <PeopleScreen headingRef={heading} />;
    }
  } else if (route === 'dossiers' && location?.dossier !== undefined && location.letter) {
    // One screen for the draft and its frozen copies: freezing moves to the
    // copy's route without losing what the screen was doing.
    screen = (
      <LetterScreen
        dossierId={location.dossier}
        letterId={location.letter.id}
        frozenId={location.letter.frozen}
        explain={explain}
        onExplain={setExplain}
        headingRef={heading}
        key={`letter-${location.dossier}-${location.letter.id}`}
      />
    );
  } else if (route === 'dossiers' && location?.dossier !== undefined) {
    screen = <InterviewScreen dossierId={location.dossier} headingRef={heading} key={`dossier-${location.dossier}`} />;
  } else if (route === 'dossiers') {
    screen = <DossiersScreen headingRef={heading} />;
  } else if (route === 'deadlines') {
    screen = <DeadlinesScreen headingRef={heading} />;
  } else if (route === 'procedures') {
    screen = <ProceduresScreen headingRef={heading} />;
  } else {
    screen = (
      <SettingsScreen
        lang={lang}
        info={info}
        onLanguage={chooseLanguage}
        onPrivacySaved={() => setDelayVersion((v) => v + 1)}
        worker={worker}
        onWorkersChanged={refreshVault}
        onDataReplaced={refreshVault}
        headingRef={heading}
      />
    );
  }

  return provide(
    <div class="shell">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; it moves focus itself, as `#main` would change the hash route. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          heading.current?.focus();
        }}
      >
        {t('skip-to-content')}
      </a>
      <header class="topbar">
        <div class="brand">
          <img src={logo} alt="" width="32" height="32" />
          <div>
            <span class="brand-name">{t('app-name')}</span>
            <span class="brand-tagline">{t('app-tagline')}</span>
          </div>
        </div>
        <div class="topbar-end">
          <p class="offline-badge" id="offline-badge">
            <span aria-hidden="true">●</span> {t('offline-badge')}
          </p>
          {worker && (
            <>
              <p class="current-worker">
                {t('current-worker-label')} <bdi id="current-worker">{worker.name}</bdi>
              </p>
              <button type="button" class="lock-button" id="switch-worker" onClick={switchWorker} title={t('switch-worker-hint')}>
                {t('switch-worker')}
              </button>
            </>
          )}
          <button type="button" class="lock-button" id="lock" onClick={lock} title={t('lock-shortcut-hint', { keys: shortcut })} aria-keyshortcuts="Control+L Meta+L">
            {t('lock-button')}
            <kbd aria-hidden="true">{shortcut}</kbd>
          </button>
        </div>
      </header>
      <div class="body">
        <nav class="sidebar" aria-label={t('nav-label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.route}>
                <a id={`nav-${item.route}`} href={item.path} aria-current={route === item.route ? 'page' : undefined} title={t('nav-shortcut-hint', { key: item.key })}>
                  {t(item.labelKey)}
                  <kbd aria-hidden="true">Alt+{item.key}</kbd>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" class="content">
          {error && (
            <div
              class={error.code === 'settings-corrupt' ? 'notice' : 'notice notice-error'}
              role={error.code === 'settings-corrupt' ? 'status' : 'alert'}
              id="error-banner"
              data-code={error.code}
            >
              <strong>{t('error-title')}</strong> {error.message}
            </div>
          )}
          {screen}
        </main>
      </div>
    </div>,
  );
}
