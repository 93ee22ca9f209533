// Two laptops of a team, as two app windows side by side with their own
// data folders and one shared folder (the USB key): on the office laptop
// a team is started, a person is recorded, the bank letter is printed,
// posted and its AR entered; Tuesday's laptop starts from a portable
// backup, joins the team, and finds the person, the dossier and the
// deadline dated from that AR. Then a phone typed on Tuesday reaches the
// office. Run by `npm test` after the window test.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import {
  BANK_ANSWERS,
  PASSPHRASE,
  assert,
  checkRunner,
  desktopBinary,
  fill,
  h1,
  launch,
  plain,
  settled,
  startDisplay,
  startDriver,
  stopChildren,
  targetDir,
  walkInterview,
} from './harness.mjs';

const appBinary = desktopBinary('debug');
const outDir = path.join(targetDir, 'e2e-team');
const scratch = path.join(outDir, 'scratch');
const sharedFolder = path.join(scratch, 'cle-usb', 'equipe');
const TEAM = 'équipe du CHU des Lilas, mardi soir';
const PORTABLE = 'clé du mardi, à ne pas perdre';

const log = (s) => console.log(`[e2e-team] ${s}`);
const { results, check } = checkRunner(log);

/** Waits for the text of `selector` to satisfy `test`. */
const textOf = (browser, selector) =>
  browser
    .$(selector)
    .getText()
    .then(plain)
    .catch(() => '');

async function waitText(browser, selector, test, what) {
  await browser.waitUntil(async () => test(await textOf(browser, selector)), {
    timeout: 15000,
    timeoutMsg: `${what}: « ${await textOf(browser, selector)} »`,
  });
}

/** Paramètres, scrolled to the team section. */
async function teamSection(browser) {
  await browser.$('#nav-settings').click();
  await browser.$('#team').waitForExist({ timeout: 5000 });
  await browser.execute(() => document.getElementById('team').scrollIntoView());
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(sharedFolder, { recursive: true });
  const exportDir = path.join(scratch, 'export');
  mkdirSync(exportDir, { recursive: true });
  const display = await startDisplay(outDir);
  const env = {
    ...process.env,
    DISPLAY: display,
    TMPDIR: scratch,
    PERMANENCE_EXPORT_DIR: exportDir,
    NO_AT_BRIDGE: '1',
  };
  // One driver per window: the two laptops run at the same time.
  const officePort = await startDriver(env, outDir);
  const tuesdayPort = await startDriver(env, outDir);
  const { browser: office } = await launch({ port: officePort, application: appBinary, args: ['--data-dir', path.join(scratch, 'bureau')] });

  let arDue = null;
  let portable = null;
  await check('office: a team is started in the shared folder', async () => {
    await office.$('#setup-form').waitForExist({ timeout: 5000 });
    await fill(office, '#setup-passphrase', PASSPHRASE);
    await fill(office, '#setup-confirm', PASSPHRASE);
    await office.$('#setup-submit').click();
    await office.waitUntil(async () => (await h1(office)) === 'Personnes', { timeout: 10000, timeoutMsg: 'main screen not shown' });
    await teamSection(office);
    await office.$('#team-none').waitForExist({ timeout: 5000 });
    await fill(office, '#team-create-folder', sharedFolder);
    await fill(office, '#team-create-label', 'Bureau');
    await fill(office, '#team-create-passphrase', TEAM);
    await fill(office, '#team-create-confirm', TEAM);
    await office.$('#team-create-submit').click();
    await waitText(office, '#team-this-laptop', (t) => t === 'Cet ordinateur : Bureau', 'team not started');
    const files = readdirSync(sharedFolder);
    assert(files.includes('team.json'), `shared folder: ${files}`);
  });

  await check('office: a person, the bank letter printed, posted, and its AR', async () => {
    await office.$('#nav-people').click();
    await office.$('#person-new').click();
    await office.$('#field-family_name').waitForExist({ timeout: 5000 });
    await office.$('#field-family_name').setValue('Diallo');
    await office.$('#field-given_names').setValue('Awa');
    await office.$('#person-save').click();
    await office.waitUntil(async () => (await h1(office)) === 'DIALLO Awa', { timeout: 5000, timeoutMsg: `h1 is ${await h1(office)}` });
    await settled(office);
    await office.$('#demarche-choice').selectByAttribute('value', 'droit-au-compte');
    await office.$('#demarche-start').click();
    await office.$('#question-form').waitForExist({ timeout: 5000 });
    await walkInterview(office, BANK_ANSWERS);
    await office.$('#review').waitForExist({ timeout: 5000 });
    const item = '[data-letter="demande-ouverture"]';
    await office.$(`${item} a.button`).click();
    await office.waitUntil(async () => (await office.$$('#letter-pages img')).length >= 1, { timeout: 15000, timeoutMsg: 'no preview' });
    await office.$('#letter-save').click();
    await office.$('#letter-saved').waitForExist({ timeout: 15000 });
    await office.$('#letter-back').click();
    const copy = `${item} [data-frozen]`;
    await office.$(copy).waitForExist({ timeout: 5000 });
    await office.execute((sel) => [...document.querySelectorAll(`${sel} button`)].find((b) => b.textContent.trim() === 'Marquer comme envoyé').click(), copy);
    const sent = await office.$(`${copy} input[id^="sent-on-"]`);
    await sent.waitForExist({ timeout: 5000 });
    await sent.setValue('05/11/2026');
    await office.$(`${copy} input[id^="tracking-"]`).setValue('1A 234 567 8901 2');
    await office.$(`${copy} form button[type="submit"]`).click();
    await office.waitUntil(async () => plain(await office.$(`${copy} .badge`).getText()).startsWith('Envoyé le 05/11/2026'), { timeout: 5000, timeoutMsg: 'not sent' });
    await office.execute((sel) => [...document.querySelectorAll(`${sel} button`)].find((b) => b.textContent.trim() === 'AR reçu').click(), copy);
    const received = await office.$(`${copy} input[id^="received-on-"]`);
    await received.waitForExist({ timeout: 5000 });
    await received.setValue('09/11/2026');
    await received.click();
    await office.keys('Enter');
    await office.waitUntil(async () => plain(await office.$(`${copy} .badge`).getText()).includes('AR reçu le 09/11/2026'), { timeout: 5000, timeoutMsg: 'AR not recorded' });
    const silence = '#dossier-deadlines [data-rule="silence-banque-lrar"]';
    await office.waitUntil(async () => (await office.$(silence).getAttribute('data-provisional')) === 'false', { timeout: 5000, timeoutMsg: 'still provisional' });
    arDue = await office.$(`${silence} time`).getAttribute('datetime');
    assert(arDue === '2026-11-24', `due ${arDue}: AR 09/11/2026 + 15 days`);
  });

  await check('office: a portable backup for the other laptop, then « Échanger maintenant »', async () => {
    await office.$('#nav-settings').click();
    await office.$('#portable-export').waitForExist({ timeout: 5000 });
    await fill(office, '#portable-passphrase', PORTABLE);
    await fill(office, '#portable-confirm', PORTABLE);
    await office.$('#portable-export-submit').click();
    await waitText(office, '#portable-export-status', (t) => t.includes('.permanence'), 'no portable backup');
    portable = /: (\S+\.permanence)/.exec(await textOf(office, '#portable-export-status'))?.[1];
    assert(portable, 'portable backup path not shown');
    await teamSection(office);
    await office.$('#team-exchange').click();
    await waitText(office, '#team-exchanged', (t) => t.startsWith('Échange fait'), 'no exchange');
    const laptops = readdirSync(sharedFolder).filter((f) => f !== 'team.json');
    assert(laptops.length === 1, `laptop folders: ${laptops}`);
    const packets = readdirSync(path.join(sharedFolder, laptops[0]));
    assert(packets.length === 1 && packets[0] === '00000001.packet', `packets: ${packets}`);
    const bytes = readFileSync(path.join(sharedFolder, laptops[0], packets[0]));
    assert(!bytes.includes(Buffer.from('Diallo')), 'the packet holds a name in clear');
  });

  const { browser: tuesday } = await launch({ port: tuesdayPort, application: appBinary, args: ['--data-dir', path.join(scratch, 'mardi')] });
  await check("Tuesday's laptop: restored from the portable backup, it must join the team first", async () => {
    await tuesday.$('#first-launch-import').waitForExist({ timeout: 5000 });
    await tuesday.$('#first-launch-import').click();
    await tuesday.$('#portable-file').waitForExist({ timeout: 5000 });
    // The file chosen in the dialog: its bytes given to the field, as the
    // window's file picker does.
    const bytes = [...readFileSync(portable)];
    await tuesday.execute(
      (data, name) => {
        const input = document.getElementById('portable-file');
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      bytes,
      path.basename(portable),
    );
    await fill(tuesday, '#portable-import-passphrase', PORTABLE);
    await tuesday.$('#portable-import-submit').click();
    await tuesday.waitUntil(async () => (await h1(tuesday)) === 'Personnes', { timeout: 15000, timeoutMsg: `after restore, h1 is ${await h1(tuesday)}` });
    await teamSection(tuesday);
    await tuesday.$('#team-must-join').waitForExist({ timeout: 5000 });
    await fill(tuesday, '#team-join-folder', sharedFolder);
    await fill(tuesday, '#team-join-label', 'Mardi');
    await fill(tuesday, '#team-join-passphrase', 'pas la bonne phrase');
    await tuesday.$('#team-join-submit').click();
    await tuesday.waitUntil(
      async () =>
        (await tuesday
          .$('#team-join-error')
          .getAttribute('data-code')
          .catch(() => null)) === 'team-wrong-passphrase',
      {
        timeout: 10000,
        timeoutMsg: 'wrong team passphrase not refused',
      },
    );
    await fill(tuesday, '#team-join-passphrase', TEAM);
    await tuesday.$('#team-join-submit').click();
    await waitText(tuesday, '#team-this-laptop', (t) => t === 'Cet ordinateur : Mardi', 'not joined');
    await waitText(tuesday, '#team-peers', (t) => t.startsWith('Bureau : dernière modification déposée le'), 'office not listed');
  });

  await check("Tuesday's laptop: the person, the dossier and the deadline dated from the AR", async () => {
    await tuesday.$('#nav-people').click();
    await tuesday.$('#people-search').waitForExist({ timeout: 5000 });
    await fill(tuesday, '#people-search', 'diallo');
    await tuesday.waitUntil(async () => (await tuesday.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'person not found' });
    await tuesday.$('#people-results a').click();
    await tuesday.waitUntil(async () => (await h1(tuesday)) === 'DIALLO Awa', { timeout: 5000, timeoutMsg: `h1 is ${await h1(tuesday)}` });
    await tuesday.$('#person-dossiers a').click();
    const silence = '#dossier-deadlines [data-rule="silence-banque-lrar"]';
    await tuesday.$(silence).waitForExist({ timeout: 5000 });
    const due = await tuesday.$(`${silence} time`).getAttribute('datetime');
    assert(due === arDue, `due on Tuesday ${due}, at the office ${arDue}`);
    assert((await tuesday.$(silence).getAttribute('data-provisional')) === 'false', 'provisional on Tuesday');
    const status = plain(await tuesday.$('[data-letter="demande-ouverture"] [data-frozen] .badge').getText());
    assert(status.includes('AR reçu le 09/11/2026'), `letter on Tuesday: ${status}`);
  });

  await check('a phone typed on Tuesday reaches the office at its next exchange', async () => {
    await tuesday.$('#nav-people').click();
    await fill(tuesday, '#people-search', 'diallo');
    await tuesday.waitUntil(async () => (await tuesday.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'person not found' });
    await tuesday.$('#people-results a').click();
    await tuesday.waitUntil(async () => (await h1(tuesday)) === 'DIALLO Awa', { timeout: 5000, timeoutMsg: `h1 is ${await h1(tuesday)}` });
    await tuesday.$('#person-edit').click();
    await tuesday.$('#field-phone').waitForExist({ timeout: 5000 });
    await tuesday.$('#field-phone').setValue('07 22 22 22 22');
    await tuesday.$('#person-save').click();
    await waitText(tuesday, '#person-record', (t) => t.includes('07 22 22 22 22'), 'phone not saved');
    await teamSection(tuesday);
    await tuesday.$('#team-exchange').click();
    await waitText(tuesday, '#team-exchanged', (t) => /^Échange fait : [1-9]/.test(t), 'Tuesday did not send');
    await teamSection(office);
    await office.$('#team-exchange').click();
    await waitText(office, '#team-exchanged', (t) => /reçue\(s\)/.test(t) && !t.includes(', 0 reçue'), 'the office received nothing');
    await waitText(office, '#team-peers', (t) => t.includes('Mardi : dernière modification déposée le'), 'Tuesday not listed at the office');
    await office.$('#nav-people').click();
    await fill(office, '#people-search', 'diallo');
    await office.waitUntil(async () => (await office.$$('#people-results li')).length === 1, { timeout: 5000, timeoutMsg: 'person not found' });
    await office.$('#people-results a').click();
    await waitText(office, '#person-record', (t) => t.includes('07 22 22 22 22'), 'phone not at the office');
  });

  await office.deleteSession().catch(() => {});
  await tuesday.deleteSession().catch(() => {});
  await stopChildren();
  const failed = results.filter((r) => !r.ok);
  for (const f of failed) console.log(`\n--- ${f.name}\n${f.error}`);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch(async (e) => {
  console.error(e);
  await stopChildren();
  process.exit(1);
});
