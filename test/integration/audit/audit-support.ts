// Helpers for the audit's integration tests: a virtual phone (a ready PhoneState, its clock
// pinned) connected to a private adb server, scanned live and audited with the same clock, and
// the stable golden form of an audit (package → [kind, severity, subject, action], sorted).
import { createAdbService } from '../../../main/adb/adb-service';
import { auditSnapshot, type SnapshotAudit } from '../../../main/audit/audit-snapshot';
import { scanDevice } from '../../../main/reader/scan';
import { EventHub } from '../../../main/services/event-hub';
import type { PhoneState } from '../../../main/virtual-phone/android/phone-state';
import { launchVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import type { PrivateAdbServer } from '../../support/private-adb-server';

/** The clock every audit test pins the phone and the audit to: 2026-05-04 10:30 UTC. */
export const AUDIT_NOW = Date.UTC(2026, 4, 4, 10, 30, 0);

/** Launches the phone, connects it, scans it live (two round trips), audits it at `now`. */
export const scanAndAudit = async (
  server: PrivateAdbServer,
  state: PhoneState,
  options: { readonly now: number },
): Promise<SnapshotAudit> => {
  const { phone } = await launchVirtualPhone({ profile: state });
  const serial = phone.serial;
  const service = createAdbService({ port: server.port, events: new EventHub() });
  try {
    await server.adb(['connect', serial]);
    const deadline = Date.now() + 10_000;
    while (!(await server.adb(['devices'])).stdout.includes(`${serial}\tdevice`)) {
      if (Date.now() > deadline) throw new Error(`${serial} never came online`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const snapshot = await scanDevice(service.device(serial));
    return auditSnapshot(snapshot, { now: options.now });
  } finally {
    await service.dispose();
    await server.adb(['disconnect', serial]);
    await phone.close();
  }
};

/** [kind, severity, subject name, action] */
export type GoldenFinding = readonly [string, string, string, string];

/** Apps with findings → their findings as golden tuples, both sorted. */
export const goldenOf = (audit: SnapshotAudit): Record<string, GoldenFinding[]> => {
  const golden: Record<string, GoldenFinding[]> = {};
  for (const pkg of [...audit.apps.keys()].sort()) {
    const findings = audit.apps.get(pkg)?.findings ?? [];
    if (findings.length === 0) continue;
    golden[pkg] = findings
      .map((f): GoldenFinding => [f.kind, f.severity, f.subject.name, f.action])
      .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
  }
  return golden;
};
