// `privacyscope plan --serial S [--findings high,medium | --policy FILE] [--json] [--out FILE]
// [--data-dir D] [--adb-port P]`: scans the phone, audits it, stores the scan, and prints the
// plan (every command, expected effect, undo, and skips with reasons). Nothing is changed.
import { parseArgs } from 'node:util';
import { EXECUTORS } from '../actions/executors';
import { isProtectedPackage } from '../actions/protected-packages';
import { auditSnapshot } from '../audit/audit-snapshot';
import { SEVERITIES, type Severity } from '../findings/finding';
import { resolveDataDir, withPhone, withStore, type CliStore } from '../journal/cli-store';
import { buildPlan, type PlanSelection } from '../plan/build-plan';
import { formatPlan } from '../plan/format-plan';
import { serializePlan, writePlanFile } from '../plan/plan-file';
import { loadPolicyFile } from '../plan/policy-file';
import { buildRestorePlan } from '../plan/restore-plan';
import { scanDevice } from '../reader/scan';
import { saveScan } from '../services/save-scan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { parseAdbPort } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const usage = `Usage: privacyscope plan --serial S [options]

Scans the phone, judges its grants and prints what PrivacyScope would change: the exact
commands, the expected effect, the undo, and the steps it skips and why. Changes nothing.

Options:
  --serial S             the device (required)
  --findings LIST        act on findings of these severities (default high,medium)
  --policy FILE          act on a policy file instead of findings
  --restore-scan ID      bring the phone back to an earlier stored scan (see the scan history)
  --expert               also hide protected packages (system UI, launcher, phone…)
  --json                 print the plan as JSON
  --out FILE             write plan.json for \`privacyscope apply --plan\`
  --data-dir DIR         where the scan history is stored
  --adb-port P           the adb server's port (default 5037)`;

export interface PlanCliOptions {
  readonly serial: string;
  readonly severities?: readonly Severity[];
  readonly policy?: string;
  readonly restoreScan?: number;
  readonly expert: boolean;
  readonly json: boolean;
  readonly out?: string;
  readonly dataDir: string;
  readonly adbPort: number;
}

const parseSeverities = (value: string): Severity[] =>
  value.split(',').map((item) => {
    const severity = SEVERITIES.find((known) => known === item.trim());
    if (severity === undefined)
      throw new CliUsageError(`--findings: unknown severity '${item}' (use ${SEVERITIES.join(', ')})`);
    return severity;
  });

const parseScanId = (value: string): number => {
  const id = Number(value);
  if (!/^[1-9][0-9]{0,15}$/.test(value) || !Number.isSafeInteger(id)) {
    throw new CliUsageError(`--restore-scan: '${value}' is not a scan id`);
  }
  return id;
};

/** The stored scan `scanId` of this serial (any build of it), or a usage error. */
const earlierScan = async (
  store: Pick<CliStore, 'devices' | 'scans'>,
  options: { serial: string; scanId: number },
) => {
  const devices = (await store.devices.list()).filter((device) => device.serial === options.serial);
  const scan = await store.scans.get(options.scanId);
  if (scan === undefined || !devices.some((device) => device.id === scan.deviceId)) {
    throw new CliUsageError(
      `--restore-scan: scan ${options.scanId} is not a stored scan of ${options.serial}`,
    );
  }
  return scan.snapshot as DeviceSnapshot;
};

export const parsePlanArgs = (args: readonly string[]): PlanCliOptions => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      serial: { type: 'string' },
      findings: { type: 'string' },
      policy: { type: 'string' },
      'restore-scan': { type: 'string' },
      expert: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  if (values.serial === undefined) throw new CliUsageError('--serial is required');
  const selections = [values.findings, values.policy, values['restore-scan']].filter((v) => v !== undefined);
  if (selections.length > 1) throw new CliUsageError('use one of --findings, --policy, --restore-scan');
  return {
    serial: values.serial,
    expert: values.expert === true,
    json: values.json === true,
    dataDir: resolveDataDir(values['data-dir']),
    adbPort: parseAdbPort(values['adb-port']),
    ...(values.findings === undefined ? {} : { severities: parseSeverities(values.findings) }),
    ...(values.policy === undefined ? {} : { policy: values.policy }),
    ...(values['restore-scan'] === undefined ? {} : { restoreScan: parseScanId(values['restore-scan']) }),
    ...(values.out === undefined ? {} : { out: values.out }),
  };
};

const runPlan = async (args: readonly string[], io: CliIo): Promise<number> => {
  const options = parsePlanArgs(args);
  const select: PlanSelection =
    options.policy === undefined
      ? { ...(options.severities === undefined ? {} : { severities: options.severities }) }
      : { policy: await loadPolicyFile(options.policy) };
  const plan = await withStore(options.dataDir, (store) =>
    withPhone(
      { port: options.adbPort, serial: options.serial, signal: io.signal },
      async (session, identity) => {
        const snapshot = await scanDevice(session, { userId: 0, signal: io.signal });
        const audit = auditSnapshot(snapshot, { now: snapshot.takenAtMs });
        const findings = [...audit.apps].map(([packageName, app]) => ({
          packageName,
          findings: app.findings,
        }));
        const device = await store.devices.identify(identity);
        const earlier =
          options.restoreScan === undefined
            ? undefined
            : await earlierScan(store, { serial: options.serial, scanId: options.restoreScan });
        await saveScan(store, { deviceId: device.id, audit });
        const sdk = snapshot.device.sdk ?? 0;
        if (earlier !== undefined) {
          return buildRestorePlan({
            earlier,
            current: snapshot,
            device: { ...identity, sdk },
            expertOverride: options.expert,
            rulesetVersion: audit.summary.rulesetVersion,
            ...(options.restoreScan === undefined ? {} : { earlierScanId: options.restoreScan }),
          });
        }
        return buildPlan({
          snapshot: {
            ...snapshot,
            device: { ...snapshot.device, serial: identity.serial, fingerprint: identity.fingerprint },
          },
          findings,
          select,
          executors: EXECUTORS,
          context: { session, sdk, signal: io.signal },
          isProtectedPackage: (name) => isProtectedPackage(name),
          expertOverride: options.expert,
          rulesetVersion: audit.summary.rulesetVersion,
        });
      },
    ),
  );
  if (options.out !== undefined) await writePlanFile(options.out, plan);
  if (options.json) io.out(serializePlan(plan).trimEnd());
  else {
    for (const line of formatPlan(plan)) io.out(line);
    if (options.out !== undefined)
      io.out(
        `Wrote ${options.out}; apply it with: privacyscope apply --serial ${options.serial} --plan ${options.out}`,
      );
  }
  return 0;
};

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'show what PrivacyScope would change on a phone (commands, effect, undo, skips)',
  usage,
  run: runPlan,
};
