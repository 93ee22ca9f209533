// End-to-end test of the real Permanence window: the debug binary under
// Xvfb, driven through tauri-driver and WebKitWebDriver (WebDriver classic).
// Screenshots and measured figures go to target/e2e/.
//
// Usage: node window.e2e.mjs   (after `cargo build -p permanence-desktop`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  BANK_ANSWERS,
  PASSPHRASE,
  appPid as pidOf,
  assert,
  checkRunner,
  children,
  currentQuestion,
  desktopBinary,
  fill,
  h1,
  launch,
  painted,
  plain,
  root,
  clickUntil,
  settled,
  startDisplay,
  startDriver,
  stopChildren,
  treeMemory,
  walkInterview,
} from './harness.mjs';

const appBinary = desktopBinary('debug');
const outDir = path.join(root, 'target', 'e2e');
const version = /\[workspace\.package\][^[]*?version = "([^"]+)"/s.exec(readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
// The démarches shipped, one folder with a procedure.toml each: the catalogue
// must list them all, and adding one needs no edit here.
const shippedProcedures = readdirSync(path.join(root, 'assets/procedures')).filter((id) => existsSync(path.join(root, 'assets/procedures', id, 'procedure.toml'))).length;

mkdirSync(outDir, { recursive: true });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'permanence-e2e-'));
const dataDir = path.join(scratch, 'data');
// « Enregistrer en PDF » writes here instead of ~/Documents/Permanence.
const exportDir = path.join(scratch, 'export');
const metrics = {};

function log(msg) {
  console.log(`[e2e] ${msg}`);
}

/** Set by main: a screenshot of the window when a check fails, so a rare
 * failure can be read afterwards (`target/e2e/echec-<n>.png`). */
let onFailure = null;

const { results, check } = checkRunner(log, async (n) => onFailure?.(n));

let driverPort = 0;

const appPid = () => pidOf(appBinary);

async function openWindow(env) {
  const { browser, launchMs } = await launch({ port: driverPort, application: appBinary, args: ['--data-dir', dataDir] });
  return { browser, launchMs, env };
}

/**
 * A screenshot of the window. WebKit takes it at the page's next paint, and
 * without GPU compositing (src-tauri/src/webkit.rs) an idle page never
 * paints again: the request timed out. A pixel that changes its opacity
 * for a moment gives it that paint; it is removed right after.
 */
const shot = async (browser, name) => {
  await browser.execute(() => {
    const pixel = document.createElement('div');
    pixel.setAttribute('aria-hidden', 'true');
    pixel.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;width:1px;height:1px;pointer-events:none;opacity:0.01';
    document.body.append(pixel);
    let n = 0;
    const timer = setInterval(() => {
      n += 1;
      pixel.style.opacity = n % 2 ? '0.02' : '0.01';
      if (n > 60) {
        clearInterval(timer);
        pixel.remove();
      }
    }, 50);
  });
  await browser.saveScreenshot(path.join(outDir, `${name}.png`));
};

async function main() {
  assert(existsSync(appBinary), `${appBinary} is missing: run cargo build -p permanence-desktop first`);
  const display = await startDisplay(outDir);
  const env = {
    ...process.env,
    DISPLAY: display,
    TMPDIR: scratch,
    PERMANENCE_DATA_DIR: path.join(scratch, 'env-data-dir-must-lose-to-flag'),
    PERMANENCE_EXPORT_DIR: exportDir,
    // No accessibility bus under Xvfb; without this GTK waits for it.
    NO_AT_BRIDGE: '1',
  };
  driverPort = await startDriver(env, outDir);

  let { browser, launchMs } = await openWindow(env);
  // `browser` is reassigned after the restart: the closure follows it.
  onFailure = (n) => shot(browser, `echec-${n}`);
  metrics.first_launch_to_interactive_ms = launchMs;
  metrics.in_page_ready_ms = Math.round(await browser.execute(() => performance.now()));
  log(`first launch to interactive screen: ${launchMs} ms`);
  metrics.memory_at_start = treeMemory(appPid());
  log(`memory of the app's process tree at start: RSS ${metrics.memory_at_start.rss_mib} MiB, PSS ${metrics.memory_at_start.pss_mib} MiB`);

  await check('first launch asks for a passphrase, with strength feedback', async () => {
    await browser.$('#setup-form').waitForExist({ timeout: 5000 });
    const [lang, dir] = await browser.execute(() => [document.documentElement.lang, document.documentElement.dir]);
    assert(lang === 'fr' && dir === 'ltr', `lang=${lang} dir=${dir}`);
    await browser.$('#setup-passphrase').setValue('court');
    await browser.waitUntil(
      async () =>
        plain(
          await browser
            .$('#setup-strength')
            .getText()
            .catch(() => ''),
        ).includes('0 sur 4'),
      {
        timeout: 5000,
        timeoutMsg: 'no strength feedback',
      },
    );
    // Typed over « court »: a clear fires no input event, and the strength of
    // « court » arriving late put « court » back in front (seen once).
    await fill(browser, '#setup-passphrase', PASSPHRASE);
    await fill(browser, '#setup-confirm', `${PASSPHRASE}x`);
    await browser.$('#setup-submit').click();
    await browser.$('#vault-error').waitForExist({ timeout: 5000 });
    assert((await browser.$('#vault-error').getAttribute('data-code')) === 'passphrase-mismatch', 'mismatch not reported');
    await shot(browser, 'fr-setup');
    await fill(browser, '#setup-confirm', PASSPHRASE);
    await browser.$('#setup-submit').click();
    await browser.waitUntil(
      async () =>
        (await browser
          .$('main h1')
          .getText()
          .catch(() => '')) === 'Personnes',
      { timeout: 10000, timeoutMsg: 'main screen not shown after setup' },
    );
  });

  await check('the database file is encrypted', async () => {
    const bytes = readFileSync(path.join(dataDir, 'permanence.db'));
    assert(bytes.length >= 4096, `database is ${bytes.length} bytes`);
    assert(!bytes.includes(Buffer.from('SQLite format')), 'plain SQLite header');
  });

  await check('opens on the people screen, offline', async () => {
    assert((await h1(browser)) === 'Personnes', `h1 is ${await h1(browser)}`);
    assert((await browser.$('#offline-badge').getText()).includes('Hors ligne'), 'no offline badge');
    await shot(browser, 'fr-personnes-vide');
  });

  await check('the shipped fonts are loaded, none from the network', async () => {
    const fonts = await browser.execute(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('"', ''));
    });
    assert(fonts.includes('Noto Sans'), `loaded fonts: ${fonts}`);
    const remote = await browser.execute(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => /^https?:\/\/(?!ipc\.localhost|tauri\.localhost)/.test(n)),
    );
    assert(remote.length === 0, `network requests: ${remote}`);
  });

  const screens = [
    ['nav-dossiers', 'Dossiers', 'fr-dossiers'],
    ['nav-deadlines', 'Échéances', 'fr-echeances-vide'],
    ['nav-procedures', 'Démarches', 'fr-demarches'],
    ['nav-settings', 'Paramètres', 'fr-parametres'],
    ['nav-people', 'Personnes', null],
  ];
  for (const [id, title, screenshot] of screens) {
    await check(`navigation: ${title}`, async () => {
      await browser.$(`#${id}`).click();
      await browser.waitUntil(async () => (await h1(browser)) === title, { timeout: 5000, timeoutMsg: `h1 never became ${title}` });
      const current = await browser.execute(() => document.querySelector('[aria-current="page"]')?.id);
      assert(current === id, `aria-current on ${current}`);
      if (screenshot) await shot(browser, screenshot);
    });
  }

  await check('keyboard: Tab reaches the skip link, Alt+3 opens Échéances with focus on its title', async () => {
    // After the screen's own focus on its title (retried at 150 ms).
    await browser.pause(250);
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys(['Tab']);
    const first = await browser.execute(() => document.activeElement?.className);
    assert(first === 'skip-link', `first Tab focused ${first}`);
    await browser.keys(['Alt', '3']);
    await browser.waitUntil(async () => (await h1(browser)) === 'Échéances', { timeout: 5000, timeoutMsg: 'Alt+3 did not navigate' });
    const focused = await browser.execute(() => document.activeElement?.tagName);
    assert(focused === 'H1', `focus on ${focused}`);
    // Tab goes on through the navigation in order.
    await browser.$('#nav-people').click();
    await browser.execute(() => document.getElementById('nav-people').focus());
    await browser.keys(['Tab']);
    const next = await browser.execute(() => document.activeElement?.id);
    assert(next === 'nav-dossiers', `Tab after Personnes focused ${next}`);
  });

  await check('Démarches: the catalogue lists the shipped démarches and finds them by plain words', async () => {
    await browser.$('#nav-procedures').click();
    assert(shippedProcedures >= 10, `assets/procedures holds ${shippedProcedures} démarches`);
    await browser.waitUntil(async () => (await browser.$$('#procedures-list li.procedure-card')).length === shippedProcedures, {
      timeout: 5000,
      timeoutMsg: `catalogue not listed: ${shippedProcedures} démarches expected`,
    });
    const titles = await browser.execute(() => [...document.querySelectorAll('#procedures-list h2')].map((h) => h.textContent));
    assert(titles.includes('Droit au compte bancaire'), `titles: ${titles}`);
    await shot(browser, 'fr-demarches-catalogue');
    const found = async (words) => {
      await browser.$('#procedures-search').setValue(words);
      await browser.pause(100);
      return browser.execute(() => [...document.querySelectorAll('#procedures-list h2')].map((h) => h.textContent));
    };
    const caf = await found('CAF');
    // The two CAF recourses, and démarches whose keywords name the CAF
    // (rights stopped for want of an API) — never the whole catalogue.
    assert(caf.includes('Contester une décision de la CAF ou de la CPAM') && caf.includes('Contester une décision sur le RSA') && caf.length < 5, `CAF: ${caf}`);
    const bank = await found('banque');
    assert(bank.length === 1 && bank[0] === 'Droit au compte bancaire', `banque: ${bank}`);
    const disability = await found('handicap');
    assert(disability.length === 1 && disability[0] === 'Contester une décision de la MDPH', `handicap: ${disability}`);
    const school = await found('école');
    assert(school.length === 1 && school[0] === "Refus d'inscription à l'école", `école: ${school}`);
    const prefecture = await found('préfecture');
    assert(prefecture.includes('Préfecture ou ANEF : demande de titre de séjour bloquée'), `préfecture: ${prefecture}`);
    const job = await found('France Travail');
    assert(
      job.some((t) => t.startsWith('Inscription à France Travail refusée')),
      `France Travail: ${job}`,
    );
    const health = await found('AME');
    assert(health.includes("Demande de PUMa, de complémentaire santé solidaire ou d'AME restée sans réponse"), `AME: ${health}`);
    // The ANEF blockages and the court step, by the words of the field.
    const blocked = 'Préfecture ou ANEF : demande de titre de séjour bloquée';
    for (const [words, expected] of [
      ['ANEF', blocked],
      ['récépissé', blocked],
      ['réfugié', null],
      ['tribunal', blocked],
      ['référé', blocked],
      ['avocat', blocked],
      ['aide juridictionnelle', "Demander l'aide juridictionnelle (avocat payé par l'État) avant d'aller au tribunal"],
    ]) {
      const hits = await found(words);
      assert(hits.length >= 1 && hits.length < shippedProcedures && (!expected || hits.includes(expected)), `${words}: ${hits}`);
    }
    await browser.$('#procedures-search').clearValue();
  });

  let personUrl = null;
  await check('creates a person; an impossible date is refused with a French message', async () => {
    await browser.$('#nav-people').click();
    await browser.$('#person-new').click();
    await browser.$('#field-family_name').waitForExist({ timeout: 5000 });
    await browser.$('#field-family_name').setValue('Benali');
    await browser.$('#field-given_names').setValue('Hélène');
    await browser.$('#field-alt_names').setValue('Benaly');
    await browser.$('#field-birth_date').setValue('30/02/1990');
    await browser.$('#person-save').click();
    await browser.$('#problem-birth_date').waitForExist({ timeout: 5000 });
    const message = await browser.$('#problem-birth_date').getText();
    assert(message.includes("Cette date n'existe pas"), `message: ${message}`);
    await shot(browser, 'fr-personne-erreur');
    await browser.$('#field-birth_date').setValue('28/02/1990');
    await browser.$('#person-save').click();
    await browser.waitUntil(async () => (await h1(browser)) === 'BENALI Hélène', { timeout: 5000, timeoutMsg: `h1 is ${await h1(browser)}` });
    personUrl = await browser.execute(() => window.location.hash);
    await shot(browser, 'fr-personne');
  });

  await check('finds the person without accents and edits them', async () => {
    await browser.$('#nav-people').click();
    await browser.$('#people-search').waitForExist({ timeout: 5000 });
    await fill(browser, '#people-search', 'helene');
    await browser.waitUntil(async () => (await browser.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'search did not narrow to one' });
    await shot(browser, 'fr-recherche');
    await browser.$('#people-results a').click();
    await browser.$('#person-edit').click();
    await browser.$('#field-phone').waitForExist({ timeout: 5000 });
    await browser.$('#field-phone').setValue('06 12 34 56 78');
    await browser.$('#person-save').click();
    await browser.waitUntil(
      async () =>
        (
          await browser
            .$('#person-record')
            .getText()
            .catch(() => '')
        ).includes('06 12 34 56 78'),
      { timeout: 5000, timeoutMsg: 'phone not shown after edit' },
    );
  });

  await check('walks the droit-au-compte démarche to its review, resuming where it was left', async () => {
    await browser.$('#demarche-choice option[value="droit-au-compte"]').waitForExist({ timeout: 5000 });
    await browser.$('#demarche-choice').selectByAttribute('value', 'droit-au-compte');
    await browser.$('#demarche-start').click();
    await browser.$('#question-form').waitForExist({ timeout: 5000 });
    // By LRAR, with no AR date yet: the bank's silence is dated from the
    // letter's posting and AR recorded below.
    const answers = BANK_ANSWERS;
    const current = () => currentQuestion(browser);
    let resumedChecked = false;
    await walkInterview(browser, answers, async (step) => {
      if (step === 2 && !resumedChecked) {
        // Interrupt: leave for the people list, come back through the
        // person's page: the interview resumes at the same question.
        const before = await current();
        const url = await browser.execute(() => window.location.hash);
        await browser.$('#nav-people').click();
        await browser.execute((u) => (window.location.hash = u), url);
        await browser.waitUntil(async () => (await current()) === before, { timeout: 5000, timeoutMsg: 'did not resume at the same question' });
        resumedChecked = true;
        await shot(browser, 'fr-demarche-question');
      }
    });
    await browser.$('#review').waitForExist({ timeout: 5000 });
    const status = await browser.$('#review-status').getText();
    assert(status.includes('Toutes les réponses obligatoires'), `review status: ${status}`);
    const outcomes = await browser.$('#review-outcomes').getText();
    assert(outcomes.includes('Banque de France'), `outcomes: ${outcomes}`);
    const law = await browser.$('#law-panel').getText();
    assert(law.includes('R312-6-1 CMF'), `law panel: ${law}`);
    assert(resumedChecked, 'resume not checked');
    await shot(browser, 'fr-demarche-relecture');
    await browser.$('#nav-dossiers').click();
    await browser.waitUntil(async () => (await browser.$$('#dossiers-list li')).length === 1, { timeout: 5000, timeoutMsg: 'dossier not listed' });
    const line = await browser.$('#dossiers-list li').getText();
    assert(line.includes('BENALI') && line.includes('Droit au compte bancaire'), `dossier line: ${line}`);
  });

  await check('prepares the bank letter from the review: preview, PDF saved and frozen, listed as printed', async () => {
    await browser.$('#dossiers-list li a').click();
    const item = '[data-letter="demande-ouverture"]';
    await browser.$(`${item} a.button`).waitForExist({ timeout: 5000 });
    assert(plain(await browser.$(`${item} a.button`).getText()) === 'Préparer le courrier', 'no « Préparer le courrier »');
    // The referral relies on the bank's fifteen days of silence, whose start
    // (the AR) is not recorded yet: not offered to print, and the review
    // says why.
    const waiting = plain(await browser.$('[data-letter="saisine-bdf"] .letter-waiting').getText());
    assert(waiting.startsWith('Pas encore'), `referral: ${waiting}`);
    assert(!(await browser.$('[data-letter="saisine-bdf"] a.button').isExisting()), 'referral offered before the silence has run');
    const started = Date.now();
    await browser.$(`${item} a.button`).click();
    await browser.waitUntil(async () => (await h1(browser)) === "Demande d'ouverture de compte à la banque", {
      timeout: 5000,
      timeoutMsg: `letter screen not shown: h1 is ${await h1(browser)}`,
    });
    await browser.waitUntil(async () => (await browser.$$('#letter-pages img')).length >= 1, { timeout: 15000, timeoutMsg: 'no page in the preview' });
    metrics.letter_preview_ms = Date.now() - started;
    log(`letter preview shown after ${metrics.letter_preview_ms} ms`);
    const focused = await browser.execute(() => document.activeElement?.tagName);
    assert(focused === 'H1', `focus on ${focused}`);
    // French sheet by default: the letter's pages, then the explanation.
    const pages = await browser.execute(() =>
      [...document.querySelectorAll('#letter-pages img')].map((i) => [i.alt.replace(/[\u2068\u2069]/g, ''), i.complete && i.naturalWidth > 0]),
    );
    assert(pages.length >= 2, `pages: ${JSON.stringify(pages)}`);
    assert(
      pages.every(([alt, shown], i) => shown && alt === `Page ${i + 1} sur ${pages.length}`),
      `pages: ${JSON.stringify(pages)}`,
    );
    await painted(browser);
    await shot(browser, 'fr-courrier');

    await browser.$('#letter-save').click();
    await browser.$('#letter-saved').waitForExist({ timeout: 15000 });
    const message = plain(await browser.$('#letter-saved').getText());
    const saved = /^Enregistré : (.+\.pdf)$/.exec(message)?.[1];
    assert(saved && path.dirname(saved) === exportDir, `message: ${message}`);
    assert(existsSync(saved), `${saved} does not exist`);
    const bytes = readFileSync(saved);
    assert(bytes.subarray(0, 4).toString('latin1') === '%PDF', `${saved} starts with ${JSON.stringify(bytes.subarray(0, 8).toString('latin1'))}`);
    const hash = await browser.execute(() => window.location.hash);
    assert(/^#\/dossiers\/\d+\/courriers\/demande-ouverture\/\d+$/.test(hash), `not on the frozen copy: ${hash}`);
    const frozen = plain(await browser.$('#letter-frozen').getText());
    assert(frozen.includes('réimprimer redonne exactement le même document'), `frozen notice: ${frozen}`);
    await painted(browser);
    await shot(browser, 'fr-courrier-fige');

    await browser.$('#letter-back').click();
    const copy = `${item} [data-frozen]`;
    await browser.$(copy).waitForExist({ timeout: 5000 });
    assert((await browser.$$(copy)).length === 1, 'not exactly one frozen copy');
    const status = plain(await browser.$(`${copy} .badge`).getText());
    assert(status === 'Imprimé', `status: ${status}`);
    // After the screen's own focus on its title (retried at 150 ms).
    await browser.pause(250);
    await browser.execute(() => document.getElementById('letters').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-demarche-courriers');
  });

  await check('marks the letter as sent: an impossible date is refused, then the LRAR number is shown', async () => {
    const copy = '[data-letter="demande-ouverture"] [data-frozen]';
    await browser.execute((sel) => [...document.querySelectorAll(`${sel} button`)].find((b) => b.textContent.trim() === 'Marquer comme envoyé').click(), copy);
    const date = await browser.$(`${copy} input[id^="sent-on-"]`);
    await date.waitForExist({ timeout: 5000 });
    await date.setValue('31/02/2026');
    await browser.$(`${copy} input[id^="tracking-"]`).setValue('1A 234 567 8901 2');
    await browser.$(`${copy} form button[type="submit"]`).click();
    await browser.$(`${copy} .field-error`).waitForExist({ timeout: 5000 });
    const problem = plain(await browser.$(`${copy} .field-error`).getText());
    assert(problem.includes("Cette date n'existe pas"), `problem: ${problem}`);
    await date.setValue('05/11/2026');
    await browser.$(`${copy} form button[type="submit"]`).click();
    await browser.waitUntil(async () => plain(await browser.$(`${copy} .badge`).getText()).startsWith('Envoyé le 05/11/2026'), {
      timeout: 5000,
      timeoutMsg: 'status not updated',
    });
    const status = plain(await browser.$(`${copy} .badge`).getText());
    assert(status.includes('LRAR n° 1A 234 567 8901 2'), `status: ${status}`);
  });

  const SILENCE = "Fin du délai de réponse de la banque (15 jours après l'avis de réception) : son silence vaut refus";
  const silence = '#dossier-deadlines [data-rule="silence-banque-lrar"]';
  /** AAAA-MM-JJ + n days. */
  const addDays = (iso, n) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  };
  let arDue = null;
  await check("the dossier's deadlines: the bank's silence is provisional from the posting, then dated from the AR", async () => {
    await browser.$(silence).waitForExist({ timeout: 5000 });
    const title = plain(await browser.$('#dossier-deadlines-title').getText());
    assert(title === 'Échéances du dossier', `title: ${title}`);
    // Posted on Thursday 05/11/2026: AR assumed three working days later
    // (Tuesday 10/11), silence a refusal 15 days after (25/11).
    await browser.waitUntil(async () => (await browser.$(`${silence} time`).getAttribute('datetime')) === '2026-11-25', {
      timeout: 5000,
      timeoutMsg: `provisional date is ${await browser.$(`${silence} time`).getAttribute('datetime')}`,
    });
    const before = plain(await browser.$(silence).getText());
    assert((await browser.$(silence).getAttribute('data-provisional')) === 'true', `not provisional: ${before}`);
    assert(before.includes('Provisoire') && before.includes('avis de réception supposé le 10/11/2026'), `item: ${before}`);
    assert(before.includes(SILENCE), `label: ${before}`);
    assert(before.startsWith('mer. 25/11/2026'), `date: ${before}`);
    await browser.pause(250);
    await browser.execute(() => document.getElementById('dossier-deadlines').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-dossier-echeances-provisoire');

    // The AR comes back: its date (today, the field's default) replaces
    // the assumption.
    const copy = '[data-letter="demande-ouverture"] [data-frozen]';
    await browser.execute((sel) => [...document.querySelectorAll(`${sel} button`)].find((b) => b.textContent.trim() === 'AR reçu').click(), copy);
    const date = await browser.$(`${copy} input[id^="received-on-"]`);
    await date.waitForExist({ timeout: 5000 });
    const typed = await date.getValue();
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(typed);
    assert(m, `AR date field holds ${typed}`);
    arDue = addDays(`${m[3]}-${m[2]}-${m[1]}`, 15);
    // Enter in the field submits whatever moves on the page meanwhile: a
    // pointer click on « Enregistrer » was lost in 2 runs out of ~20, the
    // form staying open (screenshot of a failed run), while the review above
    // re-rendered.
    await date.click();
    await browser.keys('Enter');
    await browser.waitUntil(async () => plain(await browser.$(`${copy} .badge`).getText()).includes(`AR reçu le ${typed}`), {
      timeout: 5000,
      timeoutMsg: 'AR not recorded',
    });
    await browser.waitUntil(async () => (await browser.$(silence).getAttribute('data-provisional')) === 'false', {
      timeout: 5000,
      timeoutMsg: 'the deadline stayed provisional after the AR',
    });
    const due = await browser.$(`${silence} time`).getAttribute('datetime');
    assert(due === arDue, `due ${due}, expected ${arDue} (AR ${typed} + 15 days)`);
    const after = plain(await browser.$(silence).getText());
    assert(!after.includes('Provisoire'), `still marked provisional: ${after}`);
    assert(after.includes(`Point de départ : ${typed}, avis de réception du courrier`), `start: ${after}`);
    await browser.pause(250);
    await browser.execute(() => document.getElementById('dossier-deadlines').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-dossier-echeances');
  });

  await check("Échéances lists the person's deadline, with what is due and a way to the dossier", async () => {
    const dossierHash = await browser.execute(() => window.location.hash);
    await browser.keys(['Alt', '3']);
    await browser.waitUntil(async () => (await h1(browser)) === 'Échéances', { timeout: 5000, timeoutMsg: 'Alt+3 did not open Échéances' });
    const line = '.due-item[data-rule="silence-banque-lrar"]';
    await browser.$(line).waitForExist({ timeout: 5000 });
    const text = plain(await browser.$(line).getText());
    assert(text.includes('BENALI Hélène') && text.includes('Droit au compte bancaire') && text.includes(SILENCE), `line: ${text}`);
    assert(!text.includes('Provisoire'), `line still provisional: ${text}`);
    assert((await browser.$(`${line} time`).getAttribute('datetime')) === arDue, 'not the date of the timeline');
    // Due in 15 days: neither overdue nor this week.
    const group = await browser.execute((sel) => document.querySelector(sel).closest('section.due-group').id, line);
    assert(group === 'deadlines-next-30-days', `in ${group}`);
    const heading = plain(await browser.$('#deadlines-next-30-days-title').getText());
    assert(heading === 'Dans les 30 jours (1 échéance)', `heading: ${heading}`);
    await painted(browser);
    await shot(browser, 'fr-echeances');

    // Printed (the print rules applied on screen): the four groups as a
    // list, without navigation, buttons, links or explanations.
    const printed = await browser.execute(() => {
      const rules = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText === 'print') rules.push(...[...rule.cssRules].map((r) => r.cssText));
        }
      }
      const style = document.createElement('style');
      style.id = 'e2e-print';
      style.textContent = rules.join('\n');
      document.head.append(style);
      const shown = (el) => el && el.getClientRects().length > 0;
      return {
        groups: [...document.querySelectorAll('#screen-deadlines section.due-group')].filter(shown).map((g) => g.id),
        lines: [...document.querySelectorAll('.due-item')].filter(shown).length,
        hidden: ['nav', '.topbar', '#deadlines-print', '.due-open', '.deadline-how'].filter((sel) => [...document.querySelectorAll(sel)].some(shown)),
      };
    });
    await painted(browser);
    await shot(browser, 'fr-echeances-impression');
    await browser.execute(() => document.getElementById('e2e-print').remove());
    assert(
      JSON.stringify(printed.groups) === JSON.stringify(['deadlines-overdue', 'deadlines-this-week', 'deadlines-next-30-days', 'deadlines-later']),
      `printed groups: ${printed.groups}`,
    );
    assert(printed.lines === 1, `printed lines: ${printed.lines}`);
    assert(printed.hidden.length === 0, `printed too: ${printed.hidden}`);

    // « Ouvrir le dossier » goes back to the same dossier.
    await browser.$(`${line} a.due-open`).click();
    await browser.waitUntil(async () => (await h1(browser)) === 'Droit au compte bancaire', { timeout: 5000, timeoutMsg: 'dossier not opened' });
    const hash = await browser.execute(() => window.location.hash);
    assert(hash === dossierHash, `opened ${hash}, dossier ${dossierHash}`);
  });

  await check("the person's access journal lists the letter's print, and prints on its own", async () => {
    await browser.execute((u) => (window.location.hash = u), personUrl);
    await settled(browser);
    await browser.$('#person-audit-show').waitForExist({ timeout: 5000 });
    await clickUntil(
      browser,
      '#person-audit-show',
      async () => (await browser.$('#person-audit-show').getAttribute('aria-expanded')) === 'true',
      'the access journal does not open',
    );
    const journal = await browser
      .waitUntil(async () => (await browser.$('#person-audit-table tr[data-action="print"]').isExisting()) || (await browser.$('#person-audit-error').isExisting()), {
        timeout: 5000,
      })
      .catch(async () => browser.execute(() => document.getElementById('person-audit')?.textContent ?? 'no journal'));
    assert(journal === true, `no print entry in the journal: ${journal}`);
    assert(
      !(await browser.$('#person-audit-error').isExisting()),
      `journal error: ${await browser
        .$('#person-audit-error')
        .getText()
        .catch(() => '')}`,
    );
    const actions = await browser.execute(() => [...document.querySelectorAll('#person-audit-table tr[data-action]')].map((r) => r.dataset.action));
    for (const a of ['create', 'change', 'print', 'export', 'open']) assert(actions.includes(a), `no ${a} in ${actions}`);
    const row = plain(await browser.$('#person-audit-table tr[data-action="print"]').getText());
    assert(row.includes('Impression'), `print row: ${row}`);
    await browser.execute(() => document.getElementById('person-audit').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-journal-acces');
  });

  await check('préfecture blocked: the journal of attempts warns until they span three weeks, then its annex is saved', async () => {
    await browser.execute((u) => (window.location.hash = u), personUrl);
    await browser.$('#demarche-choice option[value="prefecture-anef"]').waitForExist({ timeout: 5000 });
    await browser.$('#demarche-choice').selectByAttribute('value', 'prefecture-anef');
    await browser.$('#demarche-start').click();
    await browser.$('#question-form').waitForExist({ timeout: 5000 });
    const answers = {
      civilite: ['radio', '« Je soussignée » (Madame)'],
      nationalite: ['text', 'algérienne'],
      adresse: ['text', 'CHU Exemple, 40 avenue Exemple, 94000 Créteil'],
      demarche: ['radio', 'Un renouvellement'],
      titre: ['text', 'carte de séjour temporaire « salarié »'],
      date_expiration: ['text', '31/12/2026'],
      depot_en_ligne: ['radio', "Oui, sur l'ANEF (administration-etrangers-en-france.interieur.gouv.fr)"],
      blocage: ['radio', 'Le téléservice ANEF ne permet pas de déposer la demande'],
      description_blocage: ['text', 'le téléservice affiche « Une erreur technique est survenue » à la validation'],
      date_premiere_tentative: ['text', '14/09/2026'],
      accompagnement: ['radio', 'Non'],
      point_accueil: ['radio', 'Non'],
      demande_deposee: ['radio', 'Non'],
      departement: ['text', 'Val-de-Marne'],
      adresse_prefecture: ['text', '21-29 avenue Exemple, 94000 Créteil'],
      substitution_envoyee: ['radio', 'Non'],
    };
    await walkInterview(browser, answers);
    await browser.$('#review-journal').waitForExist({ timeout: 5000 });
    const span = '#journal-span';
    assert((await browser.$(span).getAttribute('data-enough')) === 'false', 'no warning on an empty journal');
    /** JJ/MM/AAAA, `n` days before the date shown in the form (today). */
    const today = await browser.$('#journal-date').getValue();
    const [dd, mm, yyyy] = today.split('/').map(Number);
    const daysBefore = (n) => {
      const d = new Date(Date.UTC(yyyy, mm - 1, dd - n));
      return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    };
    const note = async (date, time, channel, outcome) => {
      const before = (await browser.$$('#journal-list li')).length;
      await browser.$('#journal-date').setValue(date);
      await browser.$('#journal-time').setValue(time);
      await browser.$('#journal-channel').selectByAttribute('value', channel);
      await browser.$('#journal-outcome').setValue(outcome);
      await browser.$('#journal-add').click();
      await browser.waitUntil(async () => (await browser.$$('#journal-list li')).length === before + 1, {
        timeout: 5000,
        timeoutMsg: `attempt of ${date} not listed`,
      });
    };
    // A time that does not exist is refused, with the field's message.
    await browser.$('#journal-time').setValue('25h');
    await browser.$('#journal-outcome').setValue('Erreur technique');
    await browser.$('#journal-add').click();
    await browser.$('#journal-time-problem').waitForExist({ timeout: 5000 });
    await note(daysBefore(14), '08:05', 'anef', 'Message « Une erreur technique est survenue » à la validation');
    await note(daysBefore(7), '22:40', 'ccc', 'Formulaire du centre de contact envoyé, réponse automatique');
    assert((await browser.$(span).getAttribute('data-enough')) === 'false', 'enough after two weeks');
    const warning = plain(await browser.$(span).getText());
    assert(warning.includes('2 semaines'), `warning: ${warning}`);
    await note(today, '09:00', 'telephone', 'Aucune réponse au standard');
    await browser.waitUntil(async () => (await browser.$(span).getAttribute('data-enough')) === 'true', {
      timeout: 5000,
      timeoutMsg: `still warning after three weeks: ${plain(await browser.$(span).getText())}`,
    });
    const order = await browser.execute(() => [...document.querySelectorAll('#journal-list li')].map((li) => li.textContent));
    assert(order[0].includes('08:05') && order[2].includes('09:00'), `order: ${JSON.stringify(order)}`);
    await browser.execute(() => document.getElementById('review-journal').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-journal-tentatives');

    await browser.$('#journal-annex').click();
    await browser.waitUntil(
      async () =>
        /\.pdf/.test(
          await browser
            .$('#journal-annex-status')
            .getText()
            .catch(() => ''),
        ),
      {
        timeout: 15000,
        timeoutMsg: 'annex not saved',
      },
    );
    const message = plain(await browser.$('#journal-annex-status').getText());
    const saved = /(\/\S+\.pdf)/.exec(message)?.[1];
    assert(saved && path.dirname(saved) === exportDir && existsSync(saved), `message: ${message}`);
    const text = execFileSync('pdftotext', ['-layout', saved, '-']).toString();
    assert(text.includes('Relevé chronologique des tentatives'), `annex: ${text}`);
    assert(/3 tentatives du .* sur 3 semaines différentes/.test(text), `annex: ${text}`);

    // The request to the préfet went unanswered: the court step. No
    // requête before that answer; then the référé is printed, its court
    // found from the département, the journal's relevé as its annex.
    assert(!(await browser.$('[data-letter="refere-mesures-utiles"] a.button').isExisting()), 'référé offered before the request to the préfet');
    await browser.$('#review-answers [data-question="substitution_envoyee"] button').click();
    await browser.$('#question-form').waitForExist({ timeout: 5000 });
    await walkInterview(browser, {
      substitution_envoyee: ['radio', 'Oui'],
      date_envoi_substitution: ['text', daysBefore(7)],
      reponse_prefet: ['radio', 'Rien : aucune réponse'],
      aide_juridictionnelle: ['radio', 'Non'],
    });
    const refere = '[data-letter="refere-mesures-utiles"] a.button';
    await browser.$(refere).waitForExist({ timeout: 5000 });
    await browser.$(refere).click();
    await browser.waitUntil(async () => (await h1(browser)).startsWith('Requête au juge des référés'), {
      timeout: 5000,
      timeoutMsg: `référé screen not shown: h1 is ${await h1(browser)}`,
    });
    await browser.waitUntil(async () => (await browser.$$('#letter-pages img')).length >= 1, { timeout: 15000, timeoutMsg: 'no page in the référé preview' });
    await browser.$('#letter-save').click();
    await browser.$('#letter-saved').waitForExist({ timeout: 15000 });
    const referePdf = /^Enregistré : (.+\.pdf)$/.exec(plain(await browser.$('#letter-saved').getText()))?.[1];
    assert(referePdf && existsSync(referePdf), `référé not saved: ${referePdf}`);
    const requete = execFileSync('pdftotext', [referePdf, '-']).toString().replace(/\s+/g, ' ');
    for (const passage of ['Tribunal administratif de Melun', 'L521-3', 'Relevé daté et chronologique de mes tentatives', 'restée sans réponse']) {
      assert(requete.includes(passage), `référé lacks « ${passage} »: ${requete}`);
    }
    await browser.$('#letter-back').click();
  });

  await check('erasing a person: the warning names what goes, the name must be typed, the journal keeps an « erase » entry', async () => {
    await browser.$('#nav-people').click();
    await browser.$('#person-new').click();
    await browser.$('#field-family_name').waitForExist({ timeout: 5000 });
    await browser.$('#field-family_name').setValue('Effacé');
    await browser.$('#field-given_names').setValue('Test');
    await browser.$('#person-save').click();
    await browser.waitUntil(async () => (await h1(browser)) === 'EFFACÉ Test', { timeout: 5000, timeoutMsg: `h1 is ${await h1(browser)}` });
    await settled(browser);
    await clickUntil(
      browser,
      '#person-erase',
      async () => (await browser.$('#person-erase').getAttribute('aria-expanded')) === 'true',
      'the erase button did not open its warning',
    );
    await browser.$('#person-erase-warning').waitForExist({ timeout: 5000 });
    const warning = plain(await browser.$('#person-erase-warning').getText());
    assert(warning.includes('sauvegardes'), `no backup rule in: ${warning}`);
    assert(!(await browser.$('#person-erase-confirm').isEnabled()), 'confirm enabled before the name is typed');
    await browser.$('#person-erase-name').setValue('efface');
    await browser.waitUntil(() => browser.$('#person-erase-confirm').isEnabled(), { timeout: 5000, timeoutMsg: 'confirm stays disabled' });
    await shot(browser, 'fr-effacement');
    await browser.$('#person-erase-confirm').click();
    await browser.$('#erase-notice').waitForExist({ timeout: 5000 });
    const hash = await browser.execute(() => window.location.hash);
    assert(hash === '#/personnes', `after erasure: ${hash}`);
    // « test », the given name: typed keys, and WebKit drops the second
    // of two identical keys in a row (« efface » became « eface »).
    await fill(browser, '#people-search', 'test');
    await browser.waitUntil(async () => (await browser.$$('#people-results li')).length === 0, { timeout: 5000, timeoutMsg: 'erased person still listed' });
    await browser.$('#nav-settings').click();
    await browser.$('#audit-show').waitForExist({ timeout: 5000 });
    await browser.$('#audit-show').click();
    await browser.$('#audit-table tr[data-action="erase"]').waitForExist({ timeout: 5000 });
    assert((await browser.$('#audit-status').getAttribute('data-intact')) === 'true', 'audit chain not intact');
    const journal = plain(await browser.$('#audit-table').getText());
    assert(!/effac[ée] test/i.test(journal.replace(/Effacement/g, '')), `the erased name is in the journal: ${journal}`);
    await browser.execute(() => document.getElementById('settings-audit').scrollIntoView());
    await painted(browser);
    await shot(browser, 'fr-journal-audit');
  });

  await check('a Rust command answers on screen: version and data folder', async () => {
    await browser.$('#nav-settings').click();
    const dirText = await browser.$('#about-data-dir').getText();
    assert(dirText.replace(/[\u2068\u2069]/g, '').includes(dataDir), `data dir shown: ${dirText}`);
    const versionText = await browser.$('#about-version').getText();
    assert(versionText.includes(version), `version shown: ${versionText}`);
  });

  await check('Paramètres: a backup is taken on demand and listed', async () => {
    const before = (await browser.$$('#backup-list li')).length;
    await browser.$('#backup-now').click();
    await browser.waitUntil(async () => (await browser.$$('#backup-list li')).length === before + 1, {
      timeout: 10000,
      timeoutMsg: 'backup not listed',
    });
    const files = readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.db'));
    assert(files.length === before + 1, `backup files: ${files}`);
    await shot(browser, 'fr-parametres-sauvegardes');
  });

  await check('Paramètres: the structure and town printed on letters are saved', async () => {
    await browser.$('#letterhead-organisation').setValue("l'association Exemple");
    await browser.$('#letterhead-place').setValue('Saint-Denis');
    await browser.$('#letterhead-save').click();
    await browser.waitUntil(async () => (await browser.$('#letterhead-status').getText()).startsWith('Enregistré'), {
      timeout: 5000,
      timeoutMsg: 'no confirmation',
    });
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    assert(saved.organisation === "l'association Exemple" && saved.place === 'Saint-Denis', JSON.stringify(saved));
  });

  await check('Paramètres: the holiday calendar and the reminder window are saved', async () => {
    await browser.$('#deadline-zone').selectByAttribute('value', 'reunion');
    await browser.$('#reminder-days').setValue('14');
    await browser.$('#deadline-settings-save').click();
    await browser.waitUntil(async () => (await browser.$('#deadline-settings-status').getText()).startsWith('Enregistré'), {
      timeout: 5000,
      timeoutMsg: 'no confirmation',
    });
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    assert(saved.zone === 'reunion' && saved.reminder_days === 14, JSON.stringify(saved));
  });

  await check('switching to Arabic turns the document right to left and mirrors the layout', async () => {
    await browser.$('#language').selectByAttribute('value', 'ar');
    await browser.waitUntil(async () => (await h1(browser)) === 'الإعدادات', { timeout: 5000, timeoutMsg: 'no Arabic title' });
    const [lang, dir] = await browser.execute(() => [document.documentElement.lang, document.documentElement.dir]);
    assert(lang === 'ar' && dir === 'rtl', `lang=${lang} dir=${dir}`);
    const [navX, mainX] = await browser.execute(() => [document.querySelector('nav').getBoundingClientRect().x, document.querySelector('main').getBoundingClientRect().x]);
    assert(navX > mainX, `navigation not on the right: nav x=${navX}, main x=${mainX}`);
    await shot(browser, 'ar-parametres');
    await browser.$('#nav-people').click();
    await browser.waitUntil(async () => (await h1(browser)) === 'الأشخاص', { timeout: 5000 });
    await browser.$('#people-results li').waitForExist({ timeout: 5000 });
    await shot(browser, 'ar-personnes');
  });

  await check('the language is saved in the data folder', async () => {
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
    assert(saved.language === 'ar', JSON.stringify(saved));
  });

  await check('readable at 200 % zoom (half-size viewport): no horizontal scrolling', async () => {
    await browser.setWindowSize(560, 400);
    await browser.waitUntil(() => browser.execute(() => window.innerWidth <= 600), { timeout: 5000, timeoutMsg: 'window did not shrink' });
    const [scrollW, clientW] = await browser.execute(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert(scrollW <= clientW + 1, `page is ${scrollW}px wide in a ${clientW}px window`);
    const hidden = await browser.execute(() => [...document.querySelectorAll('nav a')].filter((a) => a.getBoundingClientRect().right > window.innerWidth + 1).length);
    assert(hidden === 0, `${hidden} navigation links off screen`);
    await shot(browser, 'ar-zoom200');
    await browser.setWindowSize(1100, 760);
  });

  await check('the lock button hides everything behind the passphrase', async () => {
    await browser.$('#lock').click();
    await browser.$('#unlock-form').waitForExist({ timeout: 5000 });
    const nav = await browser.$('nav').isExisting();
    assert(!nav, 'navigation still visible when locked');
    await browser.$('#unlock-passphrase').setValue(PASSPHRASE);
    await browser.$('#unlock-submit').click();
    await browser.waitUntil(async () => (await h1(browser).catch(() => '')) === 'الأشخاص', { timeout: 10000, timeoutMsg: 'not unlocked' });
  });

  const pid = appPid();
  metrics.memory_after_walkthrough = treeMemory(pid);
  log(`memory of the app's process tree after the walk-through: RSS ${metrics.memory_after_walkthrough.rss_mib} MiB, PSS ${metrics.memory_after_walkthrough.pss_mib} MiB`);

  await check('a person created just before a SIGKILL of the app is still there', async () => {
    await browser.$('#person-new').click();
    await browser.$('#field-family_name').waitForExist({ timeout: 5000 });
    await browser.$('#field-family_name').setValue('Traoré');
    await browser.$('#field-given_names').setValue('Awa');
    await browser.$('#person-save').click();
    await browser.waitUntil(async () => (await h1(browser)).includes('TRAORÉ'), { timeout: 5000, timeoutMsg: 'not saved' });
    process.kill(pid, 'SIGKILL');
  });
  await browser.deleteSession().catch(() => {});

  await check('after a restart: unlock screen, wrong passphrase refused, then Arabic and the people are back', async () => {
    const second = await openWindow(env);
    browser = second.browser;
    metrics.second_launch_to_interactive_ms = second.launchMs;
    await browser.$('#unlock-form').waitForExist({ timeout: 5000 });
    const dir = await browser.execute(() => document.documentElement.dir);
    assert(dir === 'rtl', `dir=${dir}`);
    await browser.$('#unlock-passphrase').setValue('pas la bonne');
    await browser.$('#unlock-submit').click();
    await browser.$('#vault-error').waitForExist({ timeout: 10000 });
    assert((await browser.$('#vault-error').getAttribute('data-code')) === 'wrong-passphrase', 'wrong passphrase not reported');
    await shot(browser, 'ar-deverrouillage-erreur');
    await fill(browser, '#unlock-passphrase', PASSPHRASE);
    await browser.$('#unlock-submit').click();
    await browser.waitUntil(async () => (await h1(browser).catch(() => '')) === 'الأشخاص', { timeout: 10000, timeoutMsg: 'not unlocked' });
    await fill(browser, '#people-search', 'traore');
    await browser.waitUntil(async () => (await browser.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'person created before SIGKILL is missing' });
    await fill(browser, '#people-search', 'benaly');
    await browser.waitUntil(async () => (await browser.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'edited person missing' });
    // Back to French for the next run of a human.
    await browser.$('#nav-settings').click();
    await browser.$('#language').selectByAttribute('value', 'fr');
    await browser.waitUntil(async () => (await h1(browser)) === 'Paramètres', { timeout: 5000 });
  });

  await check('worker profiles: the first one signs in, after unlocking the profile screen shows no record, a wrong PIN is refused', async () => {
    await browser.$('#nav-settings').click();
    await browser.$('#worker-name').waitForExist({ timeout: 5000 });
    await fill(browser, '#worker-name', 'Awa');
    await fill(browser, '#worker-pin', '4821');
    await fill(browser, '#worker-confirm', '4821');
    await browser.$('#worker-add').click();
    await browser.waitUntil(
      async () =>
        plain(
          await browser
            .$('#current-worker')
            .getText()
            .catch(() => ''),
        ) === 'Awa',
      {
        timeout: 5000,
        timeoutMsg: 'the first profile did not sign in',
      },
    );
    await browser.$('#lock').click();
    await browser.$('#unlock-form').waitForExist({ timeout: 5000 });
    await fill(browser, '#unlock-passphrase', PASSPHRASE);
    await browser.$('#unlock-submit').click();
    await browser.$('#profile-screen').waitForExist({ timeout: 10000 });
    const page = await browser.execute(() => document.body.textContent);
    assert(!/benal|traor/i.test(page), `a record shows before signing in: ${page}`);
    await fill(browser, '#profile-pin', '0917');
    await browser.$('#profile-submit').click();
    await browser.$('#profile-error').waitForExist({ timeout: 5000 });
    assert((await browser.$('#profile-error').getAttribute('data-code')) === 'wrong-pin', 'wrong PIN not reported');
    await shot(browser, 'fr-profil');
    await fill(browser, '#profile-pin', '4821');
    await browser.$('#profile-submit').click();
    await browser.waitUntil(async () => (await h1(browser)) === 'Personnes', { timeout: 10000, timeoutMsg: 'not signed in' });
    assert(plain(await browser.$('#current-worker').getText()) === 'Awa', 'worker name not shown');
    await browser.deleteSession();
  });

  await check('left alone for the idle delay, the window locks and shows no record', async () => {
    // A driver of its own, whose app locks after 3 s without input (the
    // Paramètres value is in minutes).
    driverPort = await startDriver({ ...env, PERMANENCE_LOCK_AFTER_SECONDS: '3' }, outDir);
    const third = await openWindow(env);
    browser = third.browser;
    await browser.$('#unlock-form').waitForExist({ timeout: 5000 });
    await browser.$('#unlock-passphrase').setValue(PASSPHRASE);
    await browser.$('#unlock-submit').click();
    // Profiles exist since the previous check: sign in first.
    await browser.$('#profile-pin').waitForExist({ timeout: 10000 });
    await fill(browser, '#profile-pin', '4821');
    await browser.$('#profile-submit').click();
    await browser.waitUntil(async () => (await h1(browser)) === 'Personnes', { timeout: 10000, timeoutMsg: 'not unlocked' });
    await fill(browser, '#people-search', 'benaly');
    await browser.waitUntil(async () => (await browser.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'person not found' });
    const started = Date.now();
    // No input from here: only reads of the page.
    await browser.waitUntil(() => browser.execute(() => document.getElementById('unlock-form') !== null), {
      timeout: 15000,
      interval: 250,
      timeoutMsg: 'still unlocked after 15 s without input',
    });
    const after = (Date.now() - started) / 1000;
    assert(after >= 2.5, `locked after ${after} s, before the delay`);
    log(`idle lock after ${after.toFixed(1)} s (delay 3 s)`);
    const page = await browser.execute(() => ({ text: document.body.textContent, nav: document.querySelector('nav') !== null }));
    assert(!page.nav, 'navigation still shown when locked');
    assert(!/benal/i.test(page.text), `a name is still on screen: ${page.text}`);
    await shot(browser, 'fr-verrouillage-inactivite');
    await browser.deleteSession();
  });
}

// Whatever hangs, the run ends: CI must get an answer, not a time-out.
const WATCHDOG_MS = 5 * 60 * 1000;
setTimeout(() => {
  log(`FATAL the end-to-end run took more than ${WATCHDOG_MS / 1000} s`);
  for (const c of children) c.kill('SIGKILL');
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
}, WATCHDOG_MS).unref();

let fatal = null;
try {
  await main();
} catch (e) {
  fatal = e;
  results.push({ name: 'e2e run', ok: false, error: String(e?.stack ?? e) });
  log(`FATAL ${e?.stack ?? e}`);
} finally {
  await stopChildren();
  rmSync(scratch, { recursive: true, force: true });
}

writeFileSync(path.join(outDir, 'metrics.json'), JSON.stringify({ ...metrics, results }, null, 2));
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
for (const r of results.filter((x) => !x.ok)) console.log(`\n--- ${r.name}\n${r.error}`);
console.log(`\nscreenshots and metrics: ${outDir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && !fatal ? 0 : 1);
