// `settings --user N get|put|delete secure KEY [VALUE]` (SettingsProvider SettingsService.java,
// MyShellCommand): `get` prints the value or the literal `null` (FORMATS.md §6).
import { arg, shellCommand } from '../../adb/shell-arguments';
import { parseSettingsGet } from '../../reader/parsers/settings';
import type { ActionContext } from '../action-executor';
import { readStep, runStep } from './step-commands';

export interface SecureSetting {
  readonly key: string;
  readonly userId: number;
}

export const settingsGetCommand = (setting: SecureSetting) =>
  shellCommand('settings', '--user', arg.user(setting.userId), 'get', 'secure', arg.settingKey(setting.key));

export const settingsPutCommand = (setting: SecureSetting & { readonly value: string }) =>
  shellCommand(
    'settings',
    '--user',
    arg.user(setting.userId),
    'put',
    'secure',
    arg.settingKey(setting.key),
    arg.settingValue(setting.value),
  );

export const settingsDeleteCommand = (setting: SecureSetting) =>
  shellCommand(
    'settings',
    '--user',
    arg.user(setting.userId),
    'delete',
    'secure',
    arg.settingKey(setting.key),
  );

/**
 * The stored value, or null when unset. An empty value prints an empty line, which is kept as
 * `''` (parseSettingsGet folds it into "unset"; undo must tell the two apart).
 */
export const readSecureSetting = async (
  context: ActionContext,
  setting: SecureSetting,
): Promise<string | null> => {
  const text = await readStep(context, settingsGetCommand(setting));
  if (text.trim() === '') return '';
  return parseSettingsGet(text).value ?? null;
};

/** Writes `value`, or deletes the key when `value` is null (restoring an unset setting). */
export const writeSecureSetting = async (
  context: ActionContext,
  setting: SecureSetting & { readonly value: string | null },
): Promise<void> => {
  const { value } = setting;
  await runStep(
    context,
    value === null ? settingsDeleteCommand(setting) : settingsPutCommand({ ...setting, value }),
  );
};
