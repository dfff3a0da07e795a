// The op header of `AppOpsService.dump` since Android 9:
// `      FINE_LOCATION (allow / switch COARSE_LOCATION=allow): ` (trailing space trimmed by the
// caller), `MIUIOP(10008) (ask): ` for MIUI vendor ops, `mode=<n>` for unknown modes.
import { normaliseAppOpMode, readAppOpName, type AppOpName } from './app-op-mode';

export interface OpHeader {
  readonly name: AppOpName;
  readonly mode: string;
  readonly switchOp?: string;
}

const SWITCH = ' / switch ';

/** Parses `OP (mode[ / switch OTHER=mode]):`; undefined when it is not a valid header. */
export const readOpHeader = (text: string): OpHeader | undefined => {
  if (!text.endsWith('):')) return undefined;
  const open = text.lastIndexOf(' (');
  if (open <= 0) return undefined;
  const name = readAppOpName(text.slice(0, open));
  if (name === undefined) return undefined;
  const inner = text.slice(open + 2, -2);
  const slash = inner.indexOf(SWITCH);
  const mode = normaliseAppOpMode(slash < 0 ? inner : inner.slice(0, slash));
  if (mode === undefined) return undefined;
  if (slash < 0) return { name, mode };
  const switched = inner.slice(slash + SWITCH.length);
  const switchName = readAppOpName(switched.slice(0, Math.max(0, switched.indexOf('='))));
  return switchName === undefined ? { name, mode } : { name, mode, switchOp: switchName.op };
};
