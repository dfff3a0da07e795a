// Reads the real device captures copied into test/fixtures/adb-samples (provenance in the
// folder's SOURCES.md) and normalises what copy-paste changed: markdown fences, trailing
// spaces, and stack frames indented with spaces instead of a TAB (FORMATS.md §0.1).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/adb-samples');

export const readSample = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

export const sampleLines = (name: string): string[] =>
  readSample(name)
    .split('\n')
    .filter((line) => !line.startsWith('```'))
    .map((line) => line.replace(/\s+$/, '').replace(/^\s+at /, '\tat '));

/** Lines of a sample from the first line equal to `first`, `count` lines long. */
export const sampleBlock = (name: string, first: string, count: number): string[] => {
  const lines = sampleLines(name);
  const start = lines.indexOf(first);
  if (start < 0) throw new Error(`"${first}" not found in ${name}`);
  return lines.slice(start, start + count);
};

/** Output lines of the virtual phone, normalised the same way. */
export const outputLines = (text: string): string[] =>
  text.split('\n').map((line) => line.replace(/\s+$/, ''));

/** `\tat pkg.Class.method(File.java:123)` — the frame shape every real stack line has. */
export const FRAME = /^\tat [\w$.<>-]+\([\w.]+(?::\d+)?\)$/;
