// The one-line op form shared by three outputs:
// - `appops get` (`AppOpsService.Shell`, `onShellCommand` "get"):
//   `CAMERA: allow; time=+1d2h ago; rejectTime=+5m ago; duration=+3s0ms` or `… (running)`
// - `dumpsys appops` ≤ 8 package ops: `CAMERA: mode=0; time=+5m ago; …`
// - `dumpsys appops` uid modes (all versions): `COARSE_LOCATION: mode=ignore`
// - `appops get` uid modes: `Uid mode: COARSE_LOCATION: foreground` (prefix removed by the caller)
import { parseAndroidDuration } from '../android-time';
import { normaliseAppOpMode, readAppOpName, type AppOpName } from './app-op-mode';
import { AppOpUseBuilder } from './app-op-use';

export interface OpLine {
  readonly name: AppOpName;
  readonly mode: string;
  /** `time=+… ago` as a negative offset from when it was printed. */
  readonly accessRelativeMs?: number;
  readonly rejectRelativeMs?: number;
  readonly durationMs?: number;
  readonly running: boolean;
}

const RUNNING = ' (running)';

const agoOffset = (value: string): number | undefined => {
  if (!value.endsWith(' ago')) return undefined;
  const duration = parseAndroidDuration(value.slice(0, -4));
  return duration === undefined ? undefined : -Math.abs(duration);
};

/** Parses `OP: mode[; key=value]…`; undefined when the op name or mode is not valid. */
export const readOpLine = (text: string): OpLine | undefined => {
  const colon = text.indexOf(': ');
  if (colon <= 0) return undefined;
  const name = readAppOpName(text.slice(0, colon));
  if (name === undefined) return undefined;
  let rest = text.slice(colon + 2);
  const running = rest.endsWith(RUNNING);
  if (running) rest = rest.slice(0, -RUNNING.length);
  const [modeToken = '', ...pairs] = rest.includes(';') ? rest.split('; ') : [rest];
  const mode = normaliseAppOpMode(modeToken.startsWith('mode=') ? modeToken.slice(5) : modeToken);
  if (mode === undefined) return undefined;
  const line: { -readonly [K in keyof OpLine]: OpLine[K] } = { name, mode, running };
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const key = pair.slice(0, equals);
    const value = pair.slice(equals + 1);
    const parsed = key === 'duration' ? parseAndroidDuration(value) : agoOffset(value);
    if (equals < 0 || parsed === undefined) return undefined;
    if (key === 'time') line.accessRelativeMs = parsed;
    else if (key === 'rejectTime') line.rejectRelativeMs = parsed;
    else if (key === 'duration') line.durationMs = parsed;
    else return undefined;
  }
  return line;
};

/** A builder holding one parsed op line (`uidMode` for `Uid mode:` / uid-level lines). */
export const builderFromOpLine = (line: OpLine, uidMode: boolean): AppOpUseBuilder => {
  const builder = new AppOpUseBuilder({ name: line.name, mode: line.mode, uidMode });
  const { accessRelativeMs, rejectRelativeMs, durationMs } = line;
  if (accessRelativeMs !== undefined) builder.add({ kind: 'access', relativeMs: accessRelativeMs });
  if (rejectRelativeMs !== undefined) builder.add({ kind: 'reject', relativeMs: rejectRelativeMs });
  if (durationMs !== undefined) builder.setDuration(durationMs);
  if (line.running) builder.setRunning();
  return builder;
};
