// Serves the handler table over Electron IPC. Every call first checks who sent it (the main
// frame of one of our windows, showing our page: Electron security checklist, item 17), then
// goes through `dispatch`, which validates the argument and answers with a result envelope.
import { API_CHANNELS, ApiErrorCode, EVENT_IPC_CHANNEL } from '../../preload/contract';
import type { ApiChannel, ApiResult } from '../../preload/contract';
import type { EventHub } from '../services/event-hub';
import { isAppUrl } from '../trusted-url';
import type { AppOrigin } from '../trusted-url';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handler-table';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface IpcSenderContents {
  readonly id: number;
}

export interface IpcInvokeEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: IpcSenderContents;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface SenderCheck {
  readonly appOrigin: AppOrigin;
  /** The web contents of our windows, right now. */
  readonly windowContents: () => readonly IpcSenderContents[];
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: ApiErrorCode.ForbiddenSender, message: 'Calls are accepted only from the app window' },
};

export const isTrustedSender = (event: IpcInvokeEvent, check: SenderCheck): boolean => {
  try {
    const frame = event.senderFrame;
    // null once the frame navigated away or was destroyed.
    if (!frame || frame.parent !== null) return false;
    if (!check.windowContents().some((contents) => contents.id === event.sender.id)) return false;
    return isAppUrl(frame.url, check.appOrigin);
  } catch {
    // Reading a disposed WebFrameMain throws.
    return false;
  }
};

export interface RegisterIpcOptions extends SenderCheck {
  readonly ipcMain: IpcMainLike;
  readonly table: HandlerTable;
  readonly onUnexpectedError?: (error: unknown, channel: ApiChannel) => void;
}

/** Registers one handler per contract channel; returns the function that removes them. */
export const registerIpcHandlers = (options: RegisterIpcOptions): (() => void) => {
  const { ipcMain, table } = options;
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, options)) return FORBIDDEN;
      if (args.length > 1) {
        return {
          ok: false,
          error: { code: ApiErrorCode.InvalidArgument, message: `${channel} takes at most one argument` },
        };
      }
      return dispatch({
        table,
        channel,
        request: args[0],
        context: { via: 'ipc' },
        ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
      });
    });
  }
  return () => {
    for (const channel of API_CHANNELS) ipcMain.removeHandler(channel);
  };
};

export interface EventReceiver {
  send(channel: string, message: unknown): void;
  isDestroyed(): boolean;
}

/** Sends every hub event to every window as `{event, payload}`; returns the unsubscribe. */
export const forwardEventsToWindows = (
  events: EventHub,
  targets: () => readonly EventReceiver[],
): (() => void) =>
  events.subscribe((event, payload) => {
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(EVENT_IPC_CHANNEL, { event, payload });
    }
  });
