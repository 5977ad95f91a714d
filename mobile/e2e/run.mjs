// End to end in headless Chromium: `stunxt up --demo` on a fresh data
// directory, the app's web export served on loopback, and two people using
// it in two browser contexts. Screenshots of the key screens go to
// e2e/artifacts/.
//
//   npm run export:web && npm run e2e
//
// STUNXT_BIN: the `stunxt` binary (default: $CARGO_TARGET_DIR/debug/stunxt,
// else ../target/debug/stunxt). CHROMIUM: the browser (default
// /usr/bin/chromium). APP_PORT: where the app is served (8081, the origin
// the router's CORS policy and mails expect in development).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mobile = resolve(here, '..');
const repo = resolve(mobile, '..');
const artifacts = join(here, 'artifacts');
const appPort = Number(process.env.APP_PORT ?? 8081);
const app = `http://127.0.0.1:${appPort}`;
const api = 'http://127.0.0.1:4000/graphql';
const bin =
  process.env.STUNXT_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(repo, 'target'), 'debug', 'stunxt');
const LIVE = 20_000;

let step = 0;
function log(message) {
  step += 1;
  console.log(`e2e ${String(step).padStart(2, '0')} ${message}`);
}

async function startPlatform(dataDir) {
  const child = spawn(bin, ['up', '--demo'], {
    cwd: repo,
    env: {
      ...process.env,
      STUNXT__DATABASE__DATA_DIR: dataDir,
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolveReady, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolveReady();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`stunxt exited with ${code}:\n${output}`)));
  });
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`stunxt did not start in 180 s:\n${output}`)), 180_000),
  );
  await Promise.race([ready, timeout]);
  console.log(output.split('\n').filter((l) => l.startsWith('  ')).join('\n'));
  return child;
}

async function gql(query, variables, token) {
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

async function signUp(page, who) {
  await page.goto(`${app}/sign-up`);
  await page.getByLabel('Email', { exact: true }).fill(`${who.username}@example.com`);
  await page.getByLabel('Username', { exact: true }).fill(who.username);
  await page.getByLabel('Display name', { exact: true }).fill(who.name);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  // Signed in: the tabs appear.
  await page.getByRole('tab', { name: /Notifications/ }).or(page.getByLabel(/^Notifications/)).filter({ visible: true }).first()
    .waitFor({ timeout: LIVE });
}

async function joinDemo(page) {
  await page.goto(`${app}/c/demo`);
  await page.getByRole('button', { name: 'Join community', exact: true }).click();
  await page.getByText('Welcome to the demo community').filter({ visible: true }).first().waitFor({ timeout: LIVE });
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'stunxt-e2e-'));
  let platform;
  let server;
  let browser;
  const pages = [];
  try {
    log(`starting ${bin} up --demo (data in ${dataDir})`);
    platform = await startPlatform(dataDir);
    server = await serve(join(mobile, 'dist'), appPort);
    log(`app served at ${app}`);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true };
    const stamp = Date.now().toString(36);
    const ana = { username: `ana${stamp}`, name: 'Ana Tester', password: 'a-long-e2e-passphrase' };
    const bo = { username: `bo${stamp}`, name: 'Bo Tester', password: 'another-e2e-passphrase' };
    const a = await (await browser.newContext(phone)).newPage();
    const b = await (await browser.newContext(phone)).newPage();
    pages.push(['a', a], ['b', b]);
    for (const [name, page] of pages) {
      page.on('pageerror', (err) => console.log(`[${name} page error] ${err.message}`));
    }

    log('sign-in screen renders');
    await a.goto(`${app}/sign-in`);
    await a.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await shot(a, '01-sign-in');

    log('A signs up');
    await signUp(a, ana);
    await shot(a, '02-home-new-member');

    log('A joins the demo community');
    await joinDemo(a);
    await shot(a, '03-community');

    log('A creates a post');
    const title = `Hello from ${ana.username}`;
    await a.getByRole('button', { name: 'New post', exact: true }).filter({ visible: true }).first().click();
    await a.getByLabel('Title', { exact: true }).fill(title);
    await a.getByLabel('Body', { exact: true }).fill('Written in **the browser** test.');
    await shot(a, '04-composer');
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByText(title).filter({ visible: true }).first().waitFor({ timeout: LIVE });
    await a.waitForURL(/\/posts\//, { timeout: LIVE });
    const postUrl = a.url();

    log('A comments on it');
    await a.getByLabel('Write a comment', { exact: true }).fill('First comment, from the author.');
    await a.getByRole('button', { name: 'Comment', exact: true }).click();
    await a.getByText('First comment, from the author.').filter({ visible: true }).first().waitFor({ timeout: LIVE });

    log('A reacts to it');
    const react = a.getByRole('button', { name: 'React with 👍', exact: true }).filter({ visible: true }).first();
    await react.click();
    await react.getByText('1').waitFor({ timeout: LIVE });
    await shot(a, '05-post-detail');

    log('B signs up and joins');
    await signUp(b, bo);
    await joinDemo(b);

    log("B comments on A's post; A's notification badge changes live");
    await a.goto(`${app}/`);
    const badge = a.getByLabel(/Notifications, \d+ unread/).filter({ visible: true }).first();
    await b.goto(postUrl);
    await b.getByLabel('Write a comment', { exact: true }).fill('Nice post!');
    await b.getByRole('button', { name: 'Comment', exact: true }).click();
    await badge.waitFor({ timeout: LIVE });
    await shot(a, '06-notification-badge');
    await a.getByLabel(/Notifications, \d+ unread/).filter({ visible: true }).first().click();
    await a.getByText(/commented|replied/i).filter({ visible: true }).first().waitFor({ timeout: LIVE });
    await shot(a, '07-notifications');

    log('A opens a chat with B');
    const signedIn = await gql(
      'mutation($i: LoginInput!) { login(input: $i) { ... on AuthPayload { user { id } } } }',
      { i: { login: bo.username, password: bo.password } },
    );
    const boId = signedIn.login.user.id;
    await a.goto(`${app}/users/${boId}`);
    await a.getByRole('button', { name: 'Message Bo Tester', exact: true }).click();
    await a.getByLabel('Message', { exact: true }).fill('Hi Bo, first message');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await a.waitForURL(/\/conversations\/[0-9a-f-]{36}/, { timeout: LIVE });
    await a.getByText('Hi Bo, first message').filter({ visible: true }).first().waitFor({ timeout: LIVE });
    const conversationUrl = a.url();

    log('B sees the conversation and opens it');
    await b.goto(`${app}/conversations`);
    await b.getByText('Ana Tester').filter({ visible: true }).first().click();
    await b.getByText('Hi Bo, first message').filter({ visible: true }).first().waitFor({ timeout: LIVE });
    await b.waitForURL(conversationUrl, { timeout: LIVE });

    log('a message from A arrives live at B');
    await a.getByLabel('Message', { exact: true }).fill('This one arrives live');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await b.getByText('This one arrives live').filter({ visible: true }).first().waitFor({ timeout: LIVE });

    log("A types; B sees the typing indicator");
    await a.getByLabel('Message', { exact: true }).pressSequentially('typing something', { delay: 40 });
    await b.getByTestId('typing-indicator').getByText(/typing/).waitFor({ timeout: LIVE });
    await shot(b, '08-chat-typing');
    await shot(a, '09-chat-sender');

    log('profile and settings screens render');
    await a.goto(`${app}/me`);
    await a.getByText(`@${ana.username}`).filter({ visible: true }).first().waitFor({ timeout: LIVE });
    await shot(a, '10-me');
    await a.goto(`${app}/settings/notifications`);
    await a.getByText(/email/i).filter({ visible: true }).first().waitFor({ timeout: LIVE });
    await shot(a, '11-notification-settings');

    console.log(`e2e passed: ${step} steps, screenshots in ${artifacts}`);
  } catch (err) {
    for (const [name, page] of pages) {
      await page.screenshot({ path: join(artifacts, `failure-${name}.png`) }).catch(() => {});
    }
    throw err;
  } finally {
    await browser?.close().catch(() => {});
    server?.close();
    if (platform) {
      platform.kill('SIGTERM');
      await new Promise((r) => platform.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`e2e failed: ${err.stack ?? err}`);
  process.exit(1);
});
