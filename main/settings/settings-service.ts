// User settings in `<dataDir>/privacyscope.sqlite` (table from migration 0001). Every read
// validates each stored value: a corrupt or foreign value falls back to its default and is
// reported once, never thrown. Updates are validated, serialised and written per key, so
// concurrent updates (or another process on the same file) merge instead of overwriting.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiErrorCode } from '../../preload/contract';
import type { Settings, SettingsPatch } from '../../preload/contract';
import { DatabaseOpenError } from '../db/errors';
import { openDatabase } from '../db/open-database';
import { createSettingsRepository } from '../db/repositories/settings-repository';
import type {
  SettingsRepository,
  SettingsWrite,
  StoredSetting,
} from '../db/repositories/settings-repository';
import { PrivacyScopeError } from '../errors';
import type { SettingsService } from '../services/app-services';
import { SETTINGS_FIELDS, isSettingsKey, settingsPatchSchema } from './settings-schema';

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
  adbServerPort: 5037,
  unusedDays: 90,
  expertMode: false,
};
export const SETTINGS_DATABASE_FILE = 'privacyscope.sqlite';

export interface SettingsProblem {
  readonly key: string;
  /** The stored text that was ignored. */
  readonly value: string;
  readonly reason: string;
}

export interface OpenSettingsOptions {
  /** Folder holding privacyscope.sqlite; created when missing. */
  readonly dataDir: string;
  /** Electron passes the Electron-ABI better-sqlite3 binding here; Node leaves it unset. */
  readonly nativeBinding?: string;
  /** Told about each stored value that was ignored; defaults to a console warning. */
  readonly onProblem?: (problem: SettingsProblem) => void;
}

export interface ClosableSettingsService extends SettingsService {
  close(): void;
}

export class InvalidSettingsError extends PrivacyScopeError {
  override readonly name = 'InvalidSettingsError';

  constructor(details: readonly string[]) {
    super(ApiErrorCode.InvalidArgument, `Invalid settings: ${details.join('; ')}`, { details });
  }
}

const warn = (problem: SettingsProblem): void =>
  console.warn(
    `[settings] ignored stored ${problem.key}=${problem.value} (${problem.reason}); using the default`,
  );

const parseStored = (row: StoredSetting): { ok: true; value: unknown } | { ok: false; reason: string } => {
  if (!isSettingsKey(row.key)) return { ok: true, value: undefined }; // a newer build's key: kept, unused
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const result = SETTINGS_FIELDS[row.key].safeParse(json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, reason: result.error.issues[0]?.message ?? 'invalid' };
};

const readSettings = async (
  repository: SettingsRepository,
  report: (problem: SettingsProblem) => void,
): Promise<Settings> => {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of await repository.readAll()) {
    const parsed = parseStored(row);
    if (!parsed.ok) report({ key: row.key, value: row.value, reason: parsed.reason });
    else if (parsed.value !== undefined) settings[row.key] = parsed.value;
  }
  return settings as unknown as Settings;
};

const toWrite = (patch: unknown): SettingsWrite => {
  const result = settingsPatchSchema.safeParse(patch);
  if (!result.success) {
    throw new InvalidSettingsError(
      result.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || '(patch)'}: ${issue.message}`,
      ),
    );
  }
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(result.data)) {
    if (value === undefined || value === null) remove.push(key);
    else set[key] = JSON.stringify(value);
  }
  return { set, remove };
};

export interface CreateSettingsServiceOptions {
  readonly repository: SettingsRepository;
  readonly onProblem?: (problem: SettingsProblem) => void;
}

/** The service over any settings repository (the SQLite one, or a shared database's). */
export const createSettingsService = (options: CreateSettingsServiceOptions): SettingsService => {
  const { repository } = options;
  const reported = new Set<string>();
  const onProblem = options.onProblem ?? warn;
  const report = (problem: SettingsProblem): void => {
    const id = `${problem.key}\u0000${problem.value}`;
    if (reported.has(id)) return;
    reported.add(id);
    onProblem(problem);
  };
  // One update at a time: each answer includes its own patch and every earlier one.
  let queue: Promise<unknown> = Promise.resolve();
  const update = (patch: SettingsPatch): Promise<Settings> => {
    const next = queue.then(async () => {
      await repository.write(toWrite(patch));
      return readSettings(repository, report);
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return { get: () => readSettings(repository, report), update };
};

/** Opens (creating folder and file as needed) `<dataDir>/privacyscope.sqlite`. */
export const openSettingsService = (options: OpenSettingsOptions): ClosableSettingsService => {
  const file = join(options.dataDir, SETTINGS_DATABASE_FILE);
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new DatabaseOpenError(file, { cause: error });
  }
  const db = openDatabase({
    file,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  const service = createSettingsService({
    repository: createSettingsRepository(db),
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
  });
  return { ...service, close: () => db.close() };
};
