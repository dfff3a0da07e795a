// A realistic synthetic `adb bugreport` main text built from real captures, with the headers
// dumpstate prints (frameworks/native/cmds/dumpstate/dumpstate.cpp): the `== dumpstate:` banner,
// `------ TITLE (command) ------` sections closed by `------ N.NNNs was the duration of 'TITLE' ------`,
// and `DUMP OF SERVICE [CRITICAL ]name:` blocks after a 79-dash separator, closed by
// `--------- N.NNNs was the duration of dumpsys name, ending at: …`.
import { readSample } from './sample-support';

const SEPARATOR = '-'.repeat(79);

/** A capture without the prompt/markdown lines the blog copies carry. */
export const cleanSample = (name: string): string =>
  readSample(name)
    .split('\n')
    .filter((line) => !/^(qssi|generic_x86_arm):\/ \$ /.test(line) && !line.startsWith('DUMP OF SERVICE '))
    .join('\n');

export interface BugreportParts {
  readonly getprop?: string;
  /** dumpsys service name → dump text. */
  readonly services: Readonly<Record<string, string>>;
  /** Leave the last service without its closing line (a cut bugreport). */
  readonly cut?: boolean;
}

const section = (title: string, command: string, body: string): string[] => [
  `------ ${title} (${command}) ------`,
  ...body.replace(/\n$/, '').split('\n'),
  `------ 0.041s was the duration of '${title}' ------`,
];

const service = (name: string, body: string, options: { priority?: string; close: boolean }): string[] => [
  SEPARATOR,
  `DUMP OF SERVICE ${options.priority ?? ''}${name}:`,
  ...body.replace(/\n$/, '').split('\n'),
  ...(options.close
    ? [`--------- 0.012s was the duration of dumpsys ${name}, ending at: 2026-05-04 10:30:02`]
    : []),
];

export const makeBugreportText = (parts: BugreportParts): string => {
  const lines = [
    '========================================================',
    '== dumpstate: 2026-05-04 10:30:00',
    '========================================================',
    '',
    'Build: UKQ1.240624.001 release-keys',
    "Build fingerprint: 'Xiaomi/pipa_eea/pipa:14/UKQ1.240624.001/OS2.0.12.0.UMZEUXM:user/release-keys'",
    'Bootloader: unknown',
    'Bugreport format version: 2.0',
    'Dumpstate info: id=1 pid=4242 dry_run=0 parallel_run=1 args=-S -d -z bugreport_mode=',
    '',
    ...section('UPTIME', 'uptime', ' 10:30:01 up 1 day,  2:03,  0 users,  load average: 1.00, 1.00, 1.00'),
    ...(parts.getprop === undefined ? [] : section('SYSTEM PROPERTIES', 'getprop', parts.getprop)),
    '------ DUMPSYS CRITICAL (/system/bin/dumpsys) ------',
    ...service('cpuinfo', 'Load: 1.0 / 1.0 / 1.0', { priority: 'CRITICAL ', close: true }),
    '------ DUMPSYS (/system/bin/dumpsys) ------',
  ];
  const names = Object.keys(parts.services);
  names.forEach((name, index) => {
    const last = index === names.length - 1;
    lines.push(...service(name, parts.services[name] ?? '', { close: !(last && parts.cut === true) }));
  });
  if (parts.cut !== true) {
    lines.push(
      SEPARATOR,
      '========================================================',
      '== Running Application Activities',
      '========================================================',
      '== Final progress (pid 4242): 1000/1000 (estimated 1000)',
    );
  }
  return `${lines.join('\n')}\n`;
};
