// Transport faults a virtual phone can be switched into at run time (tests and QA demos).

export interface TransportFaults {
  /** Extra delay before each shell/exec command or sync session starts answering. */
  readonly latencyMs: number;
  /** Device→host bandwidth limit for stream data, per connection; 0 = unlimited. */
  readonly bytesPerSecond: number;
  /** Destroy a connection once it has sent this many more bytes (mid-packet, like a cable pull). */
  readonly dropAfterBytes: number | undefined;
  /** Commands matching this never answer until the host closes the stream. */
  readonly hangCommandPattern: RegExp | undefined;
  /** Accept TCP but never answer CNXN: adb lists the phone `offline`. */
  readonly offline: boolean;
}

export const NO_FAULTS: TransportFaults = {
  latencyMs: 0,
  bytesPerSecond: 0,
  dropAfterBytes: undefined,
  hangCommandPattern: undefined,
  offline: false,
};

export const mergeFaults = (current: TransportFaults, change: Partial<TransportFaults>): TransportFaults => {
  const next = { ...current, ...change };
  if (!Number.isFinite(next.latencyMs) || next.latencyMs < 0) throw new RangeError('latencyMs must be ≥ 0');
  if (!Number.isFinite(next.bytesPerSecond) || next.bytesPerSecond < 0) {
    throw new RangeError('bytesPerSecond must be ≥ 0');
  }
  if (next.dropAfterBytes !== undefined && !(next.dropAfterBytes >= 0)) {
    throw new RangeError('dropAfterBytes must be ≥ 0');
  }
  return next;
};

/**
 * Paces sends to a byte rate: `take(n)` resolves when n more bytes may go out.
 * With no limit it resolves at once.
 */
export class Throttle {
  #nextAt = 0;

  async take(bytes: number, bytesPerSecond: number): Promise<void> {
    if (bytesPerSecond <= 0) return;
    const now = performance.now();
    const startAt = Math.max(now, this.#nextAt);
    this.#nextAt = startAt + (bytes * 1000) / bytesPerSecond;
    const wait = this.#nextAt - now;
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
export const delay = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** Resolves when the signal aborts. */
export const untilAborted = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
