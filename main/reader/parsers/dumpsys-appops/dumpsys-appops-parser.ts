// Streaming parser for `dumpsys appops` (AOSP `AppOpsService.dump`), Android 4.4 → 16:
//   Current AppOps Service state:            preamble sections (Settings, watchers…) skipped
//     Uid u0a119:                            uid block (`UserHandle.formatUid`)
//       state=bg / capability=… / foregroundOps: …
//         LEGACY_STORAGE: mode=ignore        uid-level mode
//       Package com.sunmi.baseservice:
//         GPS (allow / switch COARSE_LOCATION=allow):      9+ op header
//           null=[                                          11+ attribution tag block
//             Access: [fg-s] 2021-01-11 15:59:27.223 (-1h7m5s542ms) duration=+1m37s899ms
//           ]
//         CAMERA: mode=0; time=+5m ago; duration=+3s   ≤ 8 one-line op
// Unknown lines are skipped with a warning; a cut inside a tag block or mid-line is `partial`.
import { parseAndroidDuration } from '../android-time';
import { LineSplitter } from '../line-splitter';
import { WarningSink, type ParseResult } from '../parse-result';
import { readAccessRecord, type AccessKind } from './access-line';
import { AppOpUseBuilder } from './app-op-use';
import { UidBlock, type AppOpsPackage, type AppOpsUid, type DumpsysAppOps } from './appops-dump';
import { KNOWN_SECTIONS, NATIVE_PACKAGES, STATE_NAME, TAG, UID_KEY } from './dump-vocabulary';
import { readOpHeader } from './op-header';
import { builderFromOpLine, readOpLine } from './op-line';
import { isAppPackageName } from './package-name';
import { createTimeResolver, type TimeOptions, type TimeResolver } from './time-resolver';
import { parseFormattedUid } from './uid-format';

export type DumpsysAppOpsOptions = TimeOptions;

export interface DumpsysAppOpsParser {
  push(chunk: string): void;
  end(): ParseResult<DumpsysAppOps>;
}

const SOURCE = 'dumpsys appops';
const HEADER = 'Current AppOps Service state:';
const indentOf = (line: string): number => {
  let index = 0;
  while (line.charCodeAt(index) === 32) index += 1;
  return index;
};

class Parser implements DumpsysAppOpsParser {
  readonly #sink = new WarningSink(SOURCE);
  readonly #splitter = new LineSplitter((line) => this.#line(line));
  readonly #time: TimeResolver;
  readonly #done: { uids: AppOpsUid[]; packages: AppOpsPackage[] } = { uids: [], packages: [] };
  #result: ParseResult<DumpsysAppOps> | undefined;
  #lineNumber = 0;
  #lineFailed = false;
  #section: 'top' | 'skip' | 'uid' = 'top';
  #uid: UidBlock | undefined;
  #package: { ops: AppOpUseBuilder[] } | undefined;
  #op: AppOpUseBuilder | undefined;
  #inTag = false;
  #inForegroundOps = false;
  #lastKind: AccessKind = 'access';

  constructor(options: DumpsysAppOpsOptions) {
    this.#time = createTimeResolver(options, this.#sink);
  }

  push(chunk: string): void {
    if (this.#result === undefined) this.#splitter.push(chunk);
  }

  /** Finishes the parse; later pushes are ignored and `end()` returns the same result. */
  end(): ParseResult<DumpsysAppOps> {
    this.#result ??= this.#finish();
    return this.#result;
  }

  #finish(): ParseResult<DumpsysAppOps> {
    const cutMidLine = this.#splitter.end() && this.#lineFailed;
    const partial = this.#inTag || cutMidLine;
    if (partial) this.#sink.warn('input ends mid-structure (truncated?)');
    this.#closeUid();
    return { value: { ...this.#done }, warnings: this.#sink.warnings, partial };
  }

  #warn(message: string): void {
    this.#lineFailed = true;
    this.#sink.warn(message, this.#lineNumber);
  }

  #line(raw: string): void {
    this.#lineNumber += 1;
    this.#lineFailed = false;
    let end = raw.length;
    while (end > 0 && raw.charCodeAt(end - 1) <= 32) end -= 1;
    if (end === 0) return;
    const indent = indentOf(raw);
    if (indent >= 8) {
      this.#detail(raw, indent, end);
      return;
    }
    const text = indent === 0 && end === raw.length ? raw : raw.slice(indent, end);
    if (indent === 6) this.#opLevel(text);
    else if (indent === 4) this.#uidLevel(text);
    else if (indent === 2) this.#section2(text);
    else if (indent === 0 && text === HEADER) this.#restart();
    else this.#warn(`unrecognised line ${JSON.stringify(text.slice(0, 80))}`);
  }

  #section2(text: string): void {
    this.#closeUid();
    if (text.startsWith('Uid ') && text.endsWith(':')) {
      const uid = parseFormattedUid(text.slice(4, -1));
      if (uid === undefined) {
        this.#warn(`bad uid ${JSON.stringify(text.slice(0, 40))}`);
        this.#section = 'skip';
        return;
      }
      this.#uid = new UidBlock(uid);
      this.#section = 'uid';
      return;
    }
    this.#section = 'skip';
    if (!KNOWN_SECTIONS.has(text)) this.#warn(`skipped section ${JSON.stringify(text.slice(0, 80))}`);
  }

  #uidLevel(text: string): void {
    if (this.#section === 'skip') return;
    this.#closePackage();
    this.#inForegroundOps = false;
    if (text.startsWith('Package ') && text.endsWith(':')) {
      const name = text.slice(8, -1);
      if (this.#uid === undefined) {
        if (this.#section !== 'top') return;
        this.#uid = new UidBlock(undefined);
        this.#sink.warn('package outside a Uid block (excerpt?)', this.#lineNumber);
      }
      if (!isAppPackageName(name)) {
        if (!NATIVE_PACKAGES.has(name)) this.#warn(`bad package name ${JSON.stringify(name.slice(0, 80))}`);
        this.#package = { ops: [] };
        return;
      }
      this.#package = this.#uid.openPackage(name);
      return;
    }
    if (this.#uid === undefined) return;
    if (text === 'foregroundOps:') this.#inForegroundOps = true;
    else if (text.startsWith('state=') && STATE_NAME.test(text.slice(6))) this.#uid.uidState = text.slice(6);
    else if (!UID_KEY.test(text)) this.#warn(`unrecognised uid line ${JSON.stringify(text.slice(0, 80))}`);
  }

  #opLevel(text: string): void {
    if (this.#section === 'skip' || this.#uid === undefined) return;
    this.#closeOp();
    if (this.#package === undefined) {
      if (this.#inForegroundOps && (text.endsWith(': WATCHER') || text.endsWith(': SILENT'))) return;
      const line = readOpLine(text);
      if (line === undefined) this.#warn(`bad uid mode ${JSON.stringify(text.slice(0, 80))}`);
      else this.#uid.uidModes.push(builderFromOpLine(line, true));
      return;
    }
    const header = readOpHeader(text);
    if (header !== undefined) {
      const { name, mode, switchOp } = header;
      this.#op = new AppOpUseBuilder(switchOp === undefined ? { name, mode } : { name, mode, switchOp });
      this.#package.ops.push(this.#op);
      return;
    }
    const line = readOpLine(text);
    if (line === undefined) this.#warn(`bad op line ${JSON.stringify(text.slice(0, 80))}`);
    else this.#package.ops.push(builderFromOpLine(line, false));
  }

  /** A line inside an op (indent ≥ 8), read in place: these are most of the dump. */
  #detail(raw: string, indent: number, end: number): void {
    if (this.#section === 'skip' || this.#uid === undefined) return;
    const op = this.#op;
    if (op === undefined) {
      if (this.#package !== undefined) this.#warn('detail line outside an op');
      return;
    }
    // Dispatch on the first character: one prefix test per line (this is the hot path).
    const first = raw.charCodeAt(indent);
    if (first === 93 && end === indent + 1) this.#inTag = false;
    else if (raw.charCodeAt(end - 1) === 91 && raw.charCodeAt(end - 2) === 61) {
      this.#openTag(op, raw.slice(indent, end - 2));
    } else if (first === 65 && raw.startsWith('Access:', indent)) this.#record(op, 'access', raw, indent + 7);
    else if (first === 82 && raw.startsWith('Reject:', indent)) this.#record(op, 'reject', raw, indent + 7);
    else if (first === 82 && raw.startsWith('Running start at:', indent)) op.setRunning();
    else if (first === 100 && raw.startsWith('duration=', indent))
      this.#opDuration(op, raw.slice(indent + 9, end));
    else if (first === 115 && raw.startsWith('startNesting=', indent)) return;
    else if (raw.includes(' = ', indent)) this.#record(op, this.#lastKind, raw, indent);
    else this.#warn(`unrecognised op detail ${JSON.stringify(raw.slice(indent, indent + 80))}`);
  }

  #openTag(op: AppOpUseBuilder, tag: string): void {
    this.#inTag = true;
    if (tag === 'null') return;
    if (TAG.test(tag)) op.addTag(tag);
    else this.#warn(`bad attribution tag ${JSON.stringify(tag.slice(0, 80))}`);
  }

  #opDuration(op: AppOpUseBuilder, value: string): void {
    const parsed = parseAndroidDuration(value);
    if (parsed === undefined) this.#warn('bad duration');
    else op.setDuration(parsed);
  }

  #record(op: AppOpUseBuilder, kind: AccessKind, text: string, from: number): void {
    this.#lastKind = kind;
    const record = readAccessRecord(kind, text, from);
    if (record === undefined) {
      this.#warn(`bad ${kind} line ${JSON.stringify(text.trim().slice(0, 80))}`);
      return;
    }
    const proxy = record.proxyPackage;
    if (proxy !== undefined && !isAppPackageName(proxy)) op.add({ ...record, proxyPackage: undefined });
    else op.add(record);
  }

  /** The header: a new dump starts (also when two dumps were captured back to back). */
  #restart(): void {
    this.#closeUid();
    this.#section = 'top';
  }

  #closeOp(): void {
    this.#op = undefined;
    this.#inTag = false;
  }

  #closePackage(): void {
    this.#closeOp();
    this.#package = undefined;
  }

  #closeUid(): void {
    this.#closePackage();
    this.#uid?.finish(this.#done, this.#time);
    this.#uid = undefined;
    this.#inForegroundOps = false;
  }
}

/** A parser for `dumpsys appops` that takes the text in chunks as it streams. */
export const createDumpsysAppOpsParser = (options: DumpsysAppOpsOptions = {}): DumpsysAppOpsParser =>
  new Parser(options);

/** Parses a whole `dumpsys appops` output. */
export const parseDumpsysAppOps = (
  text: string,
  options: DumpsysAppOpsOptions = {},
): ParseResult<DumpsysAppOps> => {
  const parser = createDumpsysAppOpsParser(options);
  parser.push(text);
  return parser.end();
};
