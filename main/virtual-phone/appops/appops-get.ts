// `appops get [--user N] <PACKAGE | UID> [OP]` and `appops query-op [--user N] OP [MODE]`
// (AppOpsService.onShellCommand "get" / "query-op"). One line per op:
// `OP: mode[; time=+… ago][; rejectTime=+… ago][ (running) | ; duration=+…]`, the first
// uid-mode line prefixed `Uid mode: `; `No operations.` (+ `Default mode: x`, 13+) if none.
import type { AppOpState, OpEvent, PhoneState } from '../android/phone-state';
import { formatDuration } from '../dumpsys/time-format';
import type { PackageOpArgs } from './appops-args';
import { defaultModeOf } from './op-catalogue';
import { byOpCode } from './uid-ops';

const last = (events: readonly OpEvent[]): OpEvent | undefined =>
  events.reduce<OpEvent | undefined>(
    (best, event) => (best === undefined || event.time > best.time ? event : best),
    undefined,
  );

export const appOpGetLine = (op: AppOpState, now: number): string => {
  let line = `${op.op}: ${op.mode}`;
  const access = last(op.accesses);
  const reject = last(op.rejects);
  if (access !== undefined) line += `; time=${formatDuration(now - access.time)} ago`;
  if (reject !== undefined) line += `; rejectTime=${formatDuration(now - reject.time)} ago`;
  if (access?.durationMs === -1) line += ' (running)';
  else if (access?.durationMs !== undefined) line += `; duration=${formatDuration(access.durationMs)}`;
  return line;
};

/** Uid-level modes of every package sharing the uid in that user. */
const uidModes = (state: PhoneState, uid: number): AppOpState[] => {
  const userId = Math.floor(uid / 100_000);
  const appId = uid % 100_000;
  const modes = new Map<string, AppOpState>();
  for (const pkg of state.packages.values()) {
    if (pkg.appId !== appId) continue;
    for (const op of pkg.users[userId]?.appOps ?? []) {
      if (op.uidMode === true && !modes.has(op.op)) modes.set(op.op, op);
    }
  }
  return [...modes.values()].sort(byOpCode);
};

export const formatAppOpsGet = (
  state: PhoneState,
  options: { args: PackageOpArgs; now: number; sdk: number },
): string => {
  const { args, now, sdk } = options;
  const wanted = (op: AppOpState): boolean => args.op === undefined || op.op === args.op.name;
  let uidLines: AppOpState[];
  let packageLines: AppOpState[] = [];
  if (args.packageName !== undefined) {
    const pkg = state.packages.get(args.packageName);
    const user = pkg?.users[args.userId];
    uidLines = pkg === undefined ? [] : uidModes(state, args.userId * 100_000 + pkg.appId).filter(wanted);
    packageLines = (user?.appOps ?? []).filter((op) => op.uidMode !== true && wanted(op)).sort(byOpCode);
  } else {
    uidLines = uidModes(state, args.uid ?? 0).filter(wanted);
  }
  if (uidLines.length + packageLines.length === 0) {
    const defaultLine =
      args.op !== undefined && sdk >= 33 ? `Default mode: ${defaultModeOf(args.op.name)}\n` : '';
    return `No operations.\n${defaultLine}`;
  }
  const lines = uidLines.map((op, index) => `${index === 0 ? 'Uid mode: ' : ''}${appOpGetLine(op, now)}`);
  lines.push(...packageLines.map((op) => appOpGetLine(op, now)));
  return `${lines.join('\n')}\n`;
};

/** `appops query-op OP [MODE]`: packages that have the op recorded in that mode. */
export const formatAppOpsQuery = (state: PhoneState, options: { op: string; mode: string }): string => {
  const names: string[] = [];
  let anyOps = false;
  for (const pkg of state.packages.values()) {
    for (const user of Object.values(pkg.users)) {
      const entry = user.appOps.find((op) => op.op === options.op);
      if (entry === undefined) continue;
      anyOps = true;
      if (entry.mode === options.mode && !names.includes(pkg.name)) names.push(pkg.name);
    }
  }
  if (!anyOps) return 'No operations.\n';
  return names.map((name) => `${name}\n`).join('');
};
