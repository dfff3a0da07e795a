// The Overview of a phone on the real build, through the real bridge: open the demo phone
// (cn-flagship-14), select it, let the real scan run, and check what the page shows against the
// scan main saved — score, riskiest apps, heat map, timeline — in en and zh-CN; then export
// the report as HTML and JSON. Screenshots in both languages.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditedScan, DeviceSummary } from '../../preload/contract';
import { heatMapMatrix } from '../../renderer/src/views/overview/heat-map-matrix';
import { sensitiveUseEvents, timelineBuckets } from '../../renderer/src/views/overview/timeline-buckets';
import { displayName } from '../../renderer/src/views/apps/display-name';
import { worstApps } from '../../renderer/src/views/overview/worst-apps';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { SCREENSHOT_DIR, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';

const UI_TIMEOUT = { timeout: 60_000, interval: 100 };
const SCREENSHOTS = SCREENSHOT_DIR;
const text = AppPage.text;

describe('Overview of the demo phone through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  let demo: DeviceSummary;

  beforeAll(async () => {
    [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
  });

  beforeEach(async () => {
    await bridge.call('settings:update', { language: 'en', theme: 'light' });
    context = await browser.newContext({
      locale: 'en-US',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    app = await AppPage.open(context, bridge.url);
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Devices');
  });

  afterEach(async () => {
    const problems = app.problems;
    await context.close();
    expect(problems, bridge.stderr()).toEqual([]);
  });

  /** Opens the demo phone from the Devices view (once per file) and selects it. */
  const openDemoOverview = async (): Promise<void> => {
    if (demo === undefined) {
      await app.button('Open demo phone').click();
      await expect
        .poll(
          async () => (await bridge.call('devices:list')).find((device) => device.demoProfile),
          UI_TIMEOUT,
        )
        .toBeDefined();
      demo = (await bridge.call('devices:list')).find((device) => device.demoProfile) as DeviceSummary;
    }
    const open = app.page.getByRole('button', { name: 'Open Xiaomi 23127PN0CC', exact: true });
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('Overview');
    await app.page.getByRole('region', { name: 'Risk score', exact: true }).waitFor({ timeout: 60_000 });
  };

  const latestScan = async (): Promise<AuditedScan> => {
    const scan = await bridge.call('scan:latest', { device: { serial: demo.serial, server: demo.server } });
    if (scan === null) throw new Error('no scan was saved');
    return scan;
  };

  it('scans the selected phone and shows its score, riskiest apps, heat map and timeline', async () => {
    await openDemoOverview();
    const scan = await latestScan();
    expect(new URL(app.page.url()).hash).toBe('#/overview');

    const score = app.page.getByRole('region', { name: 'Risk score', exact: true });
    expect(await score.getByLabel(`${scan.summary.score} of 100`).count()).toBe(1);
    expect(scan.summary.score).toBeGreaterThanOrEqual(60);
    expect(await text(score)).toContain('High risk');
    const findings = app.page.getByRole('table', { name: 'Findings by severity', exact: true });
    const high = findings.getByRole('row').filter({ has: app.page.getByRole('rowheader', { name: 'High' }) });
    expect(await text(high.getByRole('cell').first())).toBe(
      scan.summary.bySeverity.high.toLocaleString('en'),
    );

    // Riskiest apps: cn-flagship-14's Alipay over-holds location, contacts… and is among them.
    const worst = app.page.getByRole('table', { name: 'Riskiest apps', exact: true });
    // Apps appear by the name people know them by (catalogue), with the package as the title.
    const alipay = worst.getByRole('row').filter({ hasText: 'Alipay' });
    expect(await text(alipay.getByRole('cell').first())).toBe('Online payment');
    expect(await alipay.getByRole('link').getAttribute('title')).toBe('com.eg.android.AlipayGphone');
    expect(await alipay.getByRole('link').getAttribute('href')).toBe('#/apps/com.eg.android.AlipayGphone');
    const byPackage = new Map(scan.apps.map((entry) => [entry.packageName, entry]));
    const expectedWorst = worstApps(scan.apps).map((entry) => {
      const audited = byPackage.get(entry.packageName);
      return audited === undefined ? entry.packageName : displayName(audited, 'en');
    });
    expect(expectedWorst).toContain('Alipay');
    expect(await worst.getByRole('rowheader').allInnerTexts()).toEqual(expectedWorst);

    // Heat map: Alipay's location grant is not needed for online payment.
    const heat = app.page.getByRole('table', { name: 'Granted permissions by app', exact: true });
    const alipayHeat = heat
      .getByRole('row')
      .filter({ has: app.page.getByRole('rowheader', { name: 'Alipay', exact: true }) });
    expect(await alipayHeat.getByRole('cell', { name: 'Location: granted, not needed' }).count()).toBe(1);
    const matrix = heatMapMatrix(scan.apps, { limit: 25 });
    expect(await heat.locator('tbody').getByRole('row').count()).toBe(matrix.rows.length);

    // Timeline: the summary names what the scan's last 24 hours hold.
    const day = timelineBuckets(sensitiveUseEvents(scan), { range: '24h', nowMs: scan.takenAtMs });
    expect(day.totals.location).toBeGreaterThan(0);
    const chart = app.page.getByRole('img', {
      name: `Last 24 hours: camera used ${day.totals.camera} times, microphone ${day.totals.microphone} times, location ${day.totals.location} times (${day.totals.background} in the background).`,
      exact: true,
    });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await app.page.getByRole('radio', { name: 'Last 7 days' }).check();
    const week = timelineBuckets(sensitiveUseEvents(scan), { range: '7d', nowMs: scan.takenAtMs });
    await expect
      .poll(
        () => text(app.page.getByRole('region', { name: 'Camera, microphone and location use' })),
        UI_TIMEOUT,
      )
      .toContain(`Last 7 days: camera used ${week.totals.camera} times`);

    // Special access and trackers from the snapshot.
    const special = app.page.getByRole('region', { name: 'Special access', exact: true });
    expect(await text(special)).toContain('com.qihoo360.mobilesafe');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'overview-en.png'), fullPage: true });
  });

  it('reads the same overview in zh-CN, with category names as in the regulation', async () => {
    await openDemoOverview();
    await app.select('Language').selectOption('zh-CN');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe('概览');
    const scan = await latestScan();
    const score = app.page.getByRole('region', { name: '风险评分', exact: true });
    expect(await score.getByLabel(`${scan.summary.score} 分（满分 100）`).count()).toBe(1);
    const worst = app.page.getByRole('table', { name: '风险最高的应用', exact: true });
    const alipay = worst.getByRole('row').filter({ hasText: '支付宝' });
    await expect.poll(() => text(alipay.getByRole('cell').first()), UI_TIMEOUT).toBe('网络支付类');
    const heat = app.page.getByRole('table', { name: '各应用已获授权的权限', exact: true });
    expect(await heat.getByRole('cell', { name: '位置：已授权，但非必要' }).count()).toBeGreaterThan(0);
    const day = timelineBuckets(sensitiveUseEvents(scan), { range: '24h', nowMs: scan.takenAtMs });
    expect(
      await app.page
        .getByRole('img', {
          name: `最近 24 小时：相机使用 ${day.totals.camera} 次，麦克风 ${day.totals.microphone} 次，位置 ${day.totals.location} 次（其中后台 ${day.totals.background} 次）。`,
        })
        .count(),
    ).toBe(1);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'overview-zh-CN.png'), fullPage: true });
  });

  it('exports the report as HTML and as JSON', async () => {
    await openDemoOverview();
    const save = async (name: string): Promise<{ file: string; content: string }> => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.button(name).click()]);
      const path = await download.path();
      return { file: download.suggestedFilename(), content: await readFile(path, 'utf8') };
    };
    const html = await save('Export report (HTML)');
    expect(html.file).toMatch(/\.html$/);
    expect(html.content).toMatch(/<html/i);
    expect(html.content).toContain('com.eg.android.AlipayGphone');
    await expect
      .poll(() => text(app.page.getByRole('status').filter({ hasText: html.file })), UI_TIMEOUT)
      .toBe(`Saved ${html.file}.`);

    const json = await save('Export report (JSON)');
    expect(json.file).toMatch(/\.json$/);
    const parsed = JSON.parse(json.content) as unknown;
    expect(JSON.stringify(parsed)).toContain('com.eg.android.AlipayGphone');
  });

  it('rescans with progress and can cancel', async () => {
    await openDemoOverview();
    await app.button('Scan again').click();
    const progress = app.page.getByRole('region', { name: 'Scanning the phone', exact: true });
    await progress.waitFor({ timeout: 15_000 });
    expect(await progress.getByRole('progressbar').count()).toBe(1);
    // A demo-phone scan takes a second or two: cancel while it runs, if it still does.
    const cancelled = await progress
      .getByRole('button', { name: 'Cancel scan' })
      .click({ timeout: 2_000 })
      .then(
        () => true,
        () => false,
      );
    await expect.poll(() => progress.count(), UI_TIMEOUT).toBe(0);
    if (cancelled) {
      const status = app.page.getByRole('status').filter({ hasText: 'The scan was cancelled.' });
      const finished = app.page.getByRole('region', { name: 'Risk score', exact: true });
      await expect
        .poll(async () => (await status.count()) + (await finished.count()), UI_TIMEOUT)
        .toBeGreaterThan(0);
    }
    // Either it stopped (cancelled) or it had already finished: the overview is still there.
    expect(await app.page.getByRole('region', { name: 'Risk score', exact: true }).count()).toBe(1);
  });
});
