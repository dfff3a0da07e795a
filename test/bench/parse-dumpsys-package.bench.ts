// Parse throughput of `dumpsys package` (and `pm list packages`) on the biggest real capture,
// repeated to a few MB with package names made unique per copy. Prints a table; no timing
// assertions (run with `npm run bench`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createDumpsysPackageParser, parseDumpsysPackage } from '../../main/reader/parsers/dumpsys-package';
import { LineSplitter } from '../../main/reader/parsers/line-splitter';
import { parsePmListPackages } from '../../main/reader/parsers/pm-list-packages';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/adb-samples');
const sample = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

const COPIES = 8;
const ROUNDS = 7;
const CHUNK = 64 * 1024;

const repeat = (text: string, rename: (copy: string, index: number) => string): string =>
  Array.from({ length: COPIES }, (_, index) => rename(text, index)).join('');

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const measure = (label: string, bytes: number, run: () => number) => {
  run(); // warm-up
  const times: number[] = [];
  let items = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    items = run();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return {
    case: label,
    MB: +(bytes / 1e6).toFixed(2),
    items,
    'median ms': +ms.toFixed(1),
    'MB/s': +(bytes / 1e6 / (ms / 1000)).toFixed(1),
  };
};

it('prints dumpsys package / pm list packages parse throughput', () => {
  const dump = repeat(sample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt'), (copy, index) =>
    copy.replaceAll('  Package [', `  Package [c${index}.`),
  );
  const list = repeat(sample('pm-list-packages-s_xiaomi-hyperos2_14.txt'), (copy, index) =>
    copy.replaceAll('package:', `package:c${index}.`),
  );
  const bytes = Buffer.byteLength(dump);
  const rows = [
    measure('LineSplitter alone (shared by all parsers)', bytes, () => {
      let lines = 0;
      const splitter = new LineSplitter(() => (lines += 1));
      splitter.push(dump);
      splitter.end();
      return lines;
    }),
    measure('dumpsys package, whole text, UTC', bytes, () => parseDumpsysPackage(dump).value.packages.size),
    measure(
      'dumpsys package, whole text, Asia/Shanghai',
      bytes,
      () => parseDumpsysPackage(dump, { timeZone: 'Asia/Shanghai' }).value.packages.size,
    ),
    measure(`dumpsys package, streamed ${CHUNK / 1024} KB chunks`, bytes, () => {
      const parser = createDumpsysPackageParser();
      for (let at = 0; at < dump.length; at += CHUNK) parser.push(dump.slice(at, at + CHUNK));
      return parser.end().value.packages.size;
    }),
    measure(
      'pm list packages -s',
      Buffer.byteLength(list),
      () => parsePmListPackages(list).value.packages.length,
    ),
  ];
  console.table(rows);
  expect(rows[1]?.items).toBe(84 * COPIES);
});
