// Page object for the whole-flow test: finds everything by role and by the accessible names the
// active catalogue gives (en or zh-CN), so one test drives the app in either language.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '../../../preload/contract';
import type { MessageKey } from '../../../renderer/src/i18n/en';
import type { MessageParams } from '../../../renderer/src/i18n/translate';
import { CATALOGUES, interpolate } from '../../../renderer/src/i18n/translate';
import { AppPage } from './app-page';
import type { PrivateAdbServer } from '../../support/private-adb-server';
import { SCREENSHOT_DIR } from './bridge-process';

export const UI_TIMEOUT = { timeout: 20_000, interval: 50 } as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the whole-flow test changes on the map app: its CAMERA grant and its READ_CONTACTS op. */
export interface PhoneState {
  readonly cameraGranted: boolean;
  readonly contactsOp: string;
}

/** Reads the phone with the adb CLI (`dumpsys package`, `appops get`), independently of the app. */
export const readPhoneState = async (options: {
  readonly adb: PrivateAdbServer['adb'];
  readonly serial: string;
  readonly packageName: string;
}): Promise<PhoneState> => {
  const { adb, serial, packageName } = options;
  const run = (args: readonly string[]) => adb(['-s', serial, 'shell', ...args]);
  const dump = (await run(['dumpsys', 'package', packageName])).stdout;
  const camera = /android\.permission\.CAMERA: granted=(true|false)/.exec(dump)?.[1];
  const op = (await run(['appops', 'get', packageName, 'READ_CONTACTS'])).stdout;
  return { cameraGranted: camera === 'true', contactsOp: /READ_CONTACTS: (\w+)/.exec(op)?.[1] ?? '' };
};

export class FlowPage extends AppPage {
  readonly language: Language;

  constructor(page: Page, language: Language) {
    super(page);
    this.language = language;
  }

  /** The text of `key` in this page's language, as the UI shows it. */
  l<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
    return interpolate(CATALOGUES[this.language][key], params[0]);
  }

  /** A name pattern for a message whose `{param}` parts are unknown to the test. */
  pattern(key: MessageKey): RegExp {
    const parts = CATALOGUES[this.language][key].split(/\{[A-Za-z0-9_]+\}/).map(escapeRegExp);
    return new RegExp(`^${parts.join('.+')}$`);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async go(hash: string): Promise<void> {
    await this.page.evaluate((target) => void (window.location.hash = target), hash);
  }

  async navigate(key: MessageKey): Promise<void> {
    const nav = this.navigation(this.l('nav.label'));
    await nav.getByRole('link', { name: this.l(key as 'nav.plan'), exact: true }).click();
  }

  link(name: string | RegExp): Locator {
    return this.main.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name });
  }

  mainButton(name: string | RegExp): Locator {
    return this.main.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
  }

  /** Per-step progress bar of a plan step, by its localised description. */
  stepBar(label: string): Locator {
    return this.main.getByRole('progressbar', {
      name: this.l('change.progressLabel', { name: label }),
      exact: true,
    });
  }

  /** The row of the results/history table whose header cell is `label`. */
  resultRow(label: string, scope?: Locator): Locator {
    return (scope ?? this.main)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** Apps → search → select all shown → revoke all their excess grants → review → confirm → apply. */
  async applyBulkRevoke(search: string, serial: string): Promise<void> {
    await this.navigate('nav.apps');
    await this.main.getByRole('searchbox', { name: this.l('apps.search') }).fill(search);
    await this.main.getByRole('checkbox', { name: this.pattern('apps.selectAll') }).check();
    await this.mainButton(this.l('apps.bulk.revokeExcess')).click();
    await this.link(this.l('apps.selection.review')).click();
    const steps = this.main.getByRole('article');
    await expect.poll(() => steps.count(), UI_TIMEOUT).toBeGreaterThan(10);
    const count = await steps.count();
    await this.main
      .getByRole('checkbox', { name: this.l('plan.confirm', { count, device: serial }) })
      .check();
    await this.mainButton(this.l('plan.apply')).click();
  }

  /** Waits (polling fast) until the first step's own progress bar is full. */
  async firstStepDone(): Promise<void> {
    const bars = this.main.getByRole('progressbar');
    await expect.poll(() => bars.nth(1).getAttribute('value'), { timeout: 20_000, interval: 10 }).toBe('1');
  }

  /** History's banner for an interrupted batch. */
  get interruptedBanner(): Locator {
    return this.main
      .getByRole('alert')
      .filter({ has: this.page.getByText(this.pattern('history.interrupted')) });
  }

  /** Saves `<name>-<language>.png`: the whole page, or only the window for very long pages. */
  async screenshot(name: string, options: { readonly fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({
      path: join(SCREENSHOT_DIR, `${name}-${this.language}.png`),
      fullPage: options.fullPage ?? true,
    });
  }
}
