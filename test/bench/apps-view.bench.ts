// Apps view on a 1,000-app phone (virtual phone `large-1000` through the real bridge, in Debian
// Chromium): prints the first paint after the data arrives (target < 300 ms) and the time a
// filter keystroke takes to re-render the grid (target < 16 ms). Figures come from
// performance.measure inside the page (the view marks them when `__privacyscopePerf` is set).
// Prints only; no timing assertions — run with `npm run bench`.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setup as buildApp } from '../browser/global-setup';
import type { BridgeProcess } from '../browser/support/bridge-process';
import { startBridgeProcess } from '../browser/support/bridge-process';
import { launchChromium } from '../browser/support/chromium';

const PROFILE = 'large-1000';
const ROUNDS = 5;
const QUERY = 'com.example';
const WAIT = { timeout: 60_000 };

let bridge: BridgeProcess;
let browser: Browser;
let serial: string;
let apps = 0;

beforeAll(async () => {
  await buildApp();
  [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
  const phone = await bridge.call('demo:start', { profile: PROFILE });
  serial = phone.serial;
  const scan = await bridge.call('scan:run', {
    device: { serial: phone.serial, server: phone.server },
    taskId: 'bench-scan',
  });
  apps = scan.apps.length;
  await bridge.call('settings:update', { language: 'en' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

const measures = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((entry) => performance.getEntriesByName(entry, 'measure').map((m) => m.duration), name);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

it(`Apps view with ${PROFILE}: first paint after data and filter keystroke`, async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(
    () => void ((window as { __privacyscopePerf?: boolean }).__privacyscopePerf = true),
  );
  const page = await context.newPage();
  await page.goto(bridge.url);
  await page.evaluate(() => void (window.location.hash = '#/devices'));
  await page
    .getByRole('row')
    .filter({ hasText: serial })
    .getByRole('button', { name: /^Open / })
    .first()
    .click(WAIT);

  const paints: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Leave and come back: the view mounts with the scan already in the store.
    await page.evaluate(() => void (window.location.hash = '#/settings'));
    await page.evaluate(() => void (window.location.hash = '#/apps'));
    await page.getByRole('grid').waitFor(WAIT);
    await page.waitForFunction(
      (count) => performance.getEntriesByName('apps:first-paint', 'measure').length >= count,
      round + 1,
      WAIT,
    );
  }
  paints.push(...(await measures(page, 'apps:first-paint')));
  expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(apps + 1));

  const search = page.getByRole('searchbox', { name: 'Search apps' });
  await search.click();
  for (let round = 0; round < ROUNDS; round += 1) {
    await search.fill('');
    await page.keyboard.type(QUERY, { delay: 30 });
  }
  await page.waitForTimeout(100);
  const keystrokes = await measures(page, 'apps:filter');
  const shown = (
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing / })
      .innerText()
  ).trim();
  await context.close();

  console.log(
    [
      `Apps view, ${PROFILE} (${apps} apps), Chromium ${browser.version()}`,
      `  first paint after data: median ${median(paints).toFixed(1)} ms, max ${Math.max(...paints).toFixed(1)} ms` +
        ` over ${paints.length} mounts (target < 300 ms)`,
      `  filter keystroke (search → grid committed): median ${median(keystrokes).toFixed(2)} ms,` +
        ` max ${Math.max(...keystrokes).toFixed(2)} ms over ${keystrokes.length} keystrokes (target < 16 ms)`,
      `  after typing "${QUERY}": ${shown}`,
    ].join('\n'),
  );
});
