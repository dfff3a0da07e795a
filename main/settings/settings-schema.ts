// What a valid value of each setting is. Used on every read (a stored value that fails is
// replaced by its default) and on every update (a bad patch is refused).
import { z } from 'zod';
import { Language, ThemePreference } from '../../preload/contract';
import type { Settings } from '../../preload/contract';

export type SettingsKey = keyof Settings;

export const SETTINGS_FIELDS = {
  language: z.enum([Language.En, Language.ZhCN, 'system']),
  theme: z.enum([ThemePreference.System, ThemePreference.Light, ThemePreference.Dark]),
  adbPath: z.string().min(1).max(4096),
  adbServerPort: z.number().int().min(1024).max(65535),
  adbServers: z.array(z.string().regex(/^[a-zA-Z0-9.-]{1,253}:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/)).max(32),
  unusedDays: z.number().int().min(1).max(3650),
  expertMode: z.boolean(),
} as const satisfies { readonly [K in SettingsKey]-?: z.ZodType<NonNullable<Settings[K]>> };

export const SETTINGS_KEYS = Object.keys(SETTINGS_FIELDS) as readonly SettingsKey[];

export const isSettingsKey = (key: string): key is SettingsKey => Object.hasOwn(SETTINGS_FIELDS, key);

/** An update: known keys only; `null` (or `undefined`) resets a key to its default. */
export const settingsPatchSchema = z
  .object({
    language: SETTINGS_FIELDS.language.nullable(),
    theme: SETTINGS_FIELDS.theme.nullable(),
    adbPath: SETTINGS_FIELDS.adbPath.nullable(),
    adbServerPort: SETTINGS_FIELDS.adbServerPort.nullable(),
    adbServers: SETTINGS_FIELDS.adbServers.nullable(),
    unusedDays: SETTINGS_FIELDS.unusedDays.nullable(),
    expertMode: SETTINGS_FIELDS.expertMode.nullable(),
  } satisfies { readonly [K in SettingsKey]-?: z.ZodType })
  .partial()
  .strict();
