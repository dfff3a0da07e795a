// Streaming parser for `dumpsys package` (full dump, `dumpsys package packages`, and
// `dumpsys package <pkg>`), AOSP `PackageManagerService.dump` (≤ 11) /
// `ComputerEngine.dumpPackagesLPr` + `Settings.dumpPackagesLPr` / `dumpSharedUsersLPr` (12+).
// Sections are column-0 lines ending with `:`; only `Packages:`, `Hidden system packages:` and
// `Shared users:` are read, every other section (resolver tables, `Queries:`, `Dexopt state:` …)
// is skipped with one first-character test per line. A 680 KB dump parses in a few ms.
import type { ParseResult } from '../parse-result';
import { WarningSink } from '../parse-result';
import { LineSplitter } from '../line-splitter';
import type { BlockContext } from './block-context';
import { finishDump } from './finish-dump';
import { createLocalTimeReader } from './local-time';
import { PackageBlockBuilder } from './package-block';
import { isListedPackageName } from './package-name';
import { SharedUserBlockBuilder } from './shared-user-block';
import type { DumpsysPackage, DumpsysPackageOptions, ParsedPackage, ParsedSharedUser } from './types';

const Section = { None: 0, Packages: 1, Hidden: 2, Shared: 3, Other: 4 } as const;
type Section = (typeof Section)[keyof typeof Section];

const SECTION_HEADERS: ReadonlyMap<string, Section> = new Map([
  ['Packages:', Section.Packages],
  ['Hidden system packages:', Section.Hidden],
  ['Shared users:', Section.Shared],
]);

const NOT_FOUND = 'Unable to find package:';

/** `Package [com.x] (hex):` / `SharedUser [android.media] (hex):` → the bracketed name. */
const bracketName = (content: string, prefix: string): string | undefined => {
  if (!content.startsWith(prefix)) return undefined;
  const close = content.indexOf(']', prefix.length);
  return close < 0 ? undefined : content.slice(prefix.length, close);
};

export interface DumpsysPackageParser {
  /** Feed the next piece of output (any split, LF/CRLF/CR). */
  push(chunk: string): void;
  /** Finish: the result (calling it again returns the same result). */
  end(): ParseResult<DumpsysPackage>;
}

class DumpsysPackageStream implements DumpsysPackageParser {
  readonly #sink: WarningSink;
  readonly #splitter = new LineSplitter((line) => this.#onLine(line));
  readonly #context: BlockContext;
  readonly #packages = new Map<string, ParsedPackage>();
  readonly #hidden = new Map<string, ParsedPackage>();
  readonly #shared = new Map<string, ParsedSharedUser>();
  #section: Section = Section.None;
  #block: PackageBlockBuilder | SharedUserBlockBuilder | undefined;
  #notFound: string | undefined;
  #lineNumber = 0;
  #firstChunk = true;
  #sawNul = false;
  #result: ParseResult<DumpsysPackage> | undefined;

  constructor(options: DumpsysPackageOptions) {
    this.#sink = new WarningSink(options.source ?? 'dumpsys package');
    const times = createLocalTimeReader(options.timeZone);
    if (!times.zoneWasValid)
      this.#sink.warn(`unknown time zone ${JSON.stringify(options.timeZone)}; using UTC`);
    this.#context = {
      warn: (message) => this.#sink.warn(message, this.#lineNumber),
      readTime: (text) => times.read(text),
    };
  }

  push(chunk: string): void {
    if (this.#result !== undefined || chunk.length === 0) return;
    let text = chunk;
    if (this.#firstChunk) {
      this.#firstChunk = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // NUL never occurs in dumpsys text; UTF-16 read as 8-bit is full of them. Removing every
    // NUL (not only leading ones) keeps the result independent of how the text was chunked.
    if (text.includes('\0')) {
      this.#sawNul = true;
      text = text.replaceAll('\0', '');
    }
    this.#splitter.push(text);
  }

  end(): ParseResult<DumpsysPackage> {
    if (this.#result !== undefined) return this.#result;
    const cutMidLine = this.#splitter.end();
    if (this.#sawNul) this.#sink.warn('NUL characters in the text (UTF-16 read as 8-bit?); removed');
    const cutInBlock = this.#block instanceof PackageBlockBuilder && !this.#block.hasUsers;
    this.#closeBlock();
    const finished = finishDump({
      packages: this.#packages,
      hiddenSystemPackages: this.#hidden,
      sharedUsers: this.#shared,
    });
    const value: DumpsysPackage = {
      packages: finished.packages,
      hiddenSystemPackages: this.#hidden,
      sharedUsers: finished.sharedUsers,
      ...(this.#notFound === undefined ? {} : { notFound: this.#notFound }),
    };
    this.#result = { value, warnings: this.#sink.warnings, partial: cutMidLine || cutInBlock };
    return this.#result;
  }

  #onLine(line: string): void {
    this.#lineNumber += 1;
    if (line.length === 0) return;
    if (line.charCodeAt(0) !== 32) return this.#columnZero(line);
    if (this.#section === Section.Other) return;
    let indent = 1;
    while (line.charCodeAt(indent) === 32) indent += 1;
    if (indent === line.length) return;
    const content = line.slice(indent).trimEnd();
    if (this.#section === Section.None) return this.#context.warn('indented line outside any section');
    if (indent === 2) return this.#blockHeader(content);
    if (indent < 2) return this.#context.warn('unrecognised line');
    this.#block?.line(content, indent);
  }

  #columnZero(line: string): void {
    this.#closeBlock();
    const text = line.trimEnd();
    if (text.startsWith(NOT_FOUND)) {
      const name = text.slice(NOT_FOUND.length).trim();
      if (isListedPackageName(name)) this.#notFound = name;
      else this.#context.warn('"Unable to find package" without a valid name');
      this.#section = Section.Other;
    } else if (text.endsWith(':') && text.charCodeAt(0) !== 9) {
      this.#section = SECTION_HEADERS.get(text) ?? Section.Other;
    } else if (this.#section !== Section.Other && text.length > 0) {
      this.#context.warn('unrecognised line');
    }
  }

  #blockHeader(content: string): void {
    this.#closeBlock();
    const prefix = this.#section === Section.Shared ? 'SharedUser [' : 'Package [';
    const name = bracketName(content, prefix);
    if (name === undefined || !isListedPackageName(name)) {
      this.#context.warn(
        name === undefined ? 'unrecognised line' : `not a package name: ${JSON.stringify(name.slice(0, 80))}`,
      );
      return;
    }
    this.#block =
      this.#section === Section.Shared
        ? new SharedUserBlockBuilder(name, this.#context)
        : new PackageBlockBuilder(name, this.#context);
  }

  #closeBlock(): void {
    const block = this.#block;
    if (block === undefined) return;
    this.#block = undefined;
    if (block instanceof SharedUserBlockBuilder) {
      if (!this.#shared.has(block.name)) this.#shared.set(block.name, block.build());
      return;
    }
    const target = this.#section === Section.Hidden ? this.#hidden : this.#packages;
    if (target.has(block.packageName)) {
      this.#context.warn(`${block.packageName} printed twice in one section; kept the first`);
    } else target.set(block.packageName, block.build());
  }
}

export const createDumpsysPackageParser = (options: DumpsysPackageOptions = {}): DumpsysPackageParser =>
  new DumpsysPackageStream(options);

/** Whole-text convenience over `createDumpsysPackageParser`. */
export const parseDumpsysPackage = (
  text: string,
  options: DumpsysPackageOptions = {},
): ParseResult<DumpsysPackage> => {
  const parser = createDumpsysPackageParser(options);
  parser.push(text);
  return parser.end();
};
