// Parse throughput of the app-op and usage parsers on the largest real captures, repeated to
// a few MB. Prints MB/s (wall clock and CPU time: median and best of several runs, since
// other work on the machine skews single runs); no timing assertions (`npm run bench`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createDumpsysAppOpsParser, parseDumpsysAppOps } from '../../main/reader/parsers/dumpsys-appops';
import { parseDumpsysUsageStats } from '../../main/reader/parsers/dumpsys-usagestats';
import { splitLines } from '../../main/reader/parsers/line-splitter';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/adb-samples');
const read = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const APPOPS = read('dumpsys-appops_xiaomi-hyperos2_14_full.txt').repeat(12);
const USAGE = read('dumpsys-usagestats_xiaomi-hyperos2_14_full.txt').repeat(2);
const OPTIONS = { timeZone: 'America/Bogota', now: Date.UTC(2026, 4, 4, 23, 30, 1, 737) } as const;
const RUNS = 15;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const measure = (label: string, megabytes: number, run: () => unknown): string => {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < RUNS; round += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const spent = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(1).padStart(7);
  const [best = 0] = [...cpu].sort((a, b) => a - b);
  return [
    `${label.padEnd(42)} ${megabytes.toFixed(1).padStart(4)} MB`,
    `${rate(median(wall))} MB/s wall (median)`,
    `${rate(median(cpu))} MB/s cpu (median)`,
    `${rate(best)} MB/s cpu (best)`,
  ].join(' ');
};

it('prints parse throughput', () => {
  const appopsMb = APPOPS.length / 1e6;
  const usageMb = USAGE.length / 1e6;
  const rows = [
    measure('splitLines (baseline), dumpsys appops', appopsMb, () => splitLines(APPOPS)),
    measure('parseDumpsysAppOps (timeZone + now)', appopsMb, () => parseDumpsysAppOps(APPOPS, OPTIONS)),
    measure('parseDumpsysAppOps (now only)', appopsMb, () =>
      parseDumpsysAppOps(APPOPS, { now: OPTIONS.now }),
    ),
    measure('createDumpsysAppOpsParser, 64 KB chunks', appopsMb, () => {
      const parser = createDumpsysAppOpsParser(OPTIONS);
      for (let at = 0; at < APPOPS.length; at += 65_536) parser.push(APPOPS.slice(at, at + 65_536));
      return parser.end();
    }),
    measure('parseDumpsysUsageStats', usageMb, () => parseDumpsysUsageStats(USAGE, OPTIONS)),
  ];
  console.log(['', ...rows].join('\n'));
  expect(parseDumpsysAppOps(APPOPS, OPTIONS).value.packages).toHaveLength(335 * 12);
});
