// `privacyscope classify <package>… [--label TEXT] [--capability NAME]… [--serial S
// [--adb-port P]] [--json]`: the regulation category of each package, from the built-in
// catalogue, declared capabilities and name tokens, with its zh/en name, confidence and reason.
// Works without a phone; with --serial the capabilities the phone declares are read in one scan.
import { parseArgs } from 'node:util';
import { snapshotCapabilities } from '../audit/audit-snapshot';
import type { CapabilityName, Classification, DeclaredCapabilities } from '../classify';
import { APP_PACKAGE_NAME, categoryNames, classifyApp } from '../classify';
import { scanDevice } from '../reader/scan';
import { parseAdbPort, withAdbService } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const CAPABILITY_NAMES: readonly CapabilityName[] = [
  'inputMethod',
  'browser',
  'geo',
  'dialer',
  'sms',
  'launcher',
  'assistant',
  'imageCapture',
  'appStore',
];

const USAGE = `Usage: privacyscope classify <package>… [options]

Prints the regulation category (one of the 39 app types of the 2021 Provisions, or
unclassified) of each package: id, zh/en name, confidence and the reason. Highest first:
the built-in catalogue of popular apps, declared capabilities, words of the package name
and label (pinyin included).

Options:
  --label TEXT        the app's label as the phone shows it (one package only)
  --capability NAME   a capability the app declares (repeatable): ${CAPABILITY_NAMES.join(', ')}
  --serial S          also read the capabilities the apps declare on this phone (one scan)
  --adb-port P        the adb server's port (default 5037)
  --json              print JSON`;

export interface ClassifyCliOptions {
  readonly packages: readonly string[];
  readonly label?: string;
  readonly capabilities: DeclaredCapabilities;
  readonly json: boolean;
  readonly serial?: string;
  readonly adbPort: number;
}

const isCapabilityName = (value: string): value is CapabilityName =>
  (CAPABILITY_NAMES as readonly string[]).includes(value);

export const parseClassifyArgs = (args: readonly string[]): ClassifyCliOptions => {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      label: { type: 'string' },
      capability: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      serial: { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new CliUsageError('name at least one package');
  const bad = positionals.find((name) => !APP_PACKAGE_NAME.test(name));
  if (bad !== undefined) throw new CliUsageError(`'${bad}' is not a package name (e.g. com.example.app)`);
  if (values.label !== undefined && positionals.length > 1) {
    throw new CliUsageError('--label applies to one package; classify the others separately');
  }
  const capabilities: Partial<Record<CapabilityName, boolean>> = {};
  for (const name of values.capability ?? []) {
    if (!isCapabilityName(name)) {
      throw new CliUsageError(`unknown capability '${name}' (one of ${CAPABILITY_NAMES.join(', ')})`);
    }
    capabilities[name] = true;
  }
  return {
    packages: positionals,
    ...(values.label === undefined ? {} : { label: values.label }),
    capabilities,
    json: values.json ?? false,
    adbPort: parseAdbPort(values['adb-port']),
    ...(values.serial === undefined ? {} : { serial: values.serial }),
  };
};

export interface ClassifyCliRow extends Classification {
  readonly packageName: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** `phone`: capabilities read from the phone per package, merged with --capability. */
export const classifyRows = (
  options: Pick<ClassifyCliOptions, 'packages' | 'label' | 'capabilities'>,
  phone: ReadonlyMap<string, DeclaredCapabilities> = new Map(),
): ClassifyCliRow[] =>
  options.packages.map((packageName) => {
    const classification = classifyApp({
      packageName,
      capabilities: { ...phone.get(packageName), ...options.capabilities },
      ...(options.label === undefined ? {} : { label: options.label }),
    });
    const names = categoryNames(classification.categoryId);
    return { packageName, nameZh: names.zh, nameEn: names.en, ...classification };
  });

export const formatClassifyRow = (row: ClassifyCliRow): string =>
  [
    `${row.packageName}: ${row.categoryId} ${row.nameZh} / ${row.nameEn} — ${Math.round(row.confidence * 100)}% (${row.reason.kind})`,
    `  ${row.reason.en}`,
    `  ${row.reason.zh}`,
    ...row.reason.evidence.map((line) => `  · ${line}`),
  ].join('\n');

/** The capabilities the phone's apps declare, from one scan. */
const phoneCapabilities = async (
  serial: string,
  options: { adbPort: number; signal: AbortSignal },
): Promise<ReadonlyMap<string, DeclaredCapabilities>> =>
  withAdbService(options.adbPort, async (service) =>
    snapshotCapabilities(await scanDevice(service.device(serial), { signal: options.signal })),
  );

const runClassify = async (args: readonly string[], io: CliIo): Promise<number> => {
  const options = parseClassifyArgs(args);
  const phone =
    options.serial === undefined
      ? new Map<string, DeclaredCapabilities>()
      : await phoneCapabilities(options.serial, { adbPort: options.adbPort, signal: io.signal });
  const rows = classifyRows(options, phone);
  io.out(options.json ? JSON.stringify(rows, null, 2) : rows.map(formatClassifyRow).join('\n\n'));
  return 0;
};

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: "show each package's regulation category, confidence and reason",
  usage: USAGE,
  run: runClassify,
};
