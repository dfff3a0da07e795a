// Feeds each input's text (whole or in chunks, in any order of inputs) to its parser and
// collects the results into ParsedCaptures. Inputs read earlier inform later ones: the zone
// comes from getprop (`persist.sys.timezone`) unless the caller gives one, and the appops
// parser dates relative times against the phone clock (`date`), moved on by the host time
// elapsed since it was read; without it, the host clock (live) or the newest absolute time in
// the captures (offline). A section whose first line is a device error is dropped as missing.
import type { ParseWarning } from '../../snapshot/device-snapshot';
import { CaptureName } from '../offline/captured-outputs';
import { isKnownTimeZone } from '../parsers/android-time';
import { WarningSink } from '../parsers/parse-result';
import { createCaptureSink, type CaptureSink } from './capture-sink';
import { newestTimeSeen } from './newest-time';
import { ClockSource, ExtraInput, type InputName, type ParsedCaptures } from './parsed-captures';
import { sectionFailure } from './shell-facts';

export interface CaptureParsersOptions {
  /** IANA zone of the phone; default `persist.sys.timezone` from getprop, else UTC. */
  readonly timeZone?: string;
  /**
   * live: the phone clock moves on with the host clock after it was read, and stands in for
   * it when unknown. offline: the phone clock (`date.txt`) is the capture time; without it,
   * the newest absolute time seen.
   */
  readonly mode: 'live' | 'offline';
  /** Host clock (tests inject one). */
  readonly hostClock?: () => number;
}

/** Inputs whose empty output is a real answer (nothing whitelisted, an empty settings table). */
const MAY_BE_EMPTY: ReadonlySet<InputName> = new Set([
  CaptureName.DeviceidleWhitelist,
  CaptureName.SettingsSecure,
  CaptureName.SettingsGlobal,
]);
/** Helpers, not snapshot content: without them the reader falls back (no `partial`). */
const OPTIONAL: ReadonlySet<InputName> = new Set([ExtraInput.ShellId, ExtraInput.Clock]);
const HEAD_CHARS = 1024;

interface OpenInput {
  readonly sink: CaptureSink;
  head: string;
  empty: boolean;
}

type Values = { -readonly [K in keyof ParsedCaptures]?: ParsedCaptures[K] };

const VALUE_KEY: Readonly<Record<InputName, keyof Values>> = {
  [CaptureName.Getprop]: 'props',
  [CaptureName.PmListUsers]: 'users',
  [CaptureName.SettingsSecure]: 'settingsSecure',
  [CaptureName.SettingsGlobal]: 'settingsGlobal',
  [CaptureName.DeviceidleWhitelist]: 'deviceIdle',
  [CaptureName.DumpsysPackage]: 'packages',
  [CaptureName.DumpsysAppops]: 'appOps',
  [CaptureName.DumpsysUsagestats]: 'usageStats',
  [CaptureName.DumpsysDevicePolicy]: 'devicePolicy',
  [CaptureName.DumpsysNotification]: 'notification',
  [CaptureName.DumpsysAccessibility]: 'accessibility',
  [ExtraInput.ShellId]: 'shellUid',
  [ExtraInput.Clock]: 'phoneClockMs',
};

export class CaptureParsers {
  readonly #options: CaptureParsersOptions;
  readonly #hostClock: () => number;
  readonly #sink = new WarningSink('reader');
  readonly #open = new Map<InputName, OpenInput>();
  readonly #finished = new Set<InputName>();
  readonly #missing: InputName[] = [];
  readonly #values: Values = {};
  readonly #warnings: ParseWarning[] = [];
  #partial = false;
  #timeZone: string | undefined;
  #clockReadAtHostMs: number | undefined;
  #nowMs: number | undefined;
  #clockSource: ClockSource = ClockSource.Unknown;

  constructor(options: CaptureParsersOptions) {
    this.#options = options;
    this.#hostClock = options.hostClock ?? Date.now;
    if (options.timeZone !== undefined) this.#timeZone = this.#checkedZone(options.timeZone, 'given');
  }

  /** Adds text to an input (starting it on first use). Text after its end is ignored. */
  push(name: InputName, chunk: string): void {
    if (this.#finished.has(name)) return;
    const input = this.#open.get(name) ?? this.#start(name);
    if (input.head.length < HEAD_CHARS) input.head += chunk.slice(0, HEAD_CHARS - input.head.length);
    if (chunk.length > 0) input.empty &&= chunk.trim() === '';
    input.sink.push(chunk);
  }

  /** Ends an input: parses what was pushed, or reports it failed (device error, no output). */
  end(name: InputName): void {
    if (this.#finished.has(name)) return;
    const input = this.#open.get(name) ?? this.#start(name);
    this.#open.delete(name);
    this.#finished.add(name);
    const failure = sectionFailure(input.head);
    if (failure !== undefined) return this.#fail(name, `the device answered: ${failure}`);
    if (input.empty && !MAY_BE_EMPTY.has(name)) return this.#fail(name, 'no output');
    const result = input.sink.end();
    this.#warnings.push(...result.warnings);
    if (result.partial) this.#partial = true;
    if (result.value !== undefined) (this.#values as Record<string, unknown>)[VALUE_KEY[name]] = result.value;
    Object.assign(this.#values, input.sink.extras?.());
    if (name === CaptureName.Getprop) this.#zoneFromProps();
    if (name === ExtraInput.Clock) this.#clockRead();
  }

  /** Records an input as missing or failed (with a warning unless `quiet`). */
  fail(name: InputName, message: string, options: { quiet?: boolean } = {}): void {
    this.#open.delete(name);
    this.#finished.add(name);
    this.#fail(name, message, options.quiet === true);
  }

  /** The parsed inputs; `expected` ones never seen count as missing. */
  result(expected: readonly InputName[] = []): ParsedCaptures {
    for (const name of [...this.#open.keys()]) this.end(name);
    for (const name of expected) if (!this.#finished.has(name)) this.fail(name, 'not read');
    if (this.#nowMs === undefined) this.#pickNow();
    return {
      ...this.#values,
      ...(this.#nowMs === undefined ? {} : { nowMs: this.#nowMs }),
      clockSource: this.#clockSource,
      timeZone: this.#zone(),
      missing: [...this.#missing],
      warnings: [...this.#warnings, ...this.#sink.warnings],
      partial: this.#partial,
    };
  }

  #start(name: InputName): OpenInput {
    const input: OpenInput = {
      sink: createCaptureSink(name, { timeZone: this.#zone(), now: () => this.#pickNow() }),
      head: '',
      empty: true,
    };
    this.#open.set(name, input);
    return input;
  }

  #fail(name: InputName, message: string, quiet = false): void {
    if (!this.#missing.includes(name)) this.#missing.push(name);
    if (!OPTIONAL.has(name)) this.#partial = true;
    if (!quiet) this.#sink.warn(`${name}: ${message}`);
  }

  /** The zone known so far (UTC until getprop or the caller says otherwise). */
  #zone(): string {
    return this.#timeZone ?? 'UTC';
  }

  #checkedZone(zone: string, from: string): string | undefined {
    if (isKnownTimeZone(zone)) return zone;
    this.#sink.warn(`unknown time zone ${JSON.stringify(zone.slice(0, 64))} (${from}); using UTC`);
    return 'UTC';
  }

  #zoneFromProps(): void {
    if (this.#timeZone !== undefined) return;
    const zone = this.#values.props?.['persist.sys.timezone']?.trim();
    if (zone === undefined || zone === '') {
      this.#sink.warn('persist.sys.timezone not set; local times read as UTC');
      return;
    }
    this.#timeZone = this.#checkedZone(zone, 'persist.sys.timezone');
  }

  #clockRead(): void {
    if (this.#values.phoneClockMs === undefined) {
      this.#sink.warn('the phone clock could not be read (date)');
      return;
    }
    this.#clockReadAtHostMs = this.#hostClock();
  }

  /** `now` for relative times, fixed at first use (the appops parser's start). */
  #pickNow(): number | undefined {
    if (this.#nowMs !== undefined) return this.#nowMs;
    const phone = this.#values.phoneClockMs;
    if (phone !== undefined && this.#clockReadAtHostMs !== undefined) {
      this.#clockSource = ClockSource.Phone;
      const live = this.#options.mode === 'live';
      this.#nowMs = live ? phone + (this.#hostClock() - this.#clockReadAtHostMs) : phone;
    } else if (this.#options.mode === 'live') {
      this.#clockSource = ClockSource.Host;
      this.#nowMs = this.#hostClock();
    } else {
      this.#nowMs = newestTimeSeen({ packages: this.#values.packages, usageStats: this.#values.usageStats });
      if (this.#nowMs !== undefined) this.#clockSource = ClockSource.NewestSeen;
    }
    return this.#nowMs;
  }
}
