// A typed, bounded log of what happened on a virtual phone's transport, for assertions
// ("the host opened `shell:pm list packages`", "a sync RECV of /data/app/…/base.apk").

export type SyncOperation = 'STAT' | 'LIST' | 'RECV' | 'SEND' | 'QUIT';

export type PhoneEvent =
  | { readonly type: 'connection'; readonly connectionId: number }
  | { readonly type: 'disconnect'; readonly connectionId: number; readonly reason: string }
  | {
      readonly type: 'handshake';
      readonly connectionId: number;
      /** online: CNXN sent; auth: TOKEN sent; ignored: offline fault, no answer. */
      readonly result: 'online' | 'auth' | 'ignored';
      readonly maxData: number;
    }
  | { readonly type: 'auth'; readonly connectionId: number; readonly received: 'signature' | 'public-key' }
  | {
      readonly type: 'service';
      readonly connectionId: number;
      readonly service: string;
      readonly known: boolean;
    }
  | {
      readonly type: 'stream-closed';
      readonly connectionId: number;
      readonly service: string;
      readonly by: 'host' | 'device';
    }
  | {
      readonly type: 'sync';
      readonly connectionId: number;
      readonly op: SyncOperation;
      readonly path: string;
    };

export type PhoneEventType = PhoneEvent['type'];
export type PhoneEventOf<K extends PhoneEventType> = Extract<PhoneEvent, { type: K }>;

export class PhoneEventTimeoutError extends Error {
  constructor(type: string, timeoutMs: number) {
    super(`no '${type}' phone event within ${timeoutMs} ms`);
    this.name = 'PhoneEventTimeoutError';
  }
}

const MAX_ENTRIES = 10_000;
const TRIM_BATCH = 1_000;

export class PhoneEventLog {
  readonly #entries: PhoneEvent[] = [];
  readonly #listeners = new Set<(event: PhoneEvent) => void>();

  /** Most recent events, oldest first (about the last 10 000). */
  get entries(): readonly PhoneEvent[] {
    return this.#entries;
  }

  ofType<K extends PhoneEventType>(type: K): PhoneEventOf<K>[] {
    return this.#entries.filter((event): event is PhoneEventOf<K> => event.type === type);
  }

  /** Subscribes to one event type; returns the unsubscribe function. */
  on<K extends PhoneEventType>(type: K, listener: (event: PhoneEventOf<K>) => void): () => void {
    const wrapped = (event: PhoneEvent) => {
      if (event.type === type) listener(event as PhoneEventOf<K>);
    };
    this.#listeners.add(wrapped);
    return () => this.#listeners.delete(wrapped);
  }

  /**
   * Resolves with the first event of `type` matching `predicate`, looking at past entries
   * first (so a test cannot miss an event that already happened).
   */
  waitFor<K extends PhoneEventType>(
    type: K,
    options: {
      predicate?: (event: PhoneEventOf<K>) => boolean;
      timeoutMs?: number;
      pastEvents?: boolean;
    } = {},
  ): Promise<PhoneEventOf<K>> {
    const matches = (event: PhoneEventOf<K>) => options.predicate?.(event) ?? true;
    if (options.pastEvents ?? true) {
      const past = this.ofType(type).find(matches);
      if (past) return Promise.resolve(past);
    }
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new PhoneEventTimeoutError(type, timeoutMs));
      }, timeoutMs);
      const unsubscribe = this.on(type, (event) => {
        if (!matches(event)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(event);
      });
    });
  }

  clear(): void {
    this.#entries.length = 0;
  }

  emit(event: PhoneEvent): void {
    this.#entries.push(event);
    if (this.#entries.length > MAX_ENTRIES + TRIM_BATCH)
      this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        // A failing listener must not break the transport; surface it as an uncaught error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
