// Builds the AdbStatus the UI shows from what we found out: binary, client version, server
// probe. `problem.code` picks the localised explanation.
import { AdbProblemCode } from '../../preload/contract';
import type { AdbStatus } from '../../preload/contract';
import { adbInstallHint } from './adb-install-hint';
import type { AdbServerProbe } from './adb-server';
import type { AdbClientVersion } from './adb-version';

export { AdbProblemCode };

export interface AdbStatusFacts {
  readonly port: number;
  readonly platform: NodeJS.Platform;
  readonly binaryPath?: string;
  /** The adb path setting, when there is one (then the only place looked at). */
  readonly configuredPath?: string;
  /** Absent when there is no binary; an Error when `adb version` failed. */
  readonly client?: AdbClientVersion | Error;
  readonly server: AdbServerProbe;
}

const problemOf = (facts: AdbStatusFacts): AdbStatus['problem'] => {
  if (facts.binaryPath === undefined) {
    const where =
      facts.configuredPath === undefined ? '' : ` at ${facts.configuredPath} (the adb path in Settings)`;
    return {
      code: AdbProblemCode.NotFound,
      message: `adb not found${where}. ${adbInstallHint(facts.platform)}`,
    };
  }
  if (facts.client instanceof Error || facts.client === undefined) {
    const reason = facts.client instanceof Error ? facts.client.message : 'no version output';
    return { code: AdbProblemCode.BinaryBroken, message: `${facts.binaryPath} did not run: ${reason}` };
  }
  if (facts.server.running && facts.server.version !== facts.client.protocolVersion) {
    return {
      code: AdbProblemCode.VersionMismatch,
      message:
        `adb server version (${facts.server.version}) doesn't match this client ` +
        `(${facts.client.protocolVersion}): another adb (e.g. from an IDE) runs on port ${facts.port}. ` +
        'Restarting the server replaces it; use that tool’s adb in Settings to avoid the fight.',
    };
  }
  if (!facts.server.running) {
    return {
      code: AdbProblemCode.ServerNotRunning,
      message: `adb server is not running on port ${facts.port}; it starts when devices are listed`,
    };
  }
  return undefined;
};

export const buildAdbStatus = (facts: AdbStatusFacts): AdbStatus => {
  const client = facts.client instanceof Error ? undefined : facts.client;
  const problem = problemOf(facts);
  return {
    found: facts.binaryPath !== undefined,
    ...(facts.binaryPath === undefined ? {} : { binaryPath: facts.binaryPath }),
    ...(client === undefined ? {} : { clientVersion: client.clientVersion }),
    serverRunning: facts.server.running,
    ...(facts.server.running ? { serverVersion: facts.server.version } : {}),
    serverPort: facts.port,
    ...(problem === undefined ? {} : { problem }),
  };
};
