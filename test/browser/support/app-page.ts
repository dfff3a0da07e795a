// Page object for the PrivacyScope renderer: finds things by role and accessible name (never
// by CSS class) and records console errors and uncaught page errors (CSP violations included).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class AppPage {
  readonly page: Page;
  readonly #problems: string[] = [];

  constructor(page: Page) {
    this.page = page;
    page.on('console', (message) => {
      if (message.type() === 'error') {
        this.#problems.push(`console: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => this.#problems.push(`pageerror: ${error.message}`));
  }

  static async open(context: BrowserContext, url: string): Promise<AppPage> {
    const app = new AppPage(await context.newPage());
    await app.page.goto(url);
    return app;
  }

  /** Console errors and uncaught exceptions seen so far. */
  get problems(): readonly string[] {
    return this.#problems;
  }

  /** The current view's <h1>. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  navigation(name: string): Locator {
    return this.page.getByRole('navigation', { name, exact: true });
  }

  /** A labelled <select>, e.g. "Language" / "语言". */
  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The value cell of the fact `label` in the card (region) `card`. */
  fact(card: string, label: string): Locator {
    return this.page
      .getByRole('region', { name: card, exact: true })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  }

  /** `<html lang>`. */
  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** `<html data-theme>` (absent when following the system). */
  htmlTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /** Trimmed visible text, or '' when the element does not exist (yet). */
  static async text(locator: Locator): Promise<string> {
    return (await locator.count()) === 0 ? '' : (await locator.first().innerText()).trim();
  }
}
