// The audit through the CLI against a live virtual phone: `scan --json` carries each app's
// category, findings and score plus the summary (README "Scan JSON schema (v1)"), the readable
// summary lists the worst apps with their findings, and `classify --serial` reads the
// capabilities the phone declares (one scan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditedScanJson } from '../../../main/audit/audit-json';
import { classifyCommand } from '../../../main/cli/classify-command';
import { scanCommand } from '../../../main/cli/scan-command';
import { profileObjectToState } from '../../../main/virtual-phone/profiles/load-profile';
import type { VirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import { launchVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';

let server: PrivateAdbServer;
let phone: VirtualPhone;

const profile = {
  name: 'audit-cli',
  description: 'A map app with contacts, an unknown keyboard and an unknown browser',
  props: { 'ro.build.version.sdk': '34', 'ro.build.version.release': '14', 'ro.product.model': 'X1' },
  packages: [
    {
      name: 'com.autonavi.minimap',
      installer: 'com.xiaomi.market',
      installed: '-10d',
      permissions: ['ACCESS_FINE_LOCATION', 'READ_CONTACTS'],
    },
    {
      name: 'org.example.keys',
      installer: 'com.xiaomi.market',
      installed: '-10d',
      special: ['input-method:.Ime'],
    },
    { name: 'org.example.surf', installer: 'com.xiaomi.market', installed: '-10d' },
  ],
};

beforeAll(async () => {
  server = await startPrivateAdbServer();
  const state = profileObjectToState(profile);
  const surf = state.packages.get('org.example.surf');
  if (surf !== undefined) surf.components.handles = ['browser', 'geo'];
  phone = (await launchVirtualPhone({ profile: state })).phone;
  await server.adb(['connect', phone.serial]);
  const deadline = Date.now() + 10_000;
  while (!(await server.adb(['devices'])).stdout.includes(`${phone.serial}\tdevice`)) {
    if (Date.now() > deadline) throw new Error(`${phone.serial} never came online`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  await server.adb(['disconnect', phone.serial]);
  await phone.close();
  await server.stop();
});

const cliIo = () => {
  const out: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    err: () => undefined,
    signal: new AbortController().signal,
  };
  return { out, io };
};

describe('scan with the audit', () => {
  it('--json adds category, findings, score and summary (v1, additive)', async () => {
    const { out, io } = cliIo();
    const args = ['--serial', phone.serial, '--adb-port', String(server.port), '--json'];
    expect(await scanCommand.run(args, io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as AuditedScanJson;
    expect(json).toMatchObject({ schemaVersion: 1, source: 'live', roundTrips: 2 });
    const amap = json.apps.find((app) => app.packageName === 'com.autonavi.minimap');
    expect(amap?.category).toMatchObject({ id: 'map_navigation', reason: { kind: 'catalogue' } });
    expect(amap?.findings.map((f) => [f.kind, f.severity, f.subject.name, f.action])).toEqual([
      ['excess-grant', 'high', 'android.permission.READ_CONTACTS', 'revoke'],
    ]);
    expect(amap?.score).toBe(40);
    const surf = json.apps.find((app) => app.packageName === 'org.example.surf');
    expect(surf?.capabilities).toEqual({ browser: true, geo: true });
    expect(surf?.category).toMatchObject({ id: 'browser', reason: { kind: 'capability' } });
    expect(json.summary).toMatchObject({
      score: 4,
      bySeverity: { high: 1, medium: 0, low: 0, info: 0 },
      rulesetVersion: '2021-provisions/1',
      appsWithFindings: 1,
    });
  });

  it('prints the worst apps with their findings', async () => {
    const { out, io } = cliIo();
    expect(await scanCommand.run(['--serial', phone.serial, '--adb-port', String(server.port)], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Findings (rules 2021-provisions/1): device score 4/100; 1 high');
    expect(text).toContain('   40  com.autonavi.minimap — Map navigation (95% catalogue)');
    expect(text).toContain('      [high] Map navigation apps do not need Contacts (READ_CONTACTS)');
  });
});

describe('classify --serial', () => {
  it('reads the capabilities the phone declares', async () => {
    const { out, io } = cliIo();
    const args = ['org.example.keys', 'org.example.surf', 'org.example.absent', '--json'];
    expect(
      await classifyCommand.run([...args, '--serial', phone.serial, '--adb-port', String(server.port)], io),
    ).toBe(0);
    const rows = JSON.parse(out.join('\n')) as {
      packageName: string;
      categoryId: string;
      reason: { kind: string };
    }[];
    expect(rows.map((row) => [row.packageName, row.categoryId, row.reason.kind])).toEqual([
      ['org.example.keys', 'input_method', 'capability'],
      ['org.example.surf', 'browser', 'capability'],
      ['org.example.absent', 'unclassified', 'none'],
    ]);
  });
});
