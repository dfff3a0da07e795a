// Argument parsing of AppOpsService.Shell (parseUserPackageOp, parseUserOpMode, strOpToOp,
// strModeToMode) with its exact error lines, which go to stderr with status -1 (255).
import type { AppOpMode, PhoneState } from '../android/phone-state';
import { isKnownOp, MODE_NAMES, OP_NAMES, opCountFor } from './op-catalogue';
import { parseUid } from './uid-ops';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A numeric op outside the release's range: AppOpsService.verifyIncomingOp throws. */
export interface OpRef {
  readonly name: string;
  readonly badCode?: number;
}

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** strOpToOp: `android:camera` (OPSTR), a number, then the debug name `CAMERA`. */
export const parseOp = (text: string, sdk: number): Parsed<OpRef> => {
  const debugName = text.startsWith('android:') ? text.slice('android:'.length).toUpperCase() : text;
  if (isKnownOp(debugName, sdk)) return { ok: true, value: { name: debugName } };
  if (/^\d+$/.test(text)) {
    const code = Number(text);
    const name = OP_NAMES[code];
    if (name !== undefined && code < opCountFor(sdk)) return { ok: true, value: { name } };
    return { ok: true, value: { name: text, badCode: code } };
  }
  return fail(`Error: Unknown operation string: ${text}`);
};

/** strModeToMode: a mode name or its number. */
export const parseMode = (text: string): Parsed<AppOpMode> => {
  const index = MODE_NAMES.indexOf(text as AppOpMode);
  if (index >= 0) return { ok: true, value: MODE_NAMES[index] as AppOpMode };
  if (/^\d+$/.test(text)) {
    const byNumber = MODE_NAMES[Number(text)];
    if (byNumber !== undefined) return { ok: true, value: byNumber };
  }
  return fail(`Error: Mode ${text} is not valid`);
};

export interface PackageOpArgs {
  readonly userId: number;
  readonly targetsUid: boolean;
  /** Set when a package name was given. */
  readonly packageName?: string;
  /** Set when a uid (number or u0a12) was given instead of a package. */
  readonly uid?: number;
  readonly op?: OpRef;
  /** Arguments after the op (the mode of `set`). */
  readonly rest: readonly string[];
}

const parseUser = (text: string | undefined): number => {
  if (text === undefined || text === 'current' || text === 'cur') return 0;
  return text === 'all' ? -1 : Number(text);
};

/** parseUserPackageOp(reqOp): `[--user N] [--uid] [--attribution T] <PACKAGE | UID> [OP] …`. */
export const parsePackageOp = (
  state: PhoneState,
  options: { args: readonly string[]; requireOp: boolean; sdk: number },
): Parsed<PackageOpArgs> => {
  const { args, requireOp, sdk } = options;
  let userId = 0;
  let targetsUid = false;
  let target: string | undefined;
  let opText: string | undefined;
  let index = 0;
  for (; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--user') userId = parseUser(args[++index]);
    else if (arg === '--uid') targetsUid = true;
    else if (arg === '--attribution') index++;
    else if (target === undefined) target = arg;
    else {
      opText = arg;
      index++;
      break;
    }
  }
  if (target === undefined) return fail('Error: Package name not specified.');
  if (opText === undefined && requireOp) return fail('Error: Operation not specified.');
  let op: OpRef | undefined;
  if (opText !== undefined) {
    const parsed = parseOp(opText, sdk);
    if (!parsed.ok) return parsed;
    op = parsed.value;
  }
  const base = { userId, targetsUid, rest: args.slice(index), ...(op === undefined ? {} : { op }) };
  const uid = parseUid(target);
  if (uid !== undefined) return { ok: true, value: { ...base, uid } };
  const pkg = state.packages.get(target);
  const installed = pkg !== undefined && (pkg.users[userId] !== undefined || userId < 0);
  if (!installed && target !== 'root') return fail(`Error: No UID for ${target} in user ${userId}`);
  return { ok: true, value: { ...base, packageName: target } };
};
