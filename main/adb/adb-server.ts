// Controls the local adb server through the adb binary (`adb -P port start-server` /
// `kill-server`) and checks its version against our client: the CLI replaces a server of
// another version ("adb server version (X) doesn't match this client (Y); killing..."),
// which would also kill the server an IDE is using, so we detect and report it first.
import type { AdbCliRunner } from './adb-cli';
import { runAdbCli } from './adb-cli';
import type { AdbClientVersion } from './adb-version';
import { parseAdbVersionOutput } from './adb-version';
import type { AdbkitClient } from './adbkit-client';
import type { CallOptions } from './deadline';
import { AdbUnavailable, AdbVersionMismatch, CommandFailed } from './errors';

export interface StartServerOutput {
  /** A new daemon was started ("* daemon started successfully"). */
  readonly started: boolean;
  /** Set when the CLI found a server of another version and replaced it. */
  readonly replacedMismatch?: { readonly serverVersion: number; readonly clientVersion: number };
  /** Set when the CLI says it could not start the daemon. */
  readonly failure?: string;
}

export const parseStartServerOutput = (text: string): StartServerOutput => {
  const mismatch = /adb server version \((\d+)\) doesn't match this client \((\d+)\)/.exec(text);
  const failure = /(\* failed to start daemon[^\n]*|error: [^\n]*|ADB server didn't ACK[^\n]*)/.exec(text);
  return {
    started: /daemon started successfully/.test(text),
    ...(mismatch
      ? { replacedMismatch: { serverVersion: Number(mismatch[1]), clientVersion: Number(mismatch[2]) } }
      : {}),
    ...(failure?.[1] === undefined ? {} : { failure: failure[1].trim() }),
  };
};

export type AdbServerProbe =
  { readonly running: false } | { readonly running: true; readonly version: number };

/** Asks the server for `host:version` without starting it. */
export const probeServer = async (
  client: AdbkitClient,
  options: CallOptions = {},
): Promise<AdbServerProbe> => {
  try {
    return { running: true, version: await client.version({ timeoutMs: 3_000, ...options }) };
  } catch (error) {
    if (error instanceof AdbUnavailable) return { running: false };
    throw error;
  }
};

export const versionMismatch = (
  serverVersion: number,
  client: AdbClientVersion,
): AdbVersionMismatch | undefined =>
  serverVersion === client.protocolVersion
    ? undefined
    : new AdbVersionMismatch({ serverVersion, clientVersion: client.protocolVersion });

export interface AdbServerControl {
  readonly bin: string;
  readonly port: number;
  readVersion(options?: CallOptions): Promise<AdbClientVersion>;
  start(options?: CallOptions): Promise<StartServerOutput>;
  kill(options?: CallOptions): Promise<void>;
  restart(options?: CallOptions): Promise<StartServerOutput>;
}

export const createAdbServerControl = (options: {
  bin: string;
  port: number;
  cli?: AdbCliRunner;
}): AdbServerControl => {
  const cli = options.cli ?? runAdbCli;
  const { bin, port } = options;
  const start = async (callOptions: CallOptions = {}): Promise<StartServerOutput> => {
    const result = await cli({ bin, port, args: ['start-server'], timeoutMs: 20_000, ...callOptions });
    const output = parseStartServerOutput(`${result.stdout}\n${result.stderr}`);
    if (result.exitCode !== 0 || output.failure !== undefined) {
      throw new CommandFailed(`adb could not start its server on port ${port}`, {
        ...(result.exitCode === 0 ? {} : { exitCode: result.exitCode }),
        deviceMessage: `${result.stdout}${result.stderr}`.trim(),
      });
    }
    return output;
  };
  const kill = async (callOptions: CallOptions = {}): Promise<void> => {
    await cli({ bin, port, args: ['kill-server'], timeoutMs: 10_000, ...callOptions });
  };
  return {
    bin,
    port,
    readVersion: async (callOptions = {}) => {
      const result = await cli({ bin, args: ['version'], timeoutMs: 10_000, ...callOptions });
      return parseAdbVersionOutput(result.stdout);
    },
    start,
    kill,
    restart: async (callOptions = {}) => {
      await kill(callOptions);
      return start(callOptions);
    },
  };
};
