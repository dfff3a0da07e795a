// What the emulated Electron process tells the test that started it: one JSON object per
// stdout line behind a fixed prefix, so main's own output on the same stream cannot be
// mistaken for a report. Used by the process (write) and by the test (parse).

export const REPORT_PREFIX = 'emulated-electron: ';

export type EmulatorReport =
  /** Chromium is up; a test attaches to it over CDP on this port (as Playwright's `_electron` does). */
  | { readonly kind: 'ready'; readonly cdpPort: number; readonly electronVersion: string }
  | { readonly kind: 'window-created'; readonly id: number; readonly options: Record<string, unknown> }
  | { readonly kind: 'load-file'; readonly id: number; readonly file: string; readonly url: string }
  | { readonly kind: 'load-url'; readonly id: number; readonly url: string }
  | { readonly kind: 'window-shown'; readonly id: number }
  | { readonly kind: 'window-closed'; readonly id: number }
  /** Every request the window's page made, before the stand-in decided what to do with it. */
  | { readonly kind: 'request'; readonly url: string; readonly resourceType: string }
  | { readonly kind: 'websocket'; readonly url: string }
  /** Headers of a routed app file after main's `onHeadersReceived` listener saw them. */
  | { readonly kind: 'response'; readonly url: string; readonly headers: Record<string, string[]> }
  | { readonly kind: 'ipc-invoke'; readonly channel: string; readonly senderUrl: string | null }
  | { readonly kind: 'page-problem'; readonly text: string }
  | { readonly kind: 'dialog'; readonly title: string; readonly content: string }
  | { readonly kind: 'app-event'; readonly event: string; readonly prevented?: boolean }
  /** The ipcMain handlers still registered when the app quit (main should have removed them). */
  | { readonly kind: 'ipc-handlers-at-quit'; readonly channels: readonly string[] }
  | { readonly kind: 'fatal'; readonly message: string };

export const writeReport = (report: EmulatorReport): void => {
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
};

/** The reports in a chunk of complete stdout lines; other lines are ignored. */
export const parseReports = (lines: string): EmulatorReport[] =>
  lines
    .split('\n')
    .filter((line) => line.startsWith(REPORT_PREFIX))
    .map((line) => JSON.parse(line.slice(REPORT_PREFIX.length)) as EmulatorReport);
