// One browser flow per language: a bridge process (real adb server, own data folder), Debian's
// Chromium, a context in that language, and the app open and rendered in it. `stop` closes
// everything and fails the test file when the page logged errors or failed requests.
import type { Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '../../../preload/contract';
import type { BridgeProcess, StartBridgeOptions } from './bridge-process';
import { startBridgeProcess } from './bridge-process';
import { launchChromium } from './chromium';
import { FlowPage } from './flow-page';

export interface FlowSession {
  readonly bridge: BridgeProcess;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly app: FlowPage;
}

export const startFlowSession = async (
  language: Language,
  options: { readonly bridge?: StartBridgeOptions } = {},
): Promise<FlowSession> => {
  const [bridge, browser] = await Promise.all([startBridgeProcess(options.bridge), launchChromium()]);
  await bridge.call('settings:update', { language });
  const context = await browser.newContext({
    locale: language,
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
  });
  const app = new FlowPage(await context.newPage(), language);
  await app.page.goto(bridge.url);
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return { bridge, browser, context, app };
};

export const stopFlowSession = async (session: Partial<FlowSession> | undefined): Promise<void> => {
  const problems = session?.app?.problems ?? [];
  await session?.context?.close();
  await session?.browser?.close();
  await session?.bridge?.stop();
  expect(problems, session?.bridge?.stderr()).toEqual([]);
};
