// `appops get <pkg> [<op>]` / `cmd appops get …` and `appops query-op <op> <mode>`
// (AOSP `AppOpsService.Shell`, `onShellCommand` "get" and "query-op"):
//   Uid mode: COARSE_LOCATION: foreground
//   FINE_LOCATION: allow; time=+25s67ms ago
//   MANAGE_EXTERNAL_STORAGE: default; rejectTime=+20166d8h20m24s861ms ago
//   CAMERA: allow; time=+1m ago; duration=+3s0ms      (or `… (running)`)
//   No operations.
// `time=` is relative to the phone's clock at the call: pass it as `now`. A huge value such
// as `+20166d… ago` means the op was recorded before the clock was set (near epoch 0).
import type { AppOpUse } from './dumpsys-appops/app-op-use';
import { builderFromOpLine, readOpLine } from './dumpsys-appops/op-line';
import { isAppPackageName } from './dumpsys-appops/package-name';
import { createTimeResolver, type TimeOptions } from './dumpsys-appops/time-resolver';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface AppOpsGet {
  /** Uid-scoped modes (`Uid mode:` lines, `uidMode: true`) first, then the package's ops. */
  readonly ops: readonly AppOpUse[];
  /** The command printed `No operations.` (nothing recorded for the package or op). */
  readonly noOperations: boolean;
}

export type AppOpsGetOptions = Pick<TimeOptions, 'now'>;

const UID_MODE = 'Uid mode: ';
const NO_OPERATIONS = 'No operations.';

/** Parses the output of `appops get <pkg> [<op>]`. */
export const parseAppOpsGet = (text: string, options: AppOpsGetOptions = {}): ParseResult<AppOpsGet> => {
  const sink = new WarningSink('appops get');
  const time = createTimeResolver(options.now === undefined ? {} : { now: options.now }, sink);
  const uidModes: AppOpUse[] = [];
  const ops: AppOpUse[] = [];
  let noOperations = false;
  let lastFailed = false;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    lastFailed = false;
    if (line === NO_OPERATIONS) {
      noOperations = true;
      return;
    }
    const uidMode = line.startsWith(UID_MODE);
    const parsed = readOpLine(uidMode ? line.slice(UID_MODE.length) : line);
    if (parsed === undefined) {
      sink.warn(`unrecognised line ${JSON.stringify(line.slice(0, 80))}`, index + 1);
      lastFailed = true;
      return;
    }
    const builder = builderFromOpLine(parsed, uidMode);
    (uidMode ? uidModes : ops).push(builder.build(time));
  });
  // A last line without a line end that does not parse was most likely cut off.
  const partial = lastFailed && !/[\r\n]$/.test(text);
  return { value: { ops: [...uidModes, ...ops], noOperations }, warnings: sink.warnings, partial };
};

/** Parses `appops query-op <op> <mode>`: one package name per line. */
export const parseAppOpsQueryOp = (text: string): ParseResult<readonly string[]> => {
  const sink = new WarningSink('appops query-op');
  const packages = new Set<string>();
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    if (isAppPackageName(line)) {
      packages.add(line);
    } else {
      sink.warn(`not a package name ${JSON.stringify(line.slice(0, 80))}`, index + 1);
    }
  });
  return { value: [...packages], warnings: sink.warnings, partial: false };
};
