// Streaming parser for `dumpsys usagestats` (AOSP `UsageStatsService.dump` →
// `UserUsageStatsService.dump` / `printIntervalStats`). Reads, per `user=N` block, the
// `packages` lists of the In-memory daily/weekly/monthly/yearly stats:
//   user=0
//     In-memory daily stats
//     timeRange="3/5/2026, 6:36 p. m. – 4/5/2026, 6:30 p. m."     (locale-formatted: ignored)
//       packages
//         package=org.telegram.messenger totalTimeUsed="43:23" lastTimeUsed="2026-05-04 17:41:50" …
// Android ≤ 9 prints `totalTime=` / `lastTime=`; `--checkin`-style output prints raw numbers.
// Pretty times are local wall clock (pass the phone's `timeZone`); epoch 0 means never used.
import { readLocalDateTime } from './android-time';
import { isAppPackageName } from './dumpsys-appops/package-name';
import { createTimeResolver, type TimeOptions } from './dumpsys-appops/time-resolver';
import { LineSplitter } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface UsageStatsPackage {
  readonly packageName: string;
  /** Latest `lastTimeUsed` across the intervals; absent when never used. */
  readonly lastTimeUsedMs?: number;
  /** Largest `totalTimeUsed` across the intervals (the longest interval: yearly when present). */
  readonly totalTimeUsedMs?: number;
}

export interface UsageStatsUser {
  /** Undefined when the output has no `user=` line (an excerpt). */
  readonly userId?: number;
  readonly packages: readonly UsageStatsPackage[];
}

export interface DumpsysUsageStats {
  readonly users: readonly UsageStatsUser[];
}

export type DumpsysUsageStatsOptions = Pick<TimeOptions, 'timeZone'>;

export interface DumpsysUsageStatsParser {
  push(chunk: string): void;
  end(): ParseResult<DumpsysUsageStats>;
}

const INTERVALS: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly', 'yearly']);
const USER = /^user=(\d{1,9})$/;
const NUMBER = /^\d{1,16}$/;

/** `key=value` / `key="value with spaces"` pairs of one line. */
const readPairs = (line: string): Map<string, string> => {
  const pairs = new Map<string, string>();
  let index = 0;
  while (index < line.length) {
    while (line.charCodeAt(index) === 32) index += 1;
    const equals = line.indexOf('=', index);
    if (equals < 0) break;
    const key = line.slice(index, equals);
    let end: number;
    if (line[equals + 1] === '"') {
      end = line.indexOf('"', equals + 2);
      if (end < 0) end = line.length;
      pairs.set(key, line.slice(equals + 2, end));
      end += 1;
    } else {
      end = line.indexOf(' ', equals + 1);
      if (end < 0) end = line.length;
      pairs.set(key, line.slice(equals + 1, end));
    }
    index = end;
  }
  return pairs;
};

/** `DateUtils.formatElapsedTime` (`07:53`, `1:14:53`) or raw milliseconds. */
const parseElapsed = (value: string): number | undefined => {
  if (NUMBER.test(value)) return Number(value);
  const parts = value.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\d{1,7}$/.test(part))) return undefined;
  return parts.reduce((total, part) => total * 60 + Number(part), 0) * 1000;
};

class Parser implements DumpsysUsageStatsParser {
  readonly #sink = new WarningSink('dumpsys usagestats');
  readonly #splitter = new LineSplitter((line) => this.#line(line));
  readonly #time: (text: string) => number | undefined;
  readonly #users = new Map<
    number | undefined,
    Map<string, { lastTimeUsedMs?: number; totalTimeUsedMs?: number }>
  >();
  #result: ParseResult<DumpsysUsageStats> | undefined;
  #lineNumber = 0;
  #user: number | undefined;
  #interval = false;
  #inPackages = false;
  #lastFailed = false;

  constructor(options: DumpsysUsageStatsOptions) {
    const resolve = createTimeResolver(
      options.timeZone === undefined ? {} : { timeZone: options.timeZone },
      this.#sink,
    );
    this.#time = (text) => {
      if (NUMBER.test(text)) return Number(text) > 0 ? Number(text) : undefined;
      const local = readLocalDateTime(text);
      if (local === undefined) return Number.NaN;
      if (local.year < 1971) return undefined;
      const epochMs = resolve(local, undefined);
      return epochMs !== undefined && epochMs > 0 ? epochMs : undefined;
    };
  }

  push(chunk: string): void {
    if (this.#result === undefined) this.#splitter.push(chunk);
  }

  /** Finishes the parse; later pushes are ignored and `end()` returns the same result. */
  end(): ParseResult<DumpsysUsageStats> {
    this.#result ??= this.#finish();
    return this.#result;
  }

  #finish(): ParseResult<DumpsysUsageStats> {
    const partial = this.#splitter.end() && this.#lastFailed;
    if (partial) this.#sink.warn('input ends mid-line (truncated?)');
    const users = [...this.#users].map(([userId, packages]) => ({
      ...(userId === undefined ? {} : { userId }),
      packages: [...packages].map(([packageName, usage]) => ({ packageName, ...usage })),
    }));
    return { value: { users }, warnings: this.#sink.warnings, partial };
  }

  #line(raw: string): void {
    this.#lineNumber += 1;
    this.#lastFailed = false;
    if (raw.charCodeAt(0) !== 32) {
      const user = USER.exec(raw.trimEnd());
      this.#user = user === null ? undefined : Number(user[1]);
      this.#interval = false;
      this.#inPackages = false;
      return;
    }
    if (!raw.startsWith('  ')) return;
    if (raw.charCodeAt(2) !== 32) {
      if (raw.startsWith('  timeRange=')) return;
      const text = raw.trim();
      this.#interval =
        text.startsWith('In-memory ') && INTERVALS.has(text.slice(10, -6)) && text.endsWith(' stats');
      this.#inPackages = false;
      return;
    }
    if (!this.#interval) return;
    if (raw.charCodeAt(4) !== 32) {
      this.#inPackages = raw.trimEnd() === '    packages';
      return;
    }
    if (this.#inPackages && raw.startsWith('      package=')) this.#package(raw.trim());
  }

  #package(line: string): void {
    const pairs = readPairs(line);
    const packageName = pairs.get('package') ?? '';
    const total = pairs.get('totalTimeUsed') ?? pairs.get('totalTime');
    const last = pairs.get('lastTimeUsed') ?? pairs.get('lastTime');
    const totalTimeUsedMs = total === undefined ? undefined : parseElapsed(total);
    const lastTimeUsedMs = last === undefined ? undefined : this.#time(last);
    if (!isAppPackageName(packageName)) {
      this.#fail(`bad package name ${JSON.stringify(packageName.slice(0, 80))}`);
      return;
    }
    if (
      last === undefined ||
      Number.isNaN(lastTimeUsedMs) ||
      (total !== undefined && totalTimeUsedMs === undefined)
    ) {
      this.#fail(`bad usage times for ${packageName}`);
      return;
    }
    let packages = this.#users.get(this.#user);
    if (packages === undefined) {
      packages = new Map();
      this.#users.set(this.#user, packages);
    }
    const usage = packages.get(packageName) ?? {};
    if (lastTimeUsedMs !== undefined && (usage.lastTimeUsedMs ?? -1) < lastTimeUsedMs)
      usage.lastTimeUsedMs = lastTimeUsedMs;
    if (totalTimeUsedMs !== undefined && (usage.totalTimeUsedMs ?? -1) < totalTimeUsedMs)
      usage.totalTimeUsedMs = totalTimeUsedMs;
    packages.set(packageName, usage);
  }

  #fail(message: string): void {
    this.#lastFailed = true;
    this.#sink.warn(message, this.#lineNumber);
  }
}

/** A parser for `dumpsys usagestats` that takes the text in chunks as it streams. */
export const createDumpsysUsageStatsParser = (
  options: DumpsysUsageStatsOptions = {},
): DumpsysUsageStatsParser => new Parser(options);

/** Parses a whole `dumpsys usagestats` output. */
export const parseDumpsysUsageStats = (
  text: string,
  options: DumpsysUsageStatsOptions = {},
): ParseResult<DumpsysUsageStats> => {
  const parser = createDumpsysUsageStatsParser(options);
  parser.push(text);
  return parser.end();
};
