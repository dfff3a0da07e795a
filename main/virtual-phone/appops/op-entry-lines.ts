// The lines of one op inside a `    Package X:` block of `dumpsys appops`, per release
// (AppOpsService.dumpStatesLocked / dumpTimesLocked, FORMATS.md §4.2):
// - ≤ 8:  `      CAMERA: mode=0; time=+5m0s0ms ago; rejectTime=…; duration=…` (one line)
// - 9:    `      CAMERA (allow): ` + `          Access: fg    = <date> (-…)` continuation-aligned
// - 10:   `      CAMERA (allow): ` + `          Access: [fg-s] <date> (-…) duration=+…`
// - 11+:  as 10 but inside `        <tag>=[` … `        ]` per attribution tag, and
//         `(allow / switch COARSE_LOCATION=allow)` for ops that follow a switch op.
// `Reject:` has no space between `]` and the date, `Access:` has one (10, 11, 14 samples).
import type { AppOpMode, AppOpState, OpEvent, UidStateName } from '../android/phone-state';
import { Sdk } from '../dumpsys/dump-context';
import { formatDuration, formatLocalDateTimeMillis } from '../dumpsys/time-format';
import { MODE_NAMES, switchOpOf } from './op-catalogue';

export interface OpLineContext {
  readonly sdk: number;
  readonly now: number;
  readonly timeZone: string;
  /** Mode of another op of the same package (for the switch suffix). */
  readonly modeOf: (op: string) => AppOpMode;
}

const UID_STATES: readonly UidStateName[] = ['pers', 'top', 'fgsvc', 'fg', 'bg', 'cch'];

const latest = (events: readonly OpEvent[], uidState: UidStateName): OpEvent | undefined =>
  events
    .filter((event) => event.uidState === uidState)
    .reduce<OpEvent | undefined>(
      (best, event) => (best === undefined || event.time > best.time ? event : best),
      undefined,
    );

const lastOf = (events: readonly OpEvent[]): OpEvent | undefined =>
  events.reduce<OpEvent | undefined>(
    (best, event) => (best === undefined || event.time > best.time ? event : best),
    undefined,
  );

const legacyLine = (op: AppOpState, context: OpLineContext): string => {
  let line = `      ${op.op}: mode=${MODE_NAMES.indexOf(op.mode)}`;
  const access = lastOf(op.accesses);
  const reject = lastOf(op.rejects);
  if (access !== undefined) line += `; time=${formatDuration(context.now - access.time)} ago`;
  if (reject !== undefined) line += `; rejectTime=${formatDuration(context.now - reject.time)} ago`;
  if (access?.durationMs === -1) line += ' (running)';
  else if (access?.durationMs !== undefined && access.durationMs > 0) {
    line += `; duration=${formatDuration(access.durationMs)}`;
  }
  return line;
};

const header = (op: AppOpState, context: OpLineContext): string => {
  const switchOp = switchOpOf(op.op);
  const switchPart =
    context.sdk >= Sdk.R && switchOp !== undefined ? ` / switch ${switchOp}=${context.modeOf(switchOp)}` : '';
  return `      ${op.op} (${op.mode}${switchPart}): `;
};

const pieTimes = (label: string, events: readonly OpEvent[], context: OpLineContext): string[] => {
  const lines: string[] = [];
  for (const uidState of UID_STATES) {
    const event = latest(events, uidState);
    if (event === undefined) continue;
    const prefix = lines.length === 0 ? `          ${label}: ` : '                  ';
    const date = formatLocalDateTimeMillis(event.time, context.timeZone);
    lines.push(`${prefix}${uidState.padEnd(5, ' ')} = ${date} (${formatDuration(event.time - context.now)})`);
  }
  return lines;
};

const eventLines = (
  events: { accesses: OpEvent[]; rejects: OpEvent[] },
  context: OpLineContext,
  indent: string,
): string[] => {
  const lines: string[] = [];
  let running: OpEvent | undefined;
  for (const uidState of UID_STATES) {
    const access = latest(events.accesses, uidState);
    if (access !== undefined) {
      const date = formatLocalDateTimeMillis(access.time, context.timeZone);
      const duration =
        access.durationMs !== undefined && access.durationMs > 0
          ? ` duration=${formatDuration(access.durationMs)}`
          : '';
      lines.push(
        `${indent}Access: [${uidState}-s] ${date} (${formatDuration(access.time - context.now)})${duration}`,
      );
      if (access.durationMs === -1) running = access;
    }
    const reject = latest(events.rejects, uidState);
    if (reject !== undefined) {
      const date = formatLocalDateTimeMillis(reject.time, context.timeZone);
      lines.push(`${indent}Reject: [${uidState}-s]${date} (${formatDuration(reject.time - context.now)})`);
    }
  }
  if (running !== undefined) {
    lines.push(
      `${indent}Running start at: ${formatDuration(context.now - running.time)}`,
      `${indent}startNesting=1`,
    );
  }
  return lines;
};

const attributedLines = (op: AppOpState, context: OpLineContext): string[] => {
  const tags = new Map<string, { accesses: OpEvent[]; rejects: OpEvent[] }>();
  const bucket = (tag: string | undefined): { accesses: OpEvent[]; rejects: OpEvent[] } => {
    const key = tag ?? 'null';
    let entry = tags.get(key);
    if (entry === undefined) {
      entry = { accesses: [], rejects: [] };
      tags.set(key, entry);
    }
    return entry;
  };
  for (const event of op.accesses) bucket(event.attributionTag).accesses.push(event);
  for (const event of op.rejects) bucket(event.attributionTag).rejects.push(event);
  const lines: string[] = [];
  for (const [tag, events] of tags) {
    lines.push(`        ${tag}=[`, ...eventLines(events, context, '          '), '        ]');
  }
  return lines;
};

/** Every line `dumpsys appops` prints for one package op. */
export const opEntryLines = (op: AppOpState, context: OpLineContext): string[] => {
  const { sdk } = context;
  if (sdk <= 27) return [legacyLine(op, context)];
  const lines = [header(op, context)];
  if (sdk === Sdk.P) {
    lines.push(...pieTimes('Access', op.accesses, context), ...pieTimes('Reject', op.rejects, context));
    const access = lastOf(op.accesses);
    if (access?.durationMs !== undefined && access.durationMs > 0) {
      lines.push(`          duration=${formatDuration(access.durationMs)}`);
    }
    return lines;
  }
  if (sdk === Sdk.Q) return [...lines, ...eventLines(op, context, '          ')];
  return [...lines, ...attributedLines(op, context)];
};

/** `      OP: mode=<mode>` uid-mode line (numeric mode before Android 9). */
export const uidModeLine = (op: AppOpState, sdk: number): string =>
  `      ${op.op}: mode=${sdk <= 27 ? MODE_NAMES.indexOf(op.mode) : op.mode}`;
