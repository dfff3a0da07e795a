// An in-memory phone for engine tests: one value per step target (granted or an op mode),
// fake executors over it, and hooks to make a step fail, refuse, hang up or lie.
import type { ActionContext, ActionExecutor } from '../../../main/actions/action-executor';
import type { ActionKind, PlannedStep, PriorState } from '../../../main/actions/action-types';
import { ActionKind as Kinds } from '../../../main/actions/action-types';
import type { DeviceSession } from '../../../main/adb/device-session';

export interface FakeHooks {
  /** Runs before apply changes the phone (may throw). */
  beforeApply?: (step: PlannedStep) => Promise<void> | void;
  /** Runs after apply changed the phone (may throw: "connection dropped after the change"). */
  afterApply?: (step: PlannedStep) => Promise<void> | void;
  /** apply returns without changing anything (a silent no-op build). */
  silentNoOp?: (step: PlannedStep) => boolean;
}

export const keyOf = (step: PlannedStep): string =>
  `${step.target.packageName}|${step.target.permission ?? step.target.op ?? step.target.component ?? 'app'}`;

export class FakePhone {
  readonly state = new Map<string, PriorState>();
  readonly calls: string[] = [];
  hooks: FakeHooks = {};
  fingerprint = 'fake/phone:14/UQ1A/1:user/release-keys';

  read(step: PlannedStep): PriorState {
    return this.state.get(keyOf(step)) ?? { granted: true, flags: ['USER_SET'] };
  }

  session(serial = 'fake-1'): DeviceSession {
    const fail = (): never => {
      throw new Error('the fake session runs no shell commands');
    };
    return {
      serial,
      server: 'fake:0',
      run: fail,
      runChecked: fail,
      stream: fail,
      pull: fail,
      getProperties: async () => ({ 'ro.build.fingerprint': this.fingerprint, 'ro.serialno': serial }),
    } as unknown as DeviceSession;
  }

  executor(): ActionExecutor {
    return {
      check: async () => undefined,
      describe: (step) => [`fake ${step.kind} ${keyOf(step)}`],
      readPrior: async (_context: ActionContext, step) => {
        this.calls.push(`readPrior ${step.id}`);
        return this.read(step);
      },
      apply: async (_context, step) => {
        this.calls.push(`apply ${step.id}`);
        await this.hooks.beforeApply?.(step);
        if (this.hooks.silentNoOp?.(step) !== true) {
          this.state.set(keyOf(step), { granted: false, flags: ['USER_SET', 'USER_FIXED'] });
        }
        await this.hooks.afterApply?.(step);
      },
      verify: async (_context, step) => {
        this.calls.push(`verify ${step.id}`);
        const observed = this.read(step);
        return { ok: observed.granted === false, observed };
      },
      undo: async (_context, step, prior) => {
        this.calls.push(`undo ${step.id}`);
        this.state.set(keyOf(step), prior);
      },
    };
  }

  executors(): Record<ActionKind, ActionExecutor> {
    const executor = this.executor();
    return Object.fromEntries(Object.values(Kinds).map((kind) => [kind, executor])) as Record<
      ActionKind,
      ActionExecutor
    >;
  }
}

export const planOf = (count: number, options: { serial?: string; fingerprint?: string } = {}) => ({
  schemaVersion: 1 as const,
  id: 'plan-1',
  createdAtMs: 0,
  device: {
    serial: options.serial ?? 'fake-1',
    fingerprint: options.fingerprint ?? 'fake/phone:14/UQ1A/1:user/release-keys',
    sdk: 34,
  },
  steps: Array.from({ length: count }, (_, index): PlannedStep => ({
    id: String(index + 1),
    kind: 'revoke-permission',
    target: {
      packageName: `com.example.app${index + 1}`,
      userId: 0,
      permission: 'android.permission.CAMERA',
    },
    commands: [],
    expected: { en: 'revoked', zh: '已撤销' },
    undo: { en: 'grant back', zh: '重新授予' },
  })),
  skipped: [],
});
