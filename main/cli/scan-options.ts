// The options of `privacyscope scan`: one phone (--serial, offline --from-dir/--from-bugreport)
// or every ready phone (--all, --jobs), the outputs (--json, --out, --out-dir, --html) and the
// CI gate (--fail-on, --timeout), and --no-labels. Pure: argv in, checked options out, CliUsageError otherwise.
import { parseArgs } from 'node:util';
import { parseAdbPort } from './adb-session-options';
import { CliUsageError } from './command';
import { FailOnSeverity } from './fail-on';
import { message } from './scan-messages';

export const DEFAULT_JOBS = 4;
const MAX_JOBS = 64;
const MAX_TIMEOUT_S = 24 * 60 * 60;

export interface ScanCliOptions {
  readonly serial?: string;
  readonly userId: number;
  readonly fromDir?: string;
  readonly fromBugreport?: string;
  readonly json: boolean;
  readonly out?: string;
  readonly adbPort: number;
  /** Scan every device in the `device` state. */
  readonly all: boolean;
  /** Phones scanned at the same time with --all. */
  readonly jobs: number;
  /** One `<serial>.json` (and `.html` with `html`) per phone. */
  readonly outDir?: string;
  /** `true`: an HTML report per phone in outDir; a string: the single phone's report file. */
  readonly html?: string | true;
  readonly failOn?: FailOnSeverity;
  /** Whole-scan deadline per phone. */
  readonly timeoutMs?: number;
  /** Read the app labels from the APKs (`--no-labels` skips it: a faster scan, package names). */
  readonly labels: boolean;
}

/**
 * `--html` takes a FILE for one phone but stands alone next to --out-dir: a bare `--html`
 * (last, or followed by another option) becomes `--html=` so parseArgs accepts it.
 */
const bareHtml = (args: readonly string[]): string[] =>
  args.map((arg, index) => {
    const next = args[index + 1];
    return arg === '--html' && (next === undefined || next.startsWith('-')) ? '--html=' : arg;
  });

const positiveInt = (
  value: string | undefined,
  options: { name: string; fallback?: number; max: number },
): number | undefined => {
  if (value === undefined) return options.fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > options.max) {
    throw new CliUsageError(
      message('badCount', { name: options.name, max: options.max, value: JSON.stringify(value) }),
    );
  }
  return Number(value);
};

const parseFailOn = (value: string | undefined): FailOnSeverity | undefined => {
  if (value === undefined) return undefined;
  const known = Object.values(FailOnSeverity) as readonly string[];
  if (!known.includes(value)) throw new CliUsageError(message('badFailOn', { value: JSON.stringify(value) }));
  return value as FailOnSeverity;
};

const checkCombinations = (values: {
  all: boolean;
  serial: string | undefined;
  offline: boolean;
  out: string | undefined;
  outDir: string | undefined;
  html: string | undefined;
  jobs: string | undefined;
}): void => {
  const usage = (key: Parameters<typeof message>[0]): never => {
    throw new CliUsageError(message(key));
  };
  if (values.all && values.serial !== undefined) usage('allWithSerial');
  if (values.all && values.offline) usage('allOffline');
  if (values.all && values.out !== undefined) usage('allWithOut');
  if (values.all && values.html !== undefined && values.html !== '') usage('allHtmlFile');
  if (values.html === '' && values.outDir === undefined) usage('htmlNeedsFile');
  if (!values.all && values.jobs !== undefined) usage('jobsWithoutAll');
};

export const parseScanArgs = (args: readonly string[]): ScanCliOptions => {
  const { values } = parseArgs({
    args: bareHtml(args),
    strict: true,
    allowPositionals: false,
    options: {
      serial: { type: 'string' },
      user: { type: 'string' },
      'from-dir': { type: 'string' },
      'from-bugreport': { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      'adb-port': { type: 'string' },
      all: { type: 'boolean' },
      jobs: { type: 'string' },
      'out-dir': { type: 'string' },
      html: { type: 'string' },
      'fail-on': { type: 'string' },
      timeout: { type: 'string' },
      'no-labels': { type: 'boolean' },
    },
  });
  const user = values.user ?? '0';
  if (!/^\d{1,9}$/.test(user)) throw new CliUsageError(message('badUser', { value: JSON.stringify(user) }));
  if (values['from-dir'] !== undefined && values['from-bugreport'] !== undefined) {
    throw new CliUsageError(message('bothSources'));
  }
  const all = values.all === true;
  checkCombinations({
    all,
    serial: values.serial,
    offline: values['from-dir'] !== undefined || values['from-bugreport'] !== undefined,
    out: values.out,
    outDir: values['out-dir'],
    html: values.html,
    jobs: values.jobs,
  });
  const failOn = parseFailOn(values['fail-on']);
  const timeoutS = positiveInt(values.timeout, { name: '--timeout', max: MAX_TIMEOUT_S });
  const html = values.html === undefined ? undefined : values.html === '' ? true : values.html;
  return {
    userId: Number(user),
    json: values.json === true,
    adbPort: parseAdbPort(values['adb-port']),
    all,
    labels: values['no-labels'] !== true,
    jobs: positiveInt(values.jobs, { name: '--jobs', fallback: DEFAULT_JOBS, max: MAX_JOBS }) ?? DEFAULT_JOBS,
    ...(values.serial === undefined ? {} : { serial: values.serial }),
    ...(values['from-dir'] === undefined ? {} : { fromDir: values['from-dir'] }),
    ...(values['from-bugreport'] === undefined ? {} : { fromBugreport: values['from-bugreport'] }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
    ...(html === undefined ? {} : { html }),
    ...(failOn === undefined ? {} : { failOn }),
    ...(timeoutS === undefined ? {} : { timeoutMs: timeoutS * 1000 }),
  };
};
