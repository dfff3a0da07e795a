// Hide an app for one user without ever deleting its data: probe the ladder of hide-methods.ts
// (`pm hide` → `pm suspend` → `pm disable-user` → `pm uninstall -k`) and keep the first one
// the phone accepts *and* whose effect reads back (`dumpsys package`: hidden / suspended /
// enabled=3 / installed=false). A refusal (MANAGE_USERS for hide, "Shell cannot change
// component state", Failure [...]) moves on to the next method; a lost connection or timeout
// stops at once. Protected packages (protected-packages.ts, plus the input method in use) are
// skipped by check() unless the context carries `expertOverride`.
// The method used is in `verify().observed.method`; undo works from the prior app state
// (install-existing / unhide / unsuspend / default-state|enable), so it is exact even when the
// process died between apply and verify.
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { isProtectedPackage } from '../protected-packages';
import { ActionRefused } from './action-refused';
import { commandText } from './commands';
import {
  type AppState,
  appStateOf,
  hideLadder,
  methodInEffect,
  reverseCommands,
  sameAppState,
} from './hide-methods';
import { readPackage } from './read-package';
import { readSecureSetting } from './read-setting';
import { runStep, tryStep } from './step-commands';
import { parseShellError } from '../../reader/parsers/shell-error';
import { appTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

/** An ActionContext the apply engine may extend with the user's expert override. */
export interface HideContext extends ActionContext {
  readonly expertOverride?: boolean;
}

const expertOverride = (context: ActionContext): boolean => (context as HideContext).expertOverride === true;

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const target = appTarget(step);
  const inputMethod = await readSecureSetting(context, {
    key: 'default_input_method',
    userId: target.userId,
  });
  if (isProtectedPackage(target.packageName, { expertOverride: expertOverride(context), inputMethod })) {
    return SkipReason.ProtectedPackage;
  }
  const view = await readPackage(context, target);
  if (!view.installed) return SkipReason.NotInstalled;
  const app = appStateOf(view);
  return app.hidden || app.suspended || app.enabled === 'disabled-user' ? SkipReason.NotGranted : undefined;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] =>
  hideLadder(sdk).map(
    (rung, index) => `${index === 0 ? '' : '# if refused: '}${commandText(rung.command(appTarget(step)))}`,
  );

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => ({
  app: appStateOf(await readPackage(context, appTarget(step))),
});

const priorApp = (prior: PriorState): AppState =>
  prior.app ?? { enabled: 'default', hidden: false, suspended: false, installed: true };

const readApp = async (context: ActionContext, step: PlannedStep): Promise<AppState> =>
  appStateOf(await readPackage(context, appTarget(step)));

const apply = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = appTarget(step);
  const before = priorApp(prior);
  const refusals: string[] = [];
  let last: { message: string; exitCode: number } | undefined;
  for (const rung of hideLadder(context.sdk)) {
    const output = await tryStep(context, rung.command(target));
    const message = output.stdout.trim();
    const refused = output.exitCode !== 0 || parseShellError(message) !== undefined;
    if (!refused && rung.holds(await readApp(context, step))) return;
    refusals.push(`${rung.method}: ${message === '' ? `no effect (exit ${output.exitCode})` : message}`);
    last = { message: message === '' ? refusals.join('\n') : message, exitCode: output.exitCode };
    // A method that changed something without holding (never seen) is put back before the next.
    const now = await readApp(context, step);
    for (const command of reverseCommands(target, { prior: before, now })) await runStep(context, command);
  }
  throw new ActionRefused(`hiding ${target.packageName}`, {
    deviceMessage: last?.message ?? 'no hiding method is available on this Android version',
    details: refusals,
    ...(last === undefined ? {} : { exitCode: last.exitCode }),
  });
};

const verify = async (
  context: ActionContext,
  step: PlannedStep,
  prior: PriorState,
): Promise<Verification> => {
  const now = await readApp(context, step);
  const method = methodInEffect(priorApp(prior), now);
  return { ok: method !== undefined, observed: { app: now, ...(method === undefined ? {} : { method }) } };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = appTarget(step);
  const wanted = priorApp(prior);
  const now = await readApp(context, step);
  for (const command of reverseCommands(target, { prior: wanted, now })) await runStep(context, command);
  const after = await readApp(context, step);
  if (!sameAppState(after, wanted)) {
    throw new UndoNotVerified(`hiding ${target.packageName}`, { expected: prior, observed: { app: after } });
  }
};

export const hideAppExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
