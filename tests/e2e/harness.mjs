// What the window test (window.e2e.mjs) and the memory and start benchmark
// (bench.mjs) share: finding the binary, a display and ports of their own,
// starting and stopping tauri-driver and its children, launching the app
// through WebDriver classic, reading the memory of its process tree, and
// the few ways of driving the window that survive its re-renders.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { remote } from 'webdriverio';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
/** The desktop binary cargo builds for `profile` (`debug`, `release`). */
export const desktopBinary = (profile) => path.join(targetDir, profile, 'permanence-desktop');

/** The team's passphrase in every script (and in crates/app/examples/seed_base.rs). */
export const PASSPHRASE = 'mardi soir permanence';

/**
 * The droit-au-compte interview as the window test answers it (question id
 * → ['text'|'radio', what is typed or the choice's label]): a request by
 * LRAR, no AR date yet, the bank silent. seed_base.rs stores the same
 * answers for the large base.
 */
export const BANK_ANSWERS = {
  civilite: ['radio', '« Je soussignée » (Madame)'],
  adresse: ['text', 'CCAS de Saint-Denis, 1 place Victor Hugo, 93200 Saint-Denis'],
  compte_existant: ['radio', 'Non'],
  heberge: ['radio', 'Non'],
  nom_banque: ['text', 'Banque Exemple'],
  adresse_agence: ['text', '12 rue de la République, 93200 Saint-Denis'],
  // By LRAR, with no AR date yet: the bank's silence is dated from the
  // letter's posting and AR recorded later.
  mode_demande: ['radio', 'Lettre recommandée avec accusé de réception'],
  reponse_banque: ['radio', 'Aucune réponse après 15 jours'],
  attestation_refus: ['radio', 'Non'],
  adresse_bdf: ['text', 'Banque de France, 2 rue de la Banque, 75002 Paris'],
  mode_saisine: ['radio', 'Dépôt au guichet de la Banque de France'],
};

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${port} not open after ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** A TCP port nobody listens on now (another run may be going on). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function freeDisplay() {
  for (let n = 99; n < 200; n++) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('no free X display');
}

/** Every process a script started, stopped at its end (or by its watchdog). */
export const children = [];

/** Starts `cmd`; its output goes to `<logDir>/<cmd>.log` when it exits. */
export function start(cmd, args, env, logDir) {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = path.join(logDir, `${path.basename(cmd)}.log`);
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stderr.on('data', (d) => chunks.push(d));
  child.on('exit', () => writeFileSync(logFile, Buffer.concat(chunks)));
  children.push(child);
  return child;
}

/** Stops what was started, last first, and leaves them a moment to go. */
export async function stopChildren(signal = 'SIGTERM') {
  for (const c of [...children].reverse()) c.kill(signal);
  await sleep(300);
}

/**
 * The X display to run the window on: the caller's, unless `own` (or
 * E2E_OWN_DISPLAY) asks for a fresh Xvfb, started here.
 */
export async function startDisplay(logDir, { own = false } = {}) {
  const display = process.env.DISPLAY && !own && !process.env.E2E_OWN_DISPLAY ? process.env.DISPLAY : `:${freeDisplay()}`;
  if (display !== process.env.DISPLAY) {
    start('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], process.env, logDir);
    const n = display.slice(1);
    const deadline = Date.now() + 10000;
    while (!existsSync(`/tmp/.X11-unix/X${n}`)) {
      if (Date.now() > deadline) throw new Error('Xvfb did not start');
      await sleep(50);
    }
  }
  return display;
}

/** Starts tauri-driver in front of WebKitWebDriver; returns its port. */
export async function startDriver(env, logDir) {
  const driverPort = await freePort();
  const nativePort = await freePort();
  start('tauri-driver', ['--port', String(driverPort), '--native-port', String(nativePort), '--native-driver', '/usr/bin/WebKitWebDriver'], env, logDir);
  // tauri-driver listens at once but proxies to WebKitWebDriver, which may
  // still be starting on a loaded machine: wait for both.
  await waitForPort(driverPort, 15000);
  await waitForPort(nativePort, 15000);
  return driverPort;
}

/**
 * Launches the app through a new WebDriver session and waits until
 * `ready(...readyArgs)` (run in the page) holds; `launchMs` is the time
 * from asking for the session to that moment.
 */
export async function launch({ port, application, args, ready = () => document.body.dataset.ready === 'true', readyArgs = [], interval = 50 }) {
  const started = Date.now();
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    connectionRetryCount: 0,
    // A stuck WebKitWebDriver call fails the check quickly instead of
    // blocking CI for the default two minutes.
    connectionRetryTimeout: 30000,
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application, args },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  await browser.waitUntil(() => browser.execute(ready, ...readyArgs), {
    timeout: 30000,
    interval,
    timeoutMsg: 'the app never became ready',
  });
  return { browser, launchMs: Date.now() - started };
}

/** The newest process running `binary` (the app under test). */
export function appPid(binary) {
  const out = execFileSync('pgrep', ['-f', '-n', binary], { encoding: 'utf8' }).trim();
  return Number(out.split('\n').at(-1));
}

/** Resident memory of a process and all its descendants, from /proc;
 * each process's PSS also split into anonymous memory (heaps), mapped
 * files (libraries, caches) and shared memory (buffers shared with X). */
export function treeMemory(rootPid) {
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
    } catch {
      /* process ended meanwhile */
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  }
  let rssKb = 0;
  let pssKb = 0;
  const processes = [];
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = /Name:\s+(\S+)/.exec(status)?.[1];
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const field = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      const pss = field('Pss');
      rssKb += rss;
      pssKb += pss;
      processes.push({ pid, name, rss_kib: rss, pss_kib: pss, pss_anon_kib: field('Pss_Anon'), pss_file_kib: field('Pss_File'), pss_shmem_kib: field('Pss_Shmem') });
    } catch {
      /* gone */
    }
  }
  return { rss_mib: +(rssKb / 1024).toFixed(1), pss_mib: +(pssKb / 1024).toFixed(1), processes };
}

/** Text without Fluent's bidi isolation marks (FSI, PDI). */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

// A heading replaced while it is read (the screen re-renders) reads as
// empty: callers wait for the text they expect.
export const h1 = (browser) =>
  browser
    .$('main h1')
    .getText()
    .catch(() => '');

/** The person page has loaded its démarche list (the last part drawn
 * after the record), so a click lands where it was aimed. */
export const settled = (browser) =>
  browser.waitUntil(
    async () =>
      (await browser
        .$('#demarche-choice')
        .isEnabled()
        .catch(() => false)) === true,
    {
      timeout: 5000,
      timeoutMsg: 'the person page did not finish loading its démarches',
    },
  );

/**
 * Replaces a field's text by typing over a selection, then checks it took.
 * WebDriver's clear fires no input event: a controlled field re-rendered
 * in between (search results arriving) got its old text back, and the
 * new text was appended to it (« traorebenaly », seen in a failed run).
 * WebKitWebDriver drops the second of two identical keys sent in a row
 * (« efface » became « eface »): a doubled letter is sent in a command of
 * its own (« dial », « lo »).
 */
export const fill = async (browser, selector, value) => {
  const chunks = [''];
  for (const ch of value) {
    if (chunks.at(-1).endsWith(ch)) chunks.push(ch);
    else chunks[chunks.length - 1] += ch;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const field = await browser.$(selector);
    await field.click();
    await browser.execute((sel) => document.querySelector(sel).select(), selector);
    for (const chunk of chunks) await browser.keys(chunk);
    if ((await field.getValue()) === value) return;
  }
  throw new Error(`${selector} does not hold ${value}`);
};

/** The question the interview shows, or null on the review. */
export const currentQuestion = (browser) => browser.execute(() => document.querySelector('#question-form')?.dataset.question ?? null);

/**
 * Answers the interview's questions from `answers` (id → ['text'|'radio',
 * value]; anything else is skipped) until the review; `afterStep(step)`
 * runs after each answer.
 */
export const walkInterview = async (browser, answers, afterStep = async () => {}) => {
  for (let step = 0; step < 30; step++) {
    const q = await currentQuestion(browser);
    if (!q) break;
    const [kind, value] = answers[q] ?? ['skip', null];
    if (kind === 'text') await browser.$('#answer').setValue(value);
    if (kind === 'radio') {
      await browser.execute((text) => [...document.querySelectorAll('label.choice')].find((l) => l.textContent.trim() === text).click(), value);
    }
    await browser.$(kind === 'skip' ? '#interview-skip' : '#interview-next').click();
    await browser.waitUntil(async () => (await currentQuestion(browser)) !== q, { timeout: 5000, timeoutMsg: `stuck on ${q}` });
    await afterStep(step);
  }
};

/** Two animation frames: what the DOM now says is painted before a screenshot. */
export const painted = (browser) => browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Clicks `selector` until `done()` holds. Without GPU compositing, WebKit
 * now and then drops a WebDriver click on an element it had to scroll to
 * (twice in CI, on buttons at the bottom of the person page): the element
 * is brought to the middle of the window and a frame painted first, and a
 * click that changed nothing is given again, three times at most. */
export const clickUntil = async (browser, selector, done, what) => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await browser.execute((s) => document.querySelector(s)?.scrollIntoView({ block: 'center' }), selector);
    await painted(browser);
    await browser.$(selector).click();
    const ok = await browser.waitUntil(done, { timeout: 2000, interval: 100 }).catch(() => false);
    if (ok) return;
  }
  throw new Error(`${what} (three clicks on ${selector})`);
};

/**
 * Named checks run one after the other: each logged with its time, a
 * failure recorded (with its stack) and `failed(n)` called (a screenshot)
 * without stopping the next checks.
 */
export function checkRunner(log, failed = async () => {}) {
  const results = [];
  const check = async (name, fn) => {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      results.push({ name, ok: false, error: String(e?.stack ?? e) });
      log(`FAIL ${name}: ${e?.message ?? e}`);
      await failed(results.length).catch(() => {});
    }
  };
  return { results, check };
}
