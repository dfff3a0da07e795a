// What the parsers report per op: the snapshot's `AppOpAccess` plus the extra facts the
// dump gives (overall last access, running, switch op, vendor op number, proxies).
// `AppOpUseBuilder` folds the access/reject records of one op into it.
import type { AppOpAccess } from '../../../snapshot/device-snapshot';
import { readLocalDateTime } from '../android-time';
import { BACKGROUND_STATES, FOREGROUND_STATES, type AccessKind } from './access-line';
import type { AppOpName } from './app-op-mode';
import type { TimeResolver } from './time-resolver';

export interface AppOpUse extends AppOpAccess {
  /** Latest access in any uid state (the only time `appops get` and Android ≤ 8 give). */
  readonly lastAccessMs?: number;
  /** The op was in progress when dumped (`Running start at:` / `(running)`). */
  readonly running?: boolean;
  /** The op whose mode governs this one (`FINE_LOCATION (allow / switch COARSE_LOCATION=allow)`). */
  readonly switchOp?: string;
  /** Vendor op known only by number (MIUI `MIUIOP(10008)`). */
  readonly vendorOpCode?: number;
  /** Packages that used the op through this app or for it (`proxy[… pkg=…]`). */
  readonly proxyPackages?: readonly string[];
}

export interface OpEvent {
  readonly kind: AccessKind;
  /** Undefined when the format has no uid state (Android ≤ 8, `appops get`). */
  readonly uidState?: string | undefined;
  /** Offset from the dump (negative = before): orders events and dates them with `now`. */
  readonly relativeMs?: number | undefined;
  /** The printed local wall-clock time (`yyyy-MM-dd HH:mm:ss[.SSS]`), read only if the event is kept. */
  readonly localTime?: string | undefined;
  readonly durationMs?: number | undefined;
  readonly proxyPackage?: string | undefined;
}

/** True when `next` is not earlier than `current` (relative offsets, else printed dates). */
const notEarlier = (current: OpEvent | undefined, next: OpEvent): boolean => {
  if (current === undefined) return true;
  if (current.relativeMs !== undefined && next.relativeMs !== undefined)
    return next.relativeMs >= current.relativeMs;
  const { localTime: before } = current;
  const { localTime: after } = next;
  // Same fixed-width format: string order is time order.
  return before === undefined || after === undefined || after >= before;
};

const resolveDate = (event: OpEvent, time: TimeResolver): number | undefined => {
  const local = event.localTime === undefined ? undefined : readLocalDateTime(event.localTime);
  return time(local, event.relativeMs);
};

export class AppOpUseBuilder {
  readonly #name: AppOpName;
  readonly #mode: string;
  readonly #uidMode: boolean;
  readonly #switchOp: string | undefined;
  #tags: string[] | undefined;
  #proxies: string[] | undefined;
  #foreground: OpEvent | undefined;
  #background: OpEvent | undefined;
  #any: OpEvent | undefined;
  #reject: OpEvent | undefined;
  #opDuration: number | undefined;
  #running = false;

  constructor(options: { name: AppOpName; mode: string; uidMode?: boolean; switchOp?: string }) {
    this.#name = options.name;
    this.#mode = options.mode;
    this.#uidMode = options.uidMode === true;
    this.#switchOp = options.switchOp;
  }

  addTag(tag: string): void {
    this.#tags ??= [];
    if (!this.#tags.includes(tag)) this.#tags.push(tag);
  }

  add(event: OpEvent): void {
    const proxy = event.proxyPackage;
    if (proxy !== undefined) {
      this.#proxies ??= [];
      if (!this.#proxies.includes(proxy)) this.#proxies.push(proxy);
    }
    if (event.kind === 'reject') {
      if (notEarlier(this.#reject, event)) this.#reject = event;
      return;
    }
    if (notEarlier(this.#any, event)) this.#any = event;
    const state = event.uidState;
    if (state === undefined) return;
    if (FOREGROUND_STATES.has(state)) {
      if (notEarlier(this.#foreground, event)) this.#foreground = event;
    } else if (BACKGROUND_STATES.has(state) && notEarlier(this.#background, event)) {
      this.#background = event;
    }
  }

  /** An op-level `duration=` (Android 9, ≤ 8, `appops get`): applies to the latest access. */
  setDuration(durationMs: number): void {
    this.#opDuration = durationMs;
  }

  setRunning(): void {
    this.#running = true;
  }

  /** The op as reported; `time` dates the kept records (only these few are resolved). */
  build(time: TimeResolver): AppOpUse {
    // The same record often wins several slots (latest overall and latest foreground).
    let lastEvent: OpEvent | undefined;
    let lastDate: number | undefined;
    const dateOf = (event: OpEvent | undefined): number | undefined => {
      if (event === undefined) return undefined;
      if (event !== lastEvent) {
        lastEvent = event;
        lastDate = resolveDate(event, time);
      }
      return lastDate;
    };
    const use: { -readonly [K in keyof AppOpUse]: AppOpUse[K] } = { op: this.#name.op, mode: this.#mode };
    if (this.#uidMode) use.uidMode = true;
    const any = dateOf(this.#any);
    const foreground = dateOf(this.#foreground);
    const background = this.#background === this.#any ? any : dateOf(this.#background);
    if (foreground !== undefined) use.lastAccessForegroundMs = foreground;
    if (background !== undefined) use.lastAccessBackgroundMs = background;
    if (any !== undefined) use.lastAccessMs = any;
    const reject = dateOf(this.#reject);
    if (reject !== undefined) use.lastRejectMs = reject;
    const duration = this.#opDuration ?? this.#any?.durationMs;
    if (duration !== undefined) use.durationMs = duration;
    if (this.#tags !== undefined) use.attributionTags = [...this.#tags];
    if (this.#running) use.running = true;
    if (this.#switchOp !== undefined) use.switchOp = this.#switchOp;
    if (this.#name.vendorOpCode !== undefined) use.vendorOpCode = this.#name.vendorOpCode;
    if (this.#proxies !== undefined) use.proxyPackages = [...this.#proxies];
    return use;
  }
}
