// Turn one accessibility service or notification listener on or off for one user — the
// special-access half of "restore a snapshot", in both directions (StepTarget.access +
// `enabled`). One executor for both lists and both directions: they are the same edit of a
// colon-separated secure setting (component-setting.ts), which disable-accessibility-service
// and disallow-notification-listener only do one way. Accessibility services:
// `settings --user N put secure enabled_accessibility_services …` (AccessibilityManagerService
// observes it, binds/unbinds and keeps `accessibility_enabled` in step). Notification
// listeners from Android 8.1: `cmd notification allow_listener|disallow_listener COMPONENT N`
// (NotificationManagerService ShellCmd), then the setting itself when the list still
// disagrees (older releases, or an entry stored in the short `.Cls` form).
// Undo: the same command the other way, then the exact previous string (or the key deleted).
import { arg } from '../../adb/shell-arguments';
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { ComponentAccess, SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';
import { commandText, notificationListener } from './commands';
import {
  ACCESSIBILITY_SETTING,
  NOTIFICATION_LISTENER_SETTING,
  listsComponent,
  readComponentSetting,
  withComponent,
  withoutComponent,
} from './component-setting';
import { LISTENER_COMMAND_MIN_SDK } from './disallow-notification-listener';
import { readPackage } from './read-package';
import { settingsGetCommand, writeSecureSetting } from './read-setting';
import { runStep } from './step-commands';
import { componentTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

const SETTING_OF: Readonly<Record<ComponentAccess, string>> = {
  [ComponentAccess.AccessibilityService]: ACCESSIBILITY_SETTING,
  [ComponentAccess.NotificationListener]: NOTIFICATION_LISTENER_SETTING,
};

const accessTarget = (step: PlannedStep) => {
  const target = componentTarget(step);
  const { access, enabled } = step.target;
  if (access === undefined || !Object.hasOwn(SETTING_OF, access) || enabled === undefined) {
    throw new StepNotApplicable(
      SkipReason.Unsupported,
      `set-component-access step ${step.id} needs an access list and enabled`,
    );
  }
  arg.component(target.component); // the setting edit writes it too: same strict pattern
  return { ...target, access, enabled, setting: { key: SETTING_OF[access], userId: target.userId } };
};

type AccessTarget = ReturnType<typeof accessTarget>;

/** `cmd notification allow|disallow_listener` exists for this list on this Android. */
const usesListenerCommand = (target: AccessTarget, sdk: number): boolean =>
  target.access === ComponentAccess.NotificationListener && sdk >= LISTENER_COMMAND_MIN_SDK;

const edited = (target: AccessTarget, value: string | null, on: boolean): string =>
  on ? withComponent(value, target.component) : withoutComponent(value, target.component);

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const target = accessTarget(step);
  if (!(await readPackage(context, target)).installed) return SkipReason.NotInstalled;
  return undefined;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const target = accessTarget(step);
  const list = `<the list ${target.enabled ? 'with' : 'without'} ${target.component}>`;
  const edit = `settings --user ${target.userId} put secure ${target.setting.key} ${list}`;
  if (!usesListenerCommand(target, sdk)) return [commandText(settingsGetCommand(target.setting)), edit];
  const command = notificationListener({ ...target, allow: target.enabled });
  return [commandText(command), `# if still ${target.enabled ? 'not ' : ''}listed: ${edit}`];
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => ({
  settingValue: await readComponentSetting(context, accessTarget(step).setting),
});

/** Puts the component on (or off) the list: the command where there is one, then the setting. */
const setListed = async (context: ActionContext, target: AccessTarget, on: boolean): Promise<void> => {
  const before = await readComponentSetting(context, target.setting);
  if (listsComponent(before, target.component) === on) return;
  if (usesListenerCommand(target, context.sdk)) {
    await runStep(context, notificationListener({ ...target, allow: on }));
  }
  const current = await readComponentSetting(context, target.setting);
  if (listsComponent(current, target.component) !== on) {
    await writeSecureSetting(context, { ...target.setting, value: edited(target, current, on) });
  }
};

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  const target = accessTarget(step);
  await setListed(context, target, target.enabled);
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const target = accessTarget(step);
  const value = await readComponentSetting(context, target.setting);
  return {
    ok: listsComponent(value, target.component) === target.enabled,
    observed: { settingValue: value },
  };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = accessTarget(step);
  const wanted = prior.settingValue ?? null;
  await setListed(context, target, listsComponent(wanted, target.component));
  if ((await readComponentSetting(context, target.setting)) !== wanted) {
    await writeSecureSetting(context, { ...target.setting, value: wanted });
  }
  const after = await readComponentSetting(context, target.setting);
  if (after !== wanted) {
    throw new UndoNotVerified(`${target.enabled ? 'enabling' : 'disabling'} ${target.component}`, {
      expected: prior,
      observed: { settingValue: after },
    });
  }
};

export const setComponentAccessExecutor: ActionExecutor = { check, describe, readPrior, apply, verify, undo };
