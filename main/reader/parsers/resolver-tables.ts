// Streaming parser for the `Activity Resolver Table:`, `Receiver Resolver Table:` and
// `Service Resolver Table:` sections of `dumpsys package` (AOSP `IntentResolver.dump`, via
// `ComponentResolver.dumpActivityResolvers` & co.): per package, the capabilities its intent
// filters declare. Layout (any Android version):
//
//   Activity Resolver Table:                       column 0: the table
//     Schemes:                                     indent 2: Full/Base/Wild MIME Types, Schemes,
//         geo:                                               Non-Data Actions, MIME Typed Actions
//           2f1a3c com.autonavi.minimap/.Main …    indent 6: the key (type, scheme or action)
//             Action: "android.intent.action.VIEW" indent 8: `hash pkg/cls` + ` (N filters)` (≤ 10)
//                                                            or ` filter hash [permission P]` (11+)
//                                                  indent 10: the filter (single-package dumps)
//
// A full dump does not print filter categories, so `launcher` (MAIN + CATEGORY_HOME) is only
// seen in single-package dumps. Judgements are conservative: an app with http(s) App Links is
// not a browser unless it also takes what only browsers take (about:/javascript:, text/html,
// WEB_SEARCH); a dialer handles DIAL both bare and with tel:; an SMS app handles sms(to): and
// receives SMS_DELIVER (what the default-SMS role requires).
import type { AppCapabilities } from '../../snapshot/device-snapshot';
import { LineSplitter } from './line-splitter';
import type { ParseResult } from './parse-result';
import { WarningSink } from './parse-result';
import { isListedPackageName } from './dumpsys-package/package-name';

const TABLES: ReadonlyMap<string, string> = new Map([
  ['Activity Resolver Table:', 'activity'],
  ['Receiver Resolver Table:', 'receiver'],
  ['Service Resolver Table:', 'service'],
]);

const SUBSECTIONS: ReadonlyMap<string, string> = new Map([
  ['Full MIME Types:', 'type'],
  ['Base MIME Types:', 'base'],
  ['Wild MIME Types:', 'wild'],
  ['Schemes:', 'scheme'],
  ['Non-Data Actions:', 'action'],
  ['MIME Typed Actions:', 'action'],
]);

const MAIN = 'android.intent.action.MAIN';
const HOME_CATEGORY = 'Category: "android.intent.category.HOME"';

/** Per package: the facts `table:kind:key` its filters were listed under. */
export type ResolverFacts = ReadonlyMap<string, ReadonlySet<string>>;

export interface ResolverTables {
  /** Packages declaring at least one capability. */
  readonly capabilities: ReadonlyMap<string, AppCapabilities>;
}

export interface ResolverTablesParser {
  push(chunk: string): void;
  end(): ParseResult<ResolverTables>;
}

const any = (facts: ReadonlySet<string>, keys: readonly string[]): boolean =>
  keys.some((key) => facts.has(key));

/** The capabilities one package's resolver facts show (empty object: none). */
export const capabilitiesFromFacts = (facts: ReadonlySet<string>): AppCapabilities => {
  const web = any(facts, ['activity:scheme:http', 'activity:scheme:https']);
  const browserOnly = any(facts, [
    'activity:scheme:about',
    'activity:scheme:javascript',
    'activity:type:text/html',
    'activity:type:application/xhtml+xml',
    'activity:action:android.intent.action.WEB_SEARCH',
  ]);
  const flags: Record<keyof AppCapabilities, boolean> = {
    inputMethod: facts.has('service:action:android.view.InputMethod'),
    browser: web && browserOnly,
    geo: facts.has('activity:scheme:geo'),
    dialer: facts.has('activity:action:android.intent.action.DIAL') && facts.has('activity:scheme:tel'),
    sms:
      any(facts, ['activity:scheme:sms', 'activity:scheme:smsto']) &&
      facts.has('receiver:action:android.provider.Telephony.SMS_DELIVER'),
    launcher: facts.has('activity:home'),
    assistant: any(facts, [
      'activity:action:android.intent.action.ASSIST',
      'service:action:android.service.voice.VoiceInteractionService',
    ]),
    imageCapture: facts.has('activity:action:android.media.action.IMAGE_CAPTURE'),
    appStore: facts.has('activity:scheme:market'),
  };
  const capabilities: { -readonly [K in keyof AppCapabilities]?: boolean } = {};
  for (const [name, set] of Object.entries(flags) as [keyof AppCapabilities, boolean][]) {
    if (set) capabilities[name] = true;
  }
  return capabilities;
};

class ResolverTablesStream implements ResolverTablesParser {
  readonly #sink = new WarningSink('dumpsys package (resolver tables)');
  readonly #splitter = new LineSplitter((line) => this.#onLine(line));
  readonly #facts = new Map<string, Set<string>>();
  #table: string | undefined;
  #kind: string | undefined;
  #key: string | undefined;
  #entryPackage: string | undefined;
  #lineNumber = 0;
  #first = true;
  #result: ParseResult<ResolverTables> | undefined;

  push(chunk: string): void {
    if (this.#result !== undefined || chunk.length === 0) return;
    let text = chunk;
    if (this.#first) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.includes('\0')) text = text.replaceAll('\0', '');
    this.#splitter.push(text);
  }

  end(): ParseResult<ResolverTables> {
    if (this.#result !== undefined) return this.#result;
    this.#splitter.end();
    const capabilities = new Map<string, AppCapabilities>();
    for (const [pkg, facts] of this.#facts) {
      const found = capabilitiesFromFacts(facts);
      if (Object.keys(found).length > 0) capabilities.set(pkg, found);
    }
    this.#result = { value: { capabilities }, warnings: this.#sink.warnings, partial: false };
    return this.#result;
  }

  #onLine(line: string): void {
    this.#lineNumber += 1;
    if (line.length === 0) return;
    if (line.charCodeAt(0) !== 32) {
      const text = line.trimEnd();
      if (text.endsWith(':')) {
        this.#table = TABLES.get(text);
        this.#kind = undefined;
        this.#key = undefined;
      }
      return;
    }
    if (this.#table === undefined) return;
    let indent = 1;
    while (line.charCodeAt(indent) === 32) indent += 1;
    const content = line.slice(indent).trimEnd();
    if (content.length === 0) return;
    if (indent === 2) {
      this.#kind = SUBSECTIONS.get(content);
      this.#key = undefined;
      if (this.#kind === undefined) this.#warn(`unknown resolver subsection ${JSON.stringify(content)}`);
    } else if (indent === 6 && content.endsWith(':')) {
      this.#key = content.slice(0, -1);
      this.#entryPackage = undefined;
    } else if (indent === 8) {
      this.#entry(content);
    } else if (indent >= 10) {
      if (content === HOME_CATEGORY && this.#key === MAIN && this.#table === 'activity') {
        this.#add(this.#entryPackage, 'activity:home');
      }
    } else {
      this.#warn('unrecognised resolver line');
    }
  }

  #entry(content: string): void {
    this.#entryPackage = undefined;
    if (this.#kind === undefined || this.#key === undefined) return;
    const component = content.split(' ')[1] ?? '';
    const slash = component.indexOf('/');
    const pkg = slash > 0 ? component.slice(0, slash) : '';
    if (!isListedPackageName(pkg)) {
      this.#warn(`not a component: ${JSON.stringify(content.slice(0, 80))}`);
      return;
    }
    this.#entryPackage = pkg;
    this.#add(pkg, `${this.#table ?? ''}:${this.#kind}:${this.#key}`);
  }

  #add(pkg: string | undefined, fact: string): void {
    if (pkg === undefined) return;
    const facts = this.#facts.get(pkg) ?? new Set<string>();
    facts.add(fact);
    this.#facts.set(pkg, facts);
  }

  #warn(message: string): void {
    this.#sink.warn(message, this.#lineNumber);
  }
}

export const createResolverTablesParser = (): ResolverTablesParser => new ResolverTablesStream();

/** Whole-text convenience over `createResolverTablesParser`. */
export const parseResolverTables = (text: string): ParseResult<ResolverTables> => {
  const parser = createResolverTablesParser();
  parser.push(text);
  return parser.end();
};
