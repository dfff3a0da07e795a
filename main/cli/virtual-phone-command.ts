// `privacyscope virtual-phone --profile NAME|FILE [--port P] [--connect] [--adb-port P]`:
// starts a virtual phone on loopback, prints its serial (127.0.0.1:P) and, with --connect,
// has the adb server dial it. Runs until SIGINT/SIGTERM.
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';
import { launchVirtualPhone } from '../virtual-phone/launch-virtual-phone';
import { listProfiles } from '../virtual-phone/profiles/load-profile';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const execFileAsync = promisify(execFile);
const ADB_CONNECT_TIMEOUT_MS = 15_000;

const usage = (): string => `Usage: privacyscope virtual-phone --profile NAME|FILE [options]

Starts a simulated Android phone that the real adb server can connect to, and prints its
serial (127.0.0.1:PORT). Stop it with Ctrl-C.

Options:
  --profile NAME|FILE  a shipped profile, large-N, or a profile JSON file (required)
  --port P             port to listen on (default 0: a free one)
  --connect            also run \`adb connect 127.0.0.1:PORT\`
  --adb-port P         the adb server's port for --connect (default 5037)
  --adb PATH           the adb binary for --connect (default: adb on PATH)

Profiles: ${listProfiles()
  .map((profile) => profile.name)
  .join(', ')}`;

export interface VirtualPhoneCliOptions {
  readonly profile: string;
  readonly port: number;
  readonly connect: boolean;
  readonly adbPort: number;
  readonly adb: string;
}

const portOption = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new CliUsageError(`--${name} must be a number from 0 to 65535, not '${value}'`);
  }
  return Number(value);
};

export const parseVirtualPhoneArgs = (args: readonly string[]): VirtualPhoneCliOptions => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      profile: { type: 'string' },
      port: { type: 'string' },
      connect: { type: 'boolean' },
      'adb-port': { type: 'string' },
      adb: { type: 'string' },
    },
  });
  if (values.profile === undefined || values.profile.trim() === '')
    throw new CliUsageError('--profile is required');
  return {
    profile: values.profile,
    port: portOption('port', values.port, 0),
    connect: values.connect ?? false,
    adbPort: portOption('adb-port', values['adb-port'], 5037),
    adb: values.adb ?? 'adb',
  };
};

/** `adb connect` exits 0 even when it fails, so its text decides (`connected to …`). */
export const adbConnect = async (options: {
  adb: string;
  adbPort: number;
  serial: string;
}): Promise<string | undefined> => {
  try {
    const { stdout, stderr } = await execFileAsync(
      options.adb,
      ['-P', String(options.adbPort), 'connect', options.serial],
      {
        timeout: ADB_CONNECT_TIMEOUT_MS,
        encoding: 'utf8',
      },
    );
    const text = `${stdout}${stderr}`.trim();
    return /^(already )?connected to /m.test(text) ? undefined : text || 'adb connect printed nothing';
  } catch (error) {
    return (error as Error).message;
  }
};

const untilAborted = (signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });

const runVirtualPhone = async (options: VirtualPhoneCliOptions, io: CliIo): Promise<number> => {
  const { phone } = await launchVirtualPhone({ profile: options.profile, port: options.port });
  try {
    io.out(phone.serial);
    if (options.connect) {
      const failure = await adbConnect({ adb: options.adb, adbPort: options.adbPort, serial: phone.serial });
      if (failure !== undefined) {
        io.err(`privacyscope virtual-phone: adb connect ${phone.serial} failed: ${failure}`);
        return 1;
      }
      io.err(`adb (port ${options.adbPort}) is connected to ${phone.serial}`);
    }
    await untilAborted(io.signal);
    return 0;
  } finally {
    await phone.close();
  }
};

export const virtualPhoneCommand: CliCommand = {
  name: 'virtual-phone',
  summary: 'start a simulated Android phone that adb can connect to',
  get usage() {
    return usage();
  },
  run: async (args, io) => runVirtualPhone(parseVirtualPhoneArgs(args), io),
};
