// `adb bugreport` → captured outputs. A bugreport is a zip (Android 7+: `bugreport-<device>-<build>-<date>.zip`
// holding `main_entry.txt`, which names the main `bugreport-….txt`, plus version.txt, FS/, …)
// or, from older `adb bugreport`, the plain dumpstate text. The main text is split into
// dumpstate sections and dumpsys services, which map onto the names of a captured folder.
// dumpstate does not run `settings list`: `dumpsys settings` (SettingsProvider rows) is turned
// into `settings list` text for user 0; `dumpsys user` stands in for `pm list users` (same
// UserInfo{…} lines) and the full `dumpsys deviceidle` for the whitelist listing (the parsers
// accept both forms).
import { readFile, stat } from 'node:fs/promises';
import type { ParseWarning } from '../../snapshot/device-snapshot';
import { decodeText } from '../parsers/decode-text';
import { formatSettingsList, parseSettingsDump } from '../parsers/settings';
import { WarningSink } from '../parsers/parse-result';
import { splitBugreportSections, type BugreportSections } from './bugreport-sections';
import { CAPTURE_NAMES, CaptureName, type CapturedOutputs } from './captured-outputs';
import { readZipEntries, ZIP_MAX_ENTRY_BYTES, type ZipEntry } from './zip-reader';

/** Largest bugreport file read from disk (zip or text). */
export const BUGREPORT_MAX_FILE_BYTES = ZIP_MAX_ENTRY_BYTES;

export class BugreportError extends Error {
  override readonly name = 'BugreportError';
}

const FROM_SERVICE: Readonly<Partial<Record<CaptureName, string>>> = {
  [CaptureName.DumpsysPackage]: 'package',
  [CaptureName.DumpsysAppops]: 'appops',
  [CaptureName.DumpsysDevicePolicy]: 'device_policy',
  [CaptureName.DumpsysNotification]: 'notification',
  [CaptureName.DumpsysUsagestats]: 'usagestats',
  [CaptureName.DumpsysAccessibility]: 'accessibility',
  [CaptureName.DeviceidleWhitelist]: 'deviceidle',
  [CaptureName.PmListUsers]: 'user',
};
const FROM_SECTION: Readonly<Partial<Record<CaptureName, string>>> = {
  [CaptureName.Getprop]: 'SYSTEM PROPERTIES',
};

const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/** The main dumpstate text of a bugreport zip: named by main_entry.txt, else the largest bugreport*.txt. */
const mainEntry = (entries: readonly ZipEntry[]): ZipEntry => {
  const files = entries.filter((entry) => !entry.isDirectory);
  const pointer = files.find((entry) => entry.name === 'main_entry.txt');
  if (pointer !== undefined && pointer.size < 4096) {
    const target = pointer.read().toString('utf8').trim();
    const named = files.find((entry) => entry.name === target);
    if (named !== undefined) return named;
  }
  const bySize = (a: ZipEntry, b: ZipEntry) => b.size - a.size;
  const topLevel = files.filter((entry) => !entry.name.includes('/') && entry.name.endsWith('.txt'));
  const candidate =
    topLevel.filter((entry) => entry.name.startsWith('bugreport')).sort(bySize)[0] ??
    topLevel.sort(bySize)[0];
  if (candidate === undefined)
    throw new BugreportError('the zip holds no bugreport text (no main_entry.txt or bugreport-*.txt)');
  return candidate;
};

/** `dumpsys settings` → `settings list` text of global and user 0 secure settings. */
const settingsOutputs = (dump: string | undefined): Partial<Record<CaptureName, string>> => {
  if (dump === undefined) return {};
  const { global, secure } = parseSettingsDump(dump).value;
  const user0 = secure.get(0);
  return {
    ...(global.size > 0 ? { [CaptureName.SettingsGlobal]: formatSettingsList(global) } : {}),
    ...(user0 !== undefined && user0.size > 0
      ? { [CaptureName.SettingsSecure]: formatSettingsList(user0) }
      : {}),
  };
};

/** Maps split sections onto capture names. Pure. */
export const capturesFromSections = (
  split: BugreportSections,
): Pick<CapturedOutputs, 'outputs' | 'missing'> => {
  const outputs: Partial<Record<CaptureName, string>> = settingsOutputs(split.services.get('settings'));
  for (const name of CAPTURE_NAMES) {
    const service = FROM_SERVICE[name];
    const section = FROM_SECTION[name];
    const text =
      service !== undefined
        ? split.services.get(service)
        : section !== undefined
          ? split.sections.get(section)
          : undefined;
    if (text !== undefined && text.trim() !== '') outputs[name] = text;
  }
  return { outputs, missing: CAPTURE_NAMES.filter((name) => outputs[name] === undefined) };
};

/** The captured outputs of bugreport bytes (zip or dumpstate text). Throws ZipError / BugreportError. */
export const capturesFromBugreportBytes = (bytes: Uint8Array): CapturedOutputs => {
  const warnings: ParseWarning[] = [];
  let textBytes: Uint8Array = bytes;
  if (isZip(bytes)) {
    const entry = mainEntry(readZipEntries(bytes));
    textBytes = entry.read();
  }
  const decoded = decodeText(textBytes, 'bugreport');
  warnings.push(...decoded.warnings);
  const split = splitBugreportSections(decoded.value.text);
  warnings.push(...split.warnings);
  const { outputs, missing } = capturesFromSections(split.value);
  const sink = new WarningSink('bugreport');
  if (missing.length > 0) sink.warn(`not in the bugreport: ${missing.join(', ')}`);
  warnings.push(...sink.warnings);
  return { outputs, missing, warnings, partial: decoded.partial || split.partial };
};

/** Reads a bugreport from a path or from its bytes. */
export const readBugreport = async (input: string | Uint8Array): Promise<CapturedOutputs> => {
  if (typeof input !== 'string') return capturesFromBugreportBytes(input);
  const info = await stat(input);
  if (!info.isFile()) throw new BugreportError(`${input} is not a file`);
  if (info.size > BUGREPORT_MAX_FILE_BYTES) {
    throw new BugreportError(`${input} is ${info.size} bytes (limit ${BUGREPORT_MAX_FILE_BYTES})`);
  }
  return capturesFromBugreportBytes(await readFile(input));
};
