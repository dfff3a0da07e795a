// Round-trip time and throughput through the real adb server for 1, 20 and 50 concurrent
// virtual phones. Prints a table; no timing assertions (run with `npm run bench`).
import { Adb } from '@devicefarmer/adbkit';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startVirtualPhone, type VirtualPhone } from '../../main/virtual-phone/virtual-phone';
import { collect, connectPhone } from '../integration/virtual-phone/transport/adb-harness';
import { createEchoShell, seqBytes } from '../support/echo-shell';
import { startPrivateAdbServer, type PrivateAdbServer } from '../support/private-adb-server';

type AdbClient = ReturnType<typeof Adb.createClient>;

const PHONE_COUNTS = [1, 20, 50] as const;
const ADBKIT_ROUNDS = 30;
const CLI_ROUNDS = 5;
const PAYLOAD = 5 * 1024 * 1024;
const EXPECTED_HASH = createHash('sha256').update(seqBytes(PAYLOAD)).digest('hex');

let adb: PrivateAdbServer;
let client: AdbClient;
const rows: string[][] = [];

const cli = (args: readonly string[]): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    execFile(
      'adb',
      ['-P', String(adb.port), ...args],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );

const percentile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
};

const timed = async (task: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await task();
  return performance.now() - started;
};

/** Each phone runs `rounds` commands one after another; all phones at once. */
const roundTrips = async (
  phones: readonly VirtualPhone[],
  options: { rounds: number; run: (serial: string) => Promise<unknown> },
) => {
  const latencies: number[] = [];
  await Promise.all(
    phones.map(async (phone) => {
      for (let round = 0; round < options.rounds; round += 1)
        latencies.push(await timed(() => options.run(phone.serial)));
    }),
  );
  return latencies;
};

/** Every phone sends 5 MiB at once; returns wall time and verifies each hash. */
const throughput = async (phones: readonly VirtualPhone[], read: (serial: string) => Promise<Buffer>) =>
  timed(() =>
    Promise.all(
      phones.map(async (phone) => {
        const hash = createHash('sha256')
          .update(await read(phone.serial))
          .digest('hex');
        if (hash !== EXPECTED_HASH) throw new Error(`corrupt 5 MiB from ${phone.serial}`);
      }),
    ),
  );

const ms = (value: number) => `${value.toFixed(2)} ms`;
const rate = (phones: number, wallMs: number) =>
  `${((phones * PAYLOAD) / 1024 / 1024 / (wallMs / 1000)).toFixed(0)} MiB/s`;

beforeAll(async () => {
  adb = await startPrivateAdbServer();
  client = Adb.createClient({ port: adb.port, bin: 'adb' });
});

afterAll(async () => {
  await adb?.adb(['disconnect']);
  await adb?.stop();
  const header = [
    'phones',
    'connect all',
    'adbkit shell:true p50',
    'p90',
    'CLI shell true p50',
    'p90',
    '5 MiB each via adbkit',
    'aggregate',
    '5 MiB each via CLI exec-out',
    'aggregate',
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const format = (row: readonly string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(
    [
      '',
      'Virtual phone ↔ real adb server (loopback; latencies per command, all phones busy at once)',
      format(header),
      widths.map((width) => '-'.repeat(width)).join('-|-'),
      ...rows.map(format),
      `(adbkit: ${ADBKIT_ROUNDS} rounds per phone; CLI: ${CLI_ROUNDS} rounds per phone, includes starting the adb process)`,
      '',
    ].join('\n'),
  );
});

it.each(PHONE_COUNTS)('%i concurrent phone(s)', async (count) => {
  const phones = await Promise.all(
    Array.from({ length: count }, () => startVirtualPhone({ executor: createEchoShell() })),
  );
  try {
    const connectWall = await timed(() =>
      Promise.all(phones.map((phone) => connectPhone(adb, phone.serial))),
    );
    const shellTrue = async (serial: string) =>
      Adb.util.readAll(await client.getDevice(serial).shell('true'));
    await roundTrips(phones, { rounds: 3, run: shellTrue }); // warm-up
    const viaAdbkit = await roundTrips(phones, { rounds: ADBKIT_ROUNDS, run: shellTrue });
    const viaCli = await roundTrips(phones, {
      rounds: CLI_ROUNDS,
      run: (serial) => cli(['-s', serial, 'shell', 'true']),
    });
    const adbkitWall = await throughput(phones, async (serial) =>
      collect(await client.getDevice(serial).shell(`seq-bytes ${PAYLOAD}`)),
    );
    const cliWall = await throughput(phones, (serial) =>
      cli(['-s', serial, 'exec-out', 'seq-bytes', String(PAYLOAD)]),
    );
    rows.push([
      String(count),
      ms(connectWall),
      ms(percentile(viaAdbkit, 0.5)),
      ms(percentile(viaAdbkit, 0.9)),
      ms(percentile(viaCli, 0.5)),
      ms(percentile(viaCli, 0.9)),
      ms(adbkitWall),
      rate(count, adbkitWall),
      ms(cliWall),
      rate(count, cliWall),
    ]);
    expect(viaAdbkit).toHaveLength(count * ADBKIT_ROUNDS);
  } finally {
    for (const phone of phones) await adb.adb(['disconnect', phone.serial]);
    await Promise.all(phones.map((phone) => phone.close()));
  }
});
