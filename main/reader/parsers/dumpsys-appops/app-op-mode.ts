// App-op names and modes as AppOpsService prints them (`AppOpsManager.opToName`,
// `modeToName`: allow, ignore, deny, default, foreground; unknown values as `mode=<n>`).
// Android ≤ 8 printed the raw number (`mode=0`); vendors add their own (MIUI `ask`).
import { isAppOpName } from '../device-names';

const NUMERIC_MODES: readonly string[] = ['allow', 'ignore', 'deny', 'default', 'foreground'];
const MODE_WORD = /^[a-z][a-z_-]{0,31}$/;
const NUMBER = /^-?\d{1,6}$/;
const VENDOR_OP = /^([A-Z]{1,16}OP)\((\d{1,6})\)$/;

/**
 * A mode token (`allow`, `ask`, `0`, `mode=5`) → its name (`allow`, `ask`, `allow`, `mode=5`),
 * or undefined when it is not a mode at all.
 */
export const normaliseAppOpMode = (token: string): string | undefined => {
  if (MODE_WORD.test(token)) return token;
  const number = token.startsWith('mode=') ? token.slice(5) : token;
  if (!NUMBER.test(number)) return undefined;
  return NUMERIC_MODES[Number(number)] ?? `mode=${Number(number)}`;
};

export interface AppOpName {
  /** `CAMERA`, or the vendor form as printed (`MIUIOP(10008)`). */
  readonly op: string;
  /** Set for vendor ops known only by number (MIUI `MIUIOP(10008)`): use it with `appops set`. */
  readonly vendorOpCode?: number;
}

const checkAppOpName = (text: string): AppOpName | null => {
  const vendor = VENDOR_OP.exec(text);
  if (vendor !== null) return { op: text, vendorOpCode: Number(vendor[2]) };
  return isAppOpName(text) ? { op: text } : null;
};

// Op names are a small vocabulary repeated thousands of times per dump: check each once.
const MAX_CACHED = 4096;
const known = new Map<string, AppOpName | null>();

/** A printed op name if it is a valid one (`isAppOpName`) or a numbered vendor op. */
export const readAppOpName = (text: string): AppOpName | undefined => {
  let name = known.get(text);
  if (name === undefined) {
    name = checkAppOpName(text);
    if (known.size >= MAX_CACHED) known.clear();
    known.set(text, name);
  }
  return name ?? undefined;
};
