// Bring one app back to the state an earlier scan recorded for one user — the app-state half
// of "restore a snapshot", in both directions: `cmd package install-existing`, `pm unhide|hide`,
// `pm unsuspend|suspend`, `pm enable|default-state|disable-user` (app-state-change.ts). A new
// executor rather than hide-app: hide-app probes a ladder until *some* hiding holds, a restore
// must reach one exact recorded state (and may also need to un-hide). The target names only
// the aspects to bring back (StepTarget.appState); the others are left alone. A restore never
// uninstalls (`installed: false` is refused); only undo may `pm uninstall -k` (data kept) when
// the app was not installed before. Protected packages are never hidden, suspended or
// disabled without the expert override (check(), like hide-app; the planner skips them too).
// Undo works from the full prior app state, read before acting.
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { AppStateTarget, PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { isProtectedPackage } from '../protected-packages';
import { StepNotApplicable } from './action-refused';
import { appStateCommands, oppositeOf, showsAspects, takesAway, wantedAppState } from './app-state-change';
import { commandText } from './commands';
import type { HideContext } from './hide-app';
import { type AppState, appStateOf, sameAppState } from './hide-methods';
import { readPackage } from './read-package';
import { readSecureSetting } from './read-setting';
import { runStep } from './step-commands';
import { appTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

const aspectsOf = (step: PlannedStep): AppStateTarget => {
  const aspects = step.target.appState;
  if (aspects === undefined || Object.values(aspects).every((value) => value === undefined)) {
    throw new StepNotApplicable(
      SkipReason.Unsupported,
      `restore-app-state step ${step.id} names no app state`,
    );
  }
  if (aspects.installed === false) {
    throw new StepNotApplicable(SkipReason.KeptInstalled, `a restore never uninstalls (step ${step.id})`);
  }
  return aspects;
};

const readApp = async (context: ActionContext, step: PlannedStep): Promise<AppState> =>
  appStateOf(await readPackage(context, appTarget(step)));

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const aspects = aspectsOf(step);
  const target = appTarget(step);
  if (takesAway(aspects)) {
    const inputMethod = await readSecureSetting(context, {
      key: 'default_input_method',
      userId: target.userId,
    });
    const expertOverride = (context as HideContext).expertOverride === true;
    if (isProtectedPackage(target.packageName, { expertOverride, inputMethod }))
      return SkipReason.ProtectedPackage;
  }
  const view = await readPackage(context, target);
  return view.known ? undefined : SkipReason.NotInstalled;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const aspects = aspectsOf(step);
  const from = oppositeOf(aspects);
  return appStateCommands(appTarget(step), { from, to: wantedAppState(from, aspects), sdk }).map(commandText);
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => ({
  app: await readApp(context, step),
});

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  const aspects = aspectsOf(step);
  // A restore plan is built from stored scans, without the phone: the input method in use is
  // only known now, so a step that takes an app away is checked again right before it runs.
  if (takesAway(aspects) && (await check(context, step)) === SkipReason.ProtectedPackage) {
    throw new StepNotApplicable(
      SkipReason.ProtectedPackage,
      `${appTarget(step).packageName} is protected (input method in use or core package): not taken away`,
    );
  }
  const now = await readApp(context, step);
  const to = wantedAppState(now, aspects);
  for (const command of appStateCommands(appTarget(step), { from: now, to, sdk: context.sdk })) {
    await runStep(context, command);
  }
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const now = await readApp(context, step);
  return { ok: showsAspects(now, aspectsOf(step)), observed: { app: now } };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const wanted = prior.app;
  if (wanted === undefined) return; // nothing was read before: nothing was changed
  const now = await readApp(context, step);
  for (const command of appStateCommands(appTarget(step), { from: now, to: wanted, sdk: context.sdk })) {
    await runStep(context, command);
  }
  const after = await readApp(context, step);
  if (!sameAppState(after, wanted)) {
    throw new UndoNotVerified(`restoring the state of ${step.target.packageName}`, {
      expected: prior,
      observed: { app: after },
    });
  }
};

export const restoreAppStateExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
