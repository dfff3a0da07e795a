// `dumpsys usagestats` (UsageStatsService.dump → UserUsageStatsService.dump), enough for
// last-used times, following dumpsys-usagestats_xiaomi-hyperos2_14_full.txt: `user=N `, the
// `Last 24 hour events` with `time="…" type=… package=…` lines, then the in-memory
// daily/weekly/monthly/yearly stats with `package=X totalTimeUsed="…" lastTimeUsed="…" …`
// lines (never-used times print as local epoch 0). Lines keep the device's trailing space.
import type { PackageState } from '../android/phone-state';
import { joinLines, type DumpContext } from './dump-context';
import { hash32 } from './identity';
import { formatLocalDateTime } from './time-format';

const DAY = 86_400_000;

const INTERVALS = [
  { title: 'daily', span: DAY },
  { title: 'weekly', span: 7 * DAY },
  { title: 'monthly', span: 31 * DAY },
  { title: 'yearly', span: Number.POSITIVE_INFINITY },
] as const;

/** DateUtils.formatElapsedTime: `MM:SS`, or `H:MM:SS` from one hour. */
const elapsed = (ms: number): string => {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${minutes}:${seconds}` : `${minutes}:${seconds}`;
};

const range = (context: DumpContext, from: number): string => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: context.state.timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `${format.format(new Date(from))} – ${format.format(new Date(context.now))}`;
};

const usedTime = (pkg: PackageState, userId: number): number =>
  pkg.users[userId]?.lastTimeUsed === undefined ? 0 : 60_000 + (hash32(`${pkg.name}:${userId}`) % 3_000_000);

const packageLine = (context: DumpContext, options: { pkg: PackageState; userId: number }): string => {
  const { pkg, userId } = options;
  const last = pkg.users[userId]?.lastTimeUsed ?? 0;
  const time = formatLocalDateTime(last, context.state.timeZone);
  const total = elapsed(usedTime(pkg, userId));
  const launches = last === 0 ? 0 : 1 + (hash32(pkg.name) % 20);
  return (
    `      package=${pkg.name} totalTimeUsed="${total}" lastTimeUsed="${time}" totalTimeVisible="${total}" ` +
    `lastTimeVisible="${time}" lastTimeComponentUsed="${time}" totalTimeFS="00:00" ` +
    `lastTimeFS="${formatLocalDateTime(0, context.state.timeZone)}" appLaunchCount=${launches} `
  );
};

const eventLines = (
  context: DumpContext,
  options: { packages: PackageState[]; userId: number },
): string[] => {
  const events: { time: number; line: string }[] = [];
  for (const pkg of options.packages) {
    const last = pkg.users[options.userId]?.lastTimeUsed;
    if (last === undefined || context.now - last > DAY) continue;
    const cls = `${pkg.name}.MainActivity`;
    const instance = hash32(`instance:${pkg.name}`) % 300_000_000;
    for (const [offset, type] of [
      [-30_000, 'ACTIVITY_RESUMED'],
      [0, 'ACTIVITY_PAUSED'],
    ] as const) {
      const time = last + offset;
      events.push({
        time,
        line:
          `    time="${formatLocalDateTime(time, context.state.timeZone)}" type=${type} package=${pkg.name} ` +
          `class=${cls} instanceId=${instance} taskRootPackage=${pkg.name} taskRootClass=${cls} flags=0x0 `,
      });
    }
  }
  return events.sort((a, b) => a.time - b.time).map((event) => event.line);
};

/** The text of `dumpsys usagestats`. */
export const formatUsageStatsDump = (context: DumpContext): string => {
  const { state, now } = context;
  const lines: string[] = [];
  for (const user of state.users) {
    const packages = [...state.packages.values()].filter((pkg) => pkg.users[user.id]?.installed === true);
    lines.push(`user=${user.id} `, `  Last 24 hour events (timeRange="${range(context, now - DAY)}" )`);
    lines.push(...eventLines(context, { packages, userId: user.id }));
    for (const interval of INTERVALS) {
      const from = Number.isFinite(interval.span) ? now - interval.span : now - 365 * DAY;
      lines.push(
        `  In-memory ${interval.title} stats`,
        `  timeRange="${range(context, from)}" `,
        '    packages',
      );
      for (const pkg of packages) {
        const last = pkg.users[user.id]?.lastTimeUsed;
        const inRange = interval.title === 'yearly' || (last !== undefined && last >= from);
        if (inRange) lines.push(packageLine(context, { pkg, userId: user.id }));
      }
      lines.push(
        '    ',
        '    ChooserCounts',
        '      ',
        '      ',
        '    configurations',
        '    event aggregations',
      );
    }
    lines.push('  ');
  }
  return joinLines(lines);
};
