// Wall time of `privacyscope scan --all --json` for 1 vs 8 large-100 virtual phones (--jobs 4
// and 8), without and with injected per-command latency. The phones run in this process, so
// they share its CPU with the scan. Prints a table; no timing assertions (`npm run bench`).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FleetJson } from '../../main/cli/fleet-output';
import { runCli } from '../../main/cli/run-cli';
import { scanCommand } from '../../main/cli/scan-command';
import { launchVirtualPhone } from '../../main/virtual-phone/launch-virtual-phone';
import type { VirtualPhone } from '../../main/virtual-phone/virtual-phone';
import { recordCliIo } from '../support/cli-io';
import { startPrivateAdbServer, type PrivateAdbServer } from '../support/private-adb-server';

const PHONES = 8;
const ROUNDS = 3;
const LATENCY_MS = 100;

let server: PrivateAdbServer;
const phones: VirtualPhone[] = [];

const connect = async (): Promise<VirtualPhone> => {
  const { phone } = await launchVirtualPhone({ profile: 'large-100' });
  await server.adb(['connect', phone.serial]);
  const deadline = Date.now() + 15_000;
  while (!(await server.adb(['devices'])).stdout.includes(`${phone.serial}\tdevice`)) {
    if (Date.now() > deadline) throw new Error(`${phone.serial} never came online`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  phones.push(phone);
  return phone;
};

beforeAll(async () => {
  server = await startPrivateAdbServer();
});

afterAll(async () => {
  for (const phone of phones) await server.adb(['disconnect', phone.serial]);
  await Promise.all(phones.map((phone) => phone.close()));
  await server.stop();
});

/** Median wall time of `scan --all --json` over ROUNDS runs; checks every phone was scanned. */
const timeScanAll = async (jobs: number): Promise<number> => {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const { io, out } = recordCliIo();
    const started = performance.now();
    const code = await runCli(
      ['scan', '--all', '--json', '--jobs', String(jobs), '--adb-port', String(server.port)],
      { commands: [scanCommand], io },
    );
    times.push(performance.now() - started);
    expect(code).toBe(0);
    const document = JSON.parse(out.join('\n')) as FleetJson;
    expect(document.devices.filter((device) => device.status === 'scanned')).toHaveLength(phones.length);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? Number.NaN;
};

it(`scan --all: 1 vs ${PHONES} large-100 phones`, async () => {
  const rows: string[] = [];
  const measure = async (label: string, jobs: number): Promise<void> => {
    for (const latencyMs of [0, LATENCY_MS]) {
      for (const phone of phones) phone.setFaults({ latencyMs });
      const ms = await timeScanAll(jobs);
      rows.push(
        `${label.padEnd(22)} latency ${String(latencyMs).padStart(3)} ms  ${ms.toFixed(0).padStart(6)} ms`,
      );
    }
  };
  await connect();
  await timeScanAll(1); // warm-up
  await measure('1 phone', 4);
  for (let count = 1; count < PHONES; count += 1) await connect();
  await measure(`${PHONES} phones, --jobs 1`, 1);
  await measure(`${PHONES} phones, --jobs 4`, 4);
  await measure(`${PHONES} phones, --jobs 8`, 8);
  console.log(`scan --all wall time (median of ${ROUNDS})\n${rows.join('\n')}`);
});
