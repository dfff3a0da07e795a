// Overrides as a JSON file (atomic write: temp file in the same folder, then rename) and as an
// export/import string. A missing file means no overrides.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RuleOverridesError } from './errors';
import type { RuleOverrides } from './overrides';
import { emptyOverrides, parseOverrides } from './overrides';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Parses an exported overrides document; throws RuleOverridesError on bad JSON or schema. */
export const importOverrides = (json: string): RuleOverrides => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new RuleOverridesError('rule overrides are not valid JSON', { cause });
  }
  return parseOverrides(value);
};

/** The overrides as a JSON document (pretty-printed, stable key order as given). */
export const exportOverrides = (overrides: RuleOverrides): string =>
  `${JSON.stringify(overrides, null, 2)}\n`;

export const loadOverrides = async (file: string): Promise<RuleOverrides> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return emptyOverrides();
    throw error;
  }
  return importOverrides(text);
};

export const saveOverrides = async (file: string, overrides: RuleOverrides): Promise<void> => {
  const text = exportOverrides(parseOverrides(overrides));
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
};
