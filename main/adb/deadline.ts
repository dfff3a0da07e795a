// Every call that reaches adb gets a timeout and an AbortSignal. `withDeadline` races the
// work against both; when it gives up, `onAbandon` receives a late result (e.g. a socket)
// so it can be closed instead of leaking.
import { Cancelled, CommandTimeout } from './errors';

export interface CallOptions {
  /** Default depends on the call (see DEFAULT_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface DeadlineOptions<T> extends CallOptions {
  /** For messages: "list devices", "shell on 127.0.0.1:40001". */
  readonly what: string;
  /** Called with a result that arrived after the deadline or cancellation. */
  readonly onAbandon?: (late: T) => void;
}

export const throwIfAborted = (signal: AbortSignal | undefined, what: string): void => {
  if (signal?.aborted) throw new Cancelled(what, { cause: signal.reason });
};

export const withDeadline = async <T>(
  work: () => PromiseLike<T>,
  options: DeadlineOptions<T>,
): Promise<T> => {
  const { what, signal } = options;
  throwIfAborted(signal, what);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      settled = true;
      reject(new CommandTimeout(what, timeoutMs));
    }, timeoutMs);
    onAbort = () => {
      settled = true;
      reject(new Cancelled(what, { cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const running = Promise.resolve().then(work);
  running.then(
    (late) => {
      if (settled) options.onAbandon?.(late);
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  try {
    return await Promise.race([running, guard]);
  } finally {
    settled = true;
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
};
