// `webContents` of an emulated window: the events main's guards listen to, `send` (delivered in
// order into the page's ipcRenderer listeners), the window-open handler, and the invoke event
// Electron builds for ipcMain handlers (`sender`, and `senderFrame` with the file:// URL
// Electron would show for the page, read live like WebFrameMain's).
import { EventEmitter } from 'node:events';
import type { Frame, Page } from 'playwright-core';
import type { EmulatedInvokeEvent, EmulatedSenderFrame } from './emulated-ipc-main';
import type { RendererOrigin } from './renderer-origin';

type WindowOpenHandler = (details: { readonly url: string }) => { readonly action: string };

export class DestroyedObjectError extends Error {
  override readonly name = 'DestroyedObjectError';
  constructor() {
    super('Object has been destroyed');
  }
}

export interface EmulatedWebContentsOptions {
  readonly id: number;
  /** The page, once Chromium opened it. */
  readonly page: Promise<Page>;
  /** Name of the page-side function that hands a message to ipcRenderer listeners. */
  readonly deliverHook: string;
}

export class EmulatedWebContents extends EventEmitter {
  readonly id: number;
  readonly #options: EmulatedWebContentsOptions;
  #origin: RendererOrigin | undefined;
  #destroyed = false;
  #delivered: Promise<void> = Promise.resolve();
  windowOpenHandler: WindowOpenHandler | undefined;

  constructor(options: EmulatedWebContentsOptions) {
    super();
    this.id = options.id;
    this.#options = options;
  }

  /** Set by loadFile: how page URLs map to the file:// URLs Electron reports. */
  set origin(origin: RendererOrigin) {
    this.#origin = origin;
  }

  /** A page URL as Electron would report it. */
  electronUrl(url: string): string {
    return this.#origin ? this.#origin.asElectronUrl(url) : url;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  /** Like Electron: throws once destroyed; messages arrive in the order they were sent. */
  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new DestroyedObjectError();
    const hook = this.#options.deliverHook;
    this.#delivered = this.#delivered
      .then(() => this.#options.page)
      .then((page) =>
        page.evaluate(
          ([name, sent, payload]) => {
            const deliver = (window as unknown as Record<string, unknown>)[name];
            if (typeof deliver === 'function') deliver(sent, payload);
          },
          [hook, channel, args] as const,
        ),
      )
      .catch(() => undefined); // the page closed or navigated meanwhile: Electron drops it too
  }

  /** The event an ipcMain handler receives for a call from `frame`. */
  invokeEvent(frame: Frame): EmulatedInvokeEvent {
    return { sender: this, senderFrame: this.#senderFrame(frame), frameId: 0, processId: 0 };
  }

  #senderFrame(frame: Frame): EmulatedSenderFrame | null {
    if (frame.isDetached()) return null;
    const electronUrl = (): string => this.electronUrl(frame.url());
    const parentFrame = frame.parentFrame();
    const parent = parentFrame ? this.#senderFrame(parentFrame) : null;
    return {
      get url() {
        return electronUrl();
      },
      parent,
    };
  }

  /** The page is gone: 'destroyed' fires, later sends throw. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.emit('destroyed');
  }
}
