// The Settings form as text fields, and its validation into a `SettingsPatch` (same limits as
// main's settings schema, so the user sees a localised message before main would refuse).
import type { Settings, SettingsPatch } from '../../../../preload/contract';

export interface SettingsForm {
  readonly adbPath: string;
  /** Empty: the default port (5037). */
  readonly adbServerPort: string;
  /** One host:port per line. */
  readonly adbServers: string;
  readonly unusedDays: string;
  readonly expertMode: boolean;
}

export type SettingsFormErrors = {
  readonly adbPath?: true;
  readonly adbServerPort?: true;
  /** The first line that is not host:port. */
  readonly adbServers?: string;
  readonly unusedDays?: true;
};

export type SettingsFormResult =
  | { readonly ok: true; readonly patch: SettingsPatch }
  | { readonly ok: false; readonly errors: SettingsFormErrors };

const SERVER = /^[a-zA-Z0-9.-]{1,253}:(\d{1,5})$|^\[[0-9a-fA-F:]+\]:(\d{1,5})$/;
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

export const formFromSettings = (settings: Settings): SettingsForm => ({
  adbPath: settings.adbPath ?? '',
  adbServerPort: settings.adbServerPort === undefined ? '' : String(settings.adbServerPort),
  adbServers: (settings.adbServers ?? []).join('\n'),
  unusedDays: settings.unusedDays === undefined ? '' : String(settings.unusedDays),
  expertMode: settings.expertMode ?? false,
});

export const isServerAddress = (value: string): boolean => {
  const match = SERVER.exec(value);
  const port = Number(match?.[1] ?? match?.[2]);
  return match !== null && Number.isInteger(port) && port >= 1 && port <= 65535;
};

export const validateSettingsForm = (form: SettingsForm): SettingsFormResult => {
  const errors: { adbPath?: true; adbServerPort?: true; adbServers?: string; unusedDays?: true } = {};
  const adbPath = form.adbPath.trim();
  if (adbPath !== '' && (!ABSOLUTE_PATH.test(adbPath) || adbPath.length > 4096)) errors.adbPath = true;
  const port = form.adbServerPort.trim();
  const adbServerPort = Number(port);
  if (port !== '' && (!/^\d{4,5}$/.test(port) || adbServerPort < 1024 || adbServerPort > 65535)) {
    errors.adbServerPort = true;
  }
  const servers = form.adbServers
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const badServer = servers.find((server) => !isServerAddress(server));
  if (badServer !== undefined) errors.adbServers = badServer;
  const days = form.unusedDays.trim();
  const unusedDays = Number(days);
  if (days !== '' && (!/^\d+$/.test(days) || unusedDays < 1 || unusedDays > 3650)) errors.unusedDays = true;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      adbPath: adbPath === '' ? null : adbPath,
      adbServerPort: port === '' ? null : adbServerPort,
      adbServers: servers.length === 0 ? null : servers,
      unusedDays: days === '' ? null : unusedDays,
      expertMode: form.expertMode,
    },
  };
};
