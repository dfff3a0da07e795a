// App ops of a profile package: the explicit `appOps` entries, the modes special access
// implies, and (with `opHistoryFromGrants`) a seeded access history for the ops behind the
// granted runtime permissions — foreground use in the last days, background location when
// ACCESS_BACKGROUND_LOCATION is held, camera/microphone with durations.
import type {
  AppOpMode,
  AppOpState,
  OpEvent,
  RuntimePermissionState,
  UidStateName,
} from '../android/phone-state';
import { hash32 } from '../dumpsys/identity';
import type { PackageSpec } from './profile-schema';
import { resolveDuration, resolveTime, seededRandom } from './profile-time';
import { opForPermission } from '../../catalogue/runtime-permissions';

type OpSpec = PackageSpec['appOps'][string];
type EventSpec = Exclude<OpSpec, string>['access'][number];

const toEvent = (spec: EventSpec, now: number): OpEvent => {
  if (typeof spec === 'string') return { time: resolveTime(spec, now), uidState: 'top' };
  const event: { time: number; uidState: UidStateName; durationMs?: number; attributionTag?: string } = {
    time: resolveTime(spec.at, now),
    uidState: spec.state ?? 'top',
  };
  if (spec.duration !== undefined) event.durationMs = resolveDuration(spec.duration);
  if (spec.tag !== undefined) event.attributionTag = spec.tag;
  return event;
};

const explicitOp = (op: string, spec: OpSpec, now: number): AppOpState => {
  if (typeof spec === 'string') return { op, mode: spec, accesses: [], rejects: [] };
  const state: AppOpState = {
    op,
    mode: spec.mode,
    accesses: spec.access.map((event) => toEvent(event, now)),
    rejects: spec.reject.map((event) => toEvent(event, now)),
  };
  if (spec.uidMode === true) state.uidMode = true;
  return state;
};

const MEDIA_OPS = new Set(['CAMERA', 'RECORD_AUDIO']);
const LOCATION_OPS = new Set(['COARSE_LOCATION', 'FINE_LOCATION']);

const generatedOp = (
  op: string,
  options: { packageName: string; now: number; background: boolean },
): AppOpState => {
  const random = seededRandom(hash32(`${options.packageName}:${op}`));
  const accesses: OpEvent[] = [];
  const count = 1 + Math.floor(random() * 3);
  const states: UidStateName[] = ['top', 'fg', 'cch'];
  for (let i = 0; i < count; i++) {
    const ago = Math.floor(random() * 3 * 86_400_000) + 60_000;
    const event: { time: number; uidState: UidStateName; durationMs?: number } = {
      time: options.now - ago,
      uidState: states[i % states.length] as UidStateName,
    };
    if (MEDIA_OPS.has(op)) event.durationMs = Math.floor(random() * 120_000) + 500;
    accesses.push(event);
  }
  if (options.background && LOCATION_OPS.has(op)) {
    accesses.push({ time: options.now - Math.floor(random() * 6 * 3_600_000) - 30_000, uidState: 'bg' });
  }
  return { op, mode: 'allow', accesses, rejects: [] };
};

export const buildAppOps = (
  spec: PackageSpec,
  options: {
    now: number;
    specialOps: Record<string, AppOpMode>;
    runtime: RuntimePermissionState[];
    history: boolean;
  },
): AppOpState[] => {
  const { now } = options;
  const ops = new Map<string, AppOpState>();
  for (const [op, mode] of Object.entries(options.specialOps))
    ops.set(op, { op, mode, accesses: [], rejects: [] });
  for (const [op, opSpec] of Object.entries(spec.appOps))
    ops.set(
      `${op}${typeof opSpec !== 'string' && opSpec.uidMode === true ? '#uid' : ''}`,
      explicitOp(op, opSpec, now),
    );
  if (options.history && !spec.system) {
    const background = options.runtime.some(
      (perm) => perm.name === 'android.permission.ACCESS_BACKGROUND_LOCATION' && perm.granted,
    );
    for (const perm of options.runtime) {
      const op = opForPermission(perm.name);
      if (!perm.granted || op === undefined || ops.has(op)) continue;
      ops.set(op, generatedOp(op, { packageName: spec.name, now, background }));
    }
  }
  return [...ops.values()];
};
