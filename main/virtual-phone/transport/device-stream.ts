// One ADB stream on the device side: a FIFO of outgoing bytes with exactly one WRTE in
// flight (the next goes only after the host's OKAY), chunked to the negotiated maxdata.
// CLSE is sent once everything queued has been written and acknowledged.

export interface StreamPort {
  /** Negotiated maxdata: the most payload one WRTE may carry. */
  readonly maxData: number;
  /** Sends WRTE(localId, remoteId, payload), honouring the bandwidth fault. */
  readonly sendWrite: (stream: DeviceStream, payload: Uint8Array) => Promise<void>;
  /** Sends CLSE(localId, remoteId) and forgets the stream. */
  readonly sendClose: (stream: DeviceStream) => void;
}

export interface DeviceStreamOptions {
  readonly localId: number;
  readonly remoteId: number;
  readonly service: string;
  readonly port: StreamPort;
}

export class DeviceStream {
  readonly localId: number;
  readonly remoteId: number;
  readonly service: string;
  /** Host data (WRTE payloads), already acknowledged by the connection. */
  onData: ((payload: Uint8Array) => void) | undefined;
  readonly #port: StreamPort;
  readonly #abort = new AbortController();
  readonly #queue: Uint8Array[] = [];
  #queued = 0;
  #inFlight = false;
  #ending = false;
  #pumpScheduled = false;
  #roomWaiters: { limit: number; resolve: () => void }[] = [];

  constructor(options: DeviceStreamOptions) {
    this.localId = options.localId;
    this.remoteId = options.remoteId;
    this.service = options.service;
    this.#port = options.port;
  }

  /** Aborted when the stream is closed by either side or the connection goes away. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get closed(): boolean {
    return this.#abort.signal.aborted;
  }

  get queuedBytes(): number {
    return this.#queued;
  }

  get writeInFlight(): boolean {
    return this.#inFlight;
  }

  /** Queues bytes for the host; ignored once the stream is closed or ending. */
  write(bytes: Uint8Array): void {
    if (this.closed || this.#ending || bytes.length === 0) return;
    this.#queue.push(bytes);
    this.#queued += bytes.length;
    this.#schedulePump();
  }

  /** Sends CLSE after the queued bytes have been delivered. */
  end(): void {
    if (this.closed || this.#ending) return;
    this.#ending = true;
    this.#schedulePump();
  }

  /** Resolves when at most `limit` bytes are queued (or the stream closed): backpressure. */
  waitForRoom(limit: number): Promise<void> {
    if (this.closed || this.#queued <= limit) return Promise.resolve();
    return new Promise((resolve) => this.#roomWaiters.push({ limit, resolve }));
  }

  /** The host acknowledged our WRTE. */
  handleOkay(): void {
    if (!this.#inFlight) return;
    this.#inFlight = false;
    this.#pump();
  }

  /** Closed without sending CLSE: the host closed it, the connection dropped or adbd restarted. */
  abort(reason: string): void {
    if (this.closed) return;
    this.#queue.length = 0;
    this.#queued = 0;
    this.#abort.abort(reason);
    this.#wakeRoomWaiters();
  }

  /** Pumps after the current task's synchronous writes, so they share one WRTE. */
  #schedulePump(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    queueMicrotask(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#inFlight || this.closed) return;
    if (this.#queued === 0) {
      if (this.#ending) {
        this.abort('closed by device');
        this.#port.sendClose(this);
      }
      return;
    }
    const payload = this.#takeChunk(this.#port.maxData);
    this.#inFlight = true;
    this.#wakeRoomWaiters();
    void this.#port.sendWrite(this, payload);
  }

  #takeChunk(maxData: number): Uint8Array {
    const first = this.#queue[0] as Uint8Array;
    if (first.length >= maxData || this.#queue.length === 1) {
      const chunk = first.length > maxData ? first.subarray(0, maxData) : first;
      if (chunk.length === first.length) this.#queue.shift();
      else this.#queue[0] = first.subarray(chunk.length);
      this.#queued -= chunk.length;
      return chunk;
    }
    const size = Math.min(maxData, this.#queued);
    const out = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const head = this.#queue[0] as Uint8Array;
      const used = Math.min(head.length, size - filled);
      out.set(used === head.length ? head : head.subarray(0, used), filled);
      filled += used;
      if (used === head.length) this.#queue.shift();
      else this.#queue[0] = head.subarray(used);
    }
    this.#queued -= size;
    return out;
  }

  #wakeRoomWaiters(): void {
    const waiting = this.#roomWaiters;
    this.#roomWaiters = [];
    for (const waiter of waiting) {
      if (this.closed || this.#queued <= waiter.limit) waiter.resolve();
      else this.#roomWaiters.push(waiter);
    }
  }
}
