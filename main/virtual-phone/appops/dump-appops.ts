// `dumpsys appops [--package P] [--op OP]` (AppOpsService.dump): `Current AppOps Service
// state:`, the settle-time settings (9+), profile owners (14+), then one `  Uid …:` block per
// uid with its state lines, uid modes and `    Package X:` blocks (FORMATS.md §4.2).
import type { AppOpMode } from '../android/phone-state';
import { Sdk, joinLines, type DumpContext } from '../dumpsys/dump-context';
import { formatUid, collectUidOps, type UidOps } from './uid-ops';
import { opEntryLines, uidModeLine } from './op-entry-lines';
import { defaultModeOf } from './op-catalogue';

const capability = (sdk: number): string => {
  if (sdk >= Sdk.T) return '------';
  return sdk >= Sdk.S ? '----' : '---';
};

const uidStateName = (uid: UidOps): string => (uid.uid % 100_000 < 10_000 ? 'pers' : 'cch');

const uidBlockLines = (context: DumpContext, uid: UidOps): string[] => {
  const { sdk, now, state } = context;
  const lines = [`  Uid ${formatUid(uid.uid)}:`];
  if (sdk >= Sdk.P) lines.push(`    state=${uidStateName(uid)}`);
  if (sdk >= Sdk.R) lines.push(`    capability=${capability(sdk)}`, '    appWidgetVisible=false');
  for (const op of uid.uidModes) lines.push(uidModeLine(op, sdk));
  for (const { pkg, ops } of uid.packages) {
    lines.push(`    Package ${pkg.name}:`);
    const modeOf = (name: string): AppOpMode => ops.find((op) => op.op === name)?.mode ?? defaultModeOf(name);
    for (const op of ops) lines.push(...opEntryLines(op, { sdk, now, timeZone: state.timeZone, modeOf }));
  }
  return lines;
};

const preambleLines = (context: DumpContext): string[] => {
  const { sdk, state } = context;
  if (sdk < Sdk.P) return [];
  const lines = [
    '  Settings:',
    '    top_state_settle_time=+5s0ms',
    '    fg_service_state_settle_time=+5s0ms',
    '    bg_state_settle_time=+1s0ms',
    '',
  ];
  const owners = state.devicePolicy.profileOwners;
  if (sdk >= Sdk.U && owners.length > 0) {
    lines.push('  Profile owners:');
    for (const owner of owners) {
      const pkg = state.packages.get(owner.component.split('/')[0] ?? '');
      if (pkg !== undefined)
        lines.push(`    User #${owner.userId}: ${formatUid(owner.userId * 100_000 + pkg.appId)}`);
    }
    lines.push('');
  }
  return lines;
};

const optionValue = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  return index < 0 ? undefined : args[index + 1];
};

/** The text of `dumpsys appops <args…>`. */
export const formatAppOpsDump = (context: DumpContext, args: readonly string[]): string => {
  const packageName = optionValue(args, '--package');
  const op = optionValue(args, '--op');
  const filter: { packageName?: string; op?: string } = {};
  if (packageName !== undefined) filter.packageName = packageName;
  if (op !== undefined) filter.op = op;
  const lines = ['Current AppOps Service state:'];
  if (packageName === undefined && op === undefined) lines.push(...preambleLines(context));
  for (const uid of collectUidOps(context.state, filter)) lines.push(...uidBlockLines(context, uid));
  if (context.sdk >= Sdk.R && packageName === undefined) lines.push('', '', '  AppOps policy not set.');
  return joinLines(lines);
};
