// `app` of the emulated Electron: paths, the single-instance lock, `whenReady`, and the quit
// sequence Electron documents — 'before-quit' (preventable) → every window closed (without
// 'window-all-closed') → 'will-quit' (preventable) → 'quit' → Chromium shut down. Unlike
// Electron, the process is then left to end by itself: if main left anything open (sockets,
// servers, timers), it does not exit, and the test sees that.
import { EventEmitter } from 'node:events';

export class PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface EmulatedAppOptions {
  /** What `app.getAppPath()` answers: the project root in development. */
  readonly appPath: string;
  /** Electron's default userData folder; main may replace it with setPath. */
  readonly userData: string;
  /** Closes every window; called once when a quit goes through. */
  readonly closeWindows: () => Promise<void>;
  /** Shuts Chromium down after 'quit'. */
  readonly shutdown: () => Promise<void>;
  /** Told about each lifecycle event (for the test). */
  readonly onEvent?: (event: string, prevented?: boolean) => void;
}

export class EmulatedApp extends EventEmitter {
  readonly isPackaged = false;
  readonly #options: EmulatedAppOptions;
  readonly #paths = new Map<string, string>();
  readonly #ready: Promise<void>;
  #markReady: () => void = () => undefined;
  #isReady = false;
  #quitting = false;
  #quit: Promise<void> | undefined;

  constructor(options: EmulatedAppOptions) {
    super();
    this.#options = options;
    this.#paths.set('userData', options.userData);
    this.#ready = new Promise((resolve) => (this.#markReady = resolve));
  }

  /** Chromium is up: 'ready' fires and whenReady() resolves. */
  markReady(): void {
    if (this.#isReady) return;
    this.#isReady = true;
    this.#markReady();
    this.emit('ready', new PreventableEvent(), {});
  }

  isReady(): boolean {
    return this.#isReady;
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  /** Only one emulated instance ever runs per test process tree, so the lock is always ours. */
  requestSingleInstanceLock(): boolean {
    return true;
  }

  getAppPath(): string {
    return this.#options.appPath;
  }

  getPath(name: string): string {
    const path = this.#paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.#paths.set(name, path);
  }

  /** True while windows are closed because of a quit (no 'window-all-closed' then). */
  get quitting(): boolean {
    return this.#quitting;
  }

  /** The promise of the quit in progress, once one went through 'before-quit'. */
  get quitDone(): Promise<void> | undefined {
    return this.#quit;
  }

  quit(): void {
    if (this.#quit) return;
    if (!this.#emitPreventable('before-quit')) return;
    this.#quitting = true;
    this.#quit = this.#finishQuit();
  }

  async #finishQuit(): Promise<void> {
    await this.#options.closeWindows();
    if (!this.#emitPreventable('will-quit')) {
      this.#quitting = false;
      this.#quit = undefined;
      return;
    }
    this.emit('quit', new PreventableEvent(), 0);
    this.#options.onEvent?.('quit');
    await this.#options.shutdown();
  }

  /** Emits a preventable event; true when nobody prevented it. */
  #emitPreventable(name: 'before-quit' | 'will-quit'): boolean {
    const event = new PreventableEvent();
    this.emit(name, event);
    this.#options.onEvent?.(name, event.defaultPrevented);
    return !event.defaultPrevented;
  }
}
