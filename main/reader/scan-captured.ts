// Offline scans: captured outputs (a folder or an `adb bugreport`) → DeviceSnapshot, through
// the same parsers and assembly as a live scan. Inputs are fed in the live order: getprop
// (zone), the clock and shell identity, the small outputs, then `dumpsys package` and
// `dumpsys usagestats` before `dumpsys appops`, so that relative appops times can be dated.
// `now` for relative times: the phone clock saved with the capture (`date.txt`, output of
// `date +%s%3N`), else the newest absolute time printed in the captures; `takenAtMs` is the
// same (the host clock when the capture says nothing about time).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotSource, type DeviceSnapshot } from '../snapshot/device-snapshot';
import { assembleSnapshot } from './assemble/assemble-snapshot';
import { CaptureParsers } from './assemble/capture-parsers';
import { ExtraInput, type InputName } from './assemble/parsed-captures';
import { readBugreport } from './offline/bugreport';
import { readCapturedFolder } from './offline/captured-folder';
import { CAPTURE_NAMES, CaptureName, type CapturedOutputs } from './offline/captured-outputs';
import { decodeText } from './parsers/decode-text';

export interface OfflineScanOptions {
  /** Default 0. */
  readonly userId?: number;
  readonly serial?: string;
  /** Default: persist.sys.timezone of the capture's getprop. */
  readonly timeZone?: string;
  readonly source?: SnapshotSource;
  /** Output of `id` and `date +%s%3N` saved with the capture (folder: id.txt, date.txt). */
  readonly extras?: Partial<Record<ExtraInput, string>>;
}

/** Files beside the captured outputs that a folder may also hold. */
export const EXTRA_FILES: Readonly<Record<ExtraInput, string>> = {
  [ExtraInput.ShellId]: 'id.txt',
  [ExtraInput.Clock]: 'date.txt',
};

/** The order inputs are parsed in: what later parsers need comes first. */
export const PARSE_ORDER: readonly InputName[] = [
  CaptureName.Getprop,
  ExtraInput.Clock,
  ExtraInput.ShellId,
  CaptureName.PmListUsers,
  CaptureName.SettingsSecure,
  CaptureName.SettingsGlobal,
  CaptureName.DeviceidleWhitelist,
  CaptureName.DumpsysPackage,
  CaptureName.DumpsysUsagestats,
  CaptureName.DumpsysAppops,
  CaptureName.DumpsysDevicePolicy,
  CaptureName.DumpsysNotification,
  CaptureName.DumpsysAccessibility,
];

const isCapture = (name: InputName): name is CaptureName =>
  (CAPTURE_NAMES as readonly string[]).includes(name);

export const scanCaptured = (captured: CapturedOutputs, options: OfflineScanOptions = {}): DeviceSnapshot => {
  const parsers = new CaptureParsers({
    mode: 'offline',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  for (const name of PARSE_ORDER) {
    const text = isCapture(name) ? captured.outputs[name] : options.extras?.[name];
    if (text !== undefined) {
      parsers.push(name, text);
      parsers.end(name);
    } else if (isCapture(name)) {
      // The folder / bugreport reader already warned about it.
      parsers.fail(name, 'not captured', { quiet: captured.missing.includes(name) });
    }
  }
  const result = parsers.result();
  const parsed = {
    ...result,
    warnings: [...captured.warnings, ...result.warnings],
    partial: result.partial || captured.partial,
  };
  return assembleSnapshot(parsed, {
    userId: options.userId ?? 0,
    source: options.source ?? SnapshotSource.Directory,
    takenAtMs: parsed.phoneClockMs ?? parsed.nowMs ?? Date.now(),
    ...(options.serial === undefined ? {} : { serial: options.serial }),
  });
};

const readExtras = async (dir: string): Promise<Partial<Record<ExtraInput, string>>> => {
  const extras: Partial<Record<ExtraInput, string>> = {};
  for (const [name, file] of Object.entries(EXTRA_FILES) as [ExtraInput, string][]) {
    const path = join(dir, file);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile() || info.size > 4096) continue;
    extras[name] = decodeText(await readFile(path), file).value.text;
  }
  return extras;
};

/** A folder of captured outputs (`getprop.txt`, `dumpsys-package.txt`, … plus id.txt, date.txt). */
export const scanFromFolder = async (
  dir: string,
  options: Omit<OfflineScanOptions, 'source' | 'extras'> = {},
): Promise<DeviceSnapshot> => {
  const captured = await readCapturedFolder(dir);
  const extras = await readExtras(dir);
  return scanCaptured(captured, { ...options, extras, source: SnapshotSource.Directory });
};

/** An `adb bugreport` (.zip or dumpstate .txt), as a path or its bytes. */
export const scanFromBugreport = async (
  file: string | Uint8Array,
  options: Omit<OfflineScanOptions, 'source' | 'extras'> = {},
): Promise<DeviceSnapshot> =>
  scanCaptured(await readBugreport(file), { ...options, source: SnapshotSource.Bugreport });
