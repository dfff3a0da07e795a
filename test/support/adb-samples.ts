// The real device captures copied into test/fixtures/adb-samples (provenance in the folder's
// SOURCES.md), read as they are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SAMPLES = resolve(import.meta.dirname, '../fixtures/adb-samples');

export const samplePath = (name: string): string => resolve(SAMPLES, name);

export const readSample = (name: string): string => readFileSync(samplePath(name), 'utf8');
