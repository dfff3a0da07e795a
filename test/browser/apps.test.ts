// Apps and App detail through the real bridge and a virtual phone (cn-flagship-14), in English
// and 简体中文: the grid lists the scan's apps, search and a filter narrow it, sorting works,
// and an app's permissions table marks an excess grant with its rule citation; picking
// "revoke" for it and "stand-in" for another grant counts two changes.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceSummary } from '../../preload/contract';
import { AppPage } from './support/app-page';
import type { BridgeProcess } from './support/bridge-process';
import { SCREENSHOT_DIR, startBridgeProcess } from './support/bridge-process';
import { launchChromium } from './support/chromium';

const UI_TIMEOUT = { timeout: 20_000, interval: 50 };
const SCREENSHOTS = SCREENSHOT_DIR;
const text = AppPage.text;

interface Words {
  readonly locale: string;
  readonly language: 'en' | 'zh-CN';
  readonly appsHeading: string;
  readonly grid: string;
  readonly summary: (shown: number, total: number) => string;
  readonly search: string;
  readonly category: string;
  readonly mapNavigation: string;
  readonly packageColumn: string;
  readonly amap: string;
  readonly weibo: string;
  readonly baidu: string;
  readonly permissions: string;
  readonly excess: string;
  readonly citation: string;
  readonly revokeContacts: string;
  readonly standInCamera: string;
  readonly selected: (count: number) => string;
  readonly review: string;
  readonly openDevice: RegExp;
}

const EN: Words = {
  locale: 'en-US',
  language: 'en',
  appsHeading: 'Apps',
  grid: 'Apps of this phone',
  summary: (shown, total) => `Showing ${shown} of ${total} apps`,
  search: 'Search apps',
  category: 'Category',
  mapNavigation: 'Map navigation',
  packageColumn: 'Package',
  amap: 'Amap',
  weibo: 'Weibo',
  baidu: 'Baidu Maps',
  permissions: 'Permissions',
  excess: 'Excess',
  citation: 'Rule: Art. 5 item (1)',
  revokeContacts: 'Revoke READ_CONTACTS',
  standInCamera: 'Stand-in for CAMERA',
  selected: (count) => `${count} changes selected`,
  review: 'Review plan',
  openDevice: /^Open /,
};

const ZH: Words = {
  locale: 'zh-CN',
  language: 'zh-CN',
  appsHeading: '应用',
  grid: '这部手机上的应用',
  summary: (shown, total) => `显示 ${shown} 个应用，共 ${total} 个`,
  search: '搜索应用',
  category: '类别',
  mapNavigation: '地图导航类',
  packageColumn: '包名',
  amap: '高德地图',
  weibo: '微博',
  baidu: '百度地图',
  permissions: '权限',
  excess: '超范围',
  citation: '依据：第五条第（一）项',
  revokeContacts: '撤销 READ_CONTACTS',
  standInCamera: '为 CAMERA 提供替身',
  selected: (count) => `已选择 ${count} 项更改`,
  review: '查看计划',
  openDevice: /^打开 /,
};

describe('Apps and App detail through the browser bridge', () => {
  let bridge: BridgeProcess;
  let browser: Browser;
  let phone: DeviceSummary;
  let total: number;

  beforeAll(async () => {
    [bridge, browser] = await Promise.all([startBridgeProcess(), launchChromium()]);
    phone = await bridge.call('demo:start', { profile: 'cn-flagship-14' });
    const device = { serial: phone.serial, server: phone.server };
    total = (await bridge.call('scan:run', { device, taskId: 'apps-test-scan' })).apps.length;
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
  });

  const grid = (page: Page, words: Words): Locator =>
    page.getByRole('grid', { name: words.grid, exact: true });
  const appLink = (page: Page, words: Words, name: string): Locator =>
    grid(page, words).getByRole('link', { name, exact: true });
  const packageCells = async (page: Page, words: Words): Promise<string[]> =>
    (await grid(page, words).getByRole('row').all()).length === 0
      ? []
      : (
          await grid(page, words)
            .locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"]) [aria-colindex="3"]')
            .allInnerTexts()
        ).map((value) => value.trim());

  const openApps = async (context: BrowserContext, words: Words): Promise<AppPage> => {
    await bridge.call('settings:update', { language: words.language });
    const app = await AppPage.open(context, bridge.url);
    await app.page.evaluate(() => void (window.location.hash = '#/devices'));
    const row = app.page.getByRole('row').filter({ hasText: phone.model ?? phone.serial });
    await row.getByRole('button', { name: words.openDevice }).first().click(UI_TIMEOUT);
    await app.page.evaluate(() => void (window.location.hash = '#/apps'));
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(words.appsHeading);
    await expect
      .poll(
        () => text(app.page.getByRole('status').filter({ hasText: words.summary(total, total) })),
        UI_TIMEOUT,
      )
      .toBe(words.summary(total, total));
    return app;
  };

  it('is keyboard operable: arrows move the focused cell, Space selects, Enter opens', async () => {
    const context = await browser.newContext({ locale: EN.locale, viewport: { width: 1400, height: 1000 } });
    try {
      const app = await openApps(context, EN);
      const { page } = app;
      const focusedRow = (): Promise<string | null> =>
        page.evaluate(
          () => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') ?? null,
        );
      await grid(page, EN).getByRole('gridcell').nth(2).focus();
      expect(await focusedRow()).toBe('2');
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedRow, UI_TIMEOUT).toBe('3');
      await page.keyboard.press(' ');
      const row = grid(page, EN).locator('[role="row"][aria-rowindex="3"]');
      await expect.poll(() => row.getAttribute('aria-selected'), UI_TIMEOUT).toBe('true');
      expect(await text(page.getByRole('toolbar', { name: 'Bulk actions' }))).toContain('1 app selected');
      // A bulk action adds the ticked app's excess grants to the changes picked for the plan.
      await page.getByRole('button', { name: 'Revoke all excess grants of the selected apps' }).click();
      const added = page.getByRole('status').filter({ hasText: /added to the plan\.$/ });
      await expect.poll(() => text(added), UI_TIMEOUT).toMatch(/^\d+ changes? added to the plan\.$/);
      expect(await text(page.getByRole('link', { name: 'Review plan' }))).toBe('Review plan');
      await grid(page, EN).locator('[role="row"][aria-rowindex="3"] [aria-colindex="3"]').focus();
      // Ctrl+End reaches the last of the virtualized rows, which is then rendered and focused.
      await page.keyboard.press('Control+End');
      await expect.poll(focusedRow, UI_TIMEOUT).toBe(String(total + 1));
      const last =
        (await page.evaluate(
          () => document.activeElement?.closest('[role="row"]')?.querySelector('a')?.textContent,
        )) ?? '';
      await page.keyboard.press('Enter');
      await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(last);
      expect(app.problems, bridge.stderr()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const words of [EN, ZH]) {
    it(`lists, searches, filters, sorts and picks changes for an app (${words.language})`, async () => {
      const context = await browser.newContext({
        locale: words.locale,
        viewport: { width: 1400, height: 1000 },
      });
      try {
        const app = await openApps(context, words);
        const { page } = app;
        expect(await grid(page, words).getAttribute('aria-rowcount')).toBe(String(total + 1));
        await page.screenshot({ path: join(SCREENSHOTS, `apps-${words.language}.png`) });

        // Instant search: the package narrows the list to Amap; Weibo disappears.
        const search = page.getByRole('searchbox', { name: words.search });
        await search.fill('autonavi');
        await expect.poll(() => appLink(page, words, words.amap).count(), UI_TIMEOUT).toBe(1);
        expect(await appLink(page, words, words.weibo).count()).toBe(0);
        // The other language's name finds it too.
        await search.fill(words.language === 'en' ? '高德' : 'amap');
        await expect.poll(() => appLink(page, words, words.amap).count(), UI_TIMEOUT).toBe(1);
        await search.fill('');

        // A filter: only map navigation apps.
        await page
          .getByRole('combobox', { name: words.category, exact: true })
          .selectOption({ label: words.mapNavigation });
        await expect.poll(() => appLink(page, words, words.weibo).count(), UI_TIMEOUT).toBe(0);
        expect(await appLink(page, words, words.amap).count()).toBe(1);
        expect(await appLink(page, words, words.baidu).count()).toBe(1);

        // Sort by package, both ways, reflected in aria-sort.
        const header = grid(page, words).getByRole('columnheader', { name: words.packageColumn });
        await header.getByRole('button').click();
        expect(await header.getAttribute('aria-sort')).toBe('ascending');
        const ascending = await packageCells(page, words);
        expect(ascending.length).toBeGreaterThan(2);
        expect(ascending).toEqual(
          [...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
        );
        await header.getByRole('button').click();
        expect(await header.getAttribute('aria-sort')).toBe('descending');
        expect(await packageCells(page, words)).toEqual([...ascending].reverse());

        // Open Amap: contacts are excess for a map app, with the rule citation.
        await appLink(page, words, words.amap).click();
        await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(words.amap);
        const permissions = page.getByRole('table', { name: words.permissions, exact: true });
        const contacts = permissions
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: 'READ_CONTACTS', exact: true }) });
        await expect.poll(() => text(contacts), UI_TIMEOUT).toContain(words.excess);
        expect(await text(contacts)).toContain(words.citation);

        await page.getByRole('button', { name: words.revokeContacts }).click();
        await page.getByRole('button', { name: words.standInCamera }).click();
        expect(
          await page.getByRole('button', { name: words.revokeContacts }).getAttribute('aria-pressed'),
        ).toBe('true');
        const counter = page.getByRole('status').filter({ hasText: words.selected(2) });
        await expect.poll(() => counter.count(), UI_TIMEOUT).toBe(1);
        expect(await counter.getByRole('link', { name: words.review }).getAttribute('href')).toBe('#/plan');
        await page.screenshot({
          path: join(SCREENSHOTS, `app-detail-${words.language}.png`),
          fullPage: true,
        });
        expect(app.problems, bridge.stderr()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
