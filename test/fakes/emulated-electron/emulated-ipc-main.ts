// `ipcMain` of the emulated Electron: `handle`/`removeHandler` as Electron has them (a second
// handler for a channel throws), and `invoke`, which the window's IPC binding calls with the
// event Electron would build — `sender` (the web contents) and `senderFrame` (the calling
// frame, with its URL read when main reads it, as WebFrameMain does).
import { EventEmitter } from 'node:events';

export interface EmulatedSenderFrame {
  readonly url: string;
  readonly parent: EmulatedSenderFrame | null;
}

export interface EmulatedInvokeEvent {
  readonly sender: { readonly id: number };
  /** null once the frame navigated away or was destroyed (Electron's behaviour). */
  readonly senderFrame: EmulatedSenderFrame | null;
  readonly frameId: number;
  readonly processId: number;
}

type InvokeHandler = (event: EmulatedInvokeEvent, ...args: unknown[]) => unknown;

export class NoHandlerError extends Error {
  override readonly name = 'NoHandlerError';
}

export class EmulatedIpcMain extends EventEmitter {
  readonly #handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.#handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.#handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }

  get channels(): readonly string[] {
    return [...this.#handlers.keys()];
  }

  /** What `ipcRenderer.invoke(channel, ...args)` resolves to in the renderer. */
  async invoke(event: EmulatedInvokeEvent, channel: string, args: readonly unknown[]): Promise<unknown> {
    const handler = this.#handlers.get(channel);
    if (!handler) throw new NoHandlerError(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}
