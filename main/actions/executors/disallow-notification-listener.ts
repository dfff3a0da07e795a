// Take notification access away from one listener for one user. Android 8.1+ (API 27) has
// `cmd notification disallow_listener COMPONENT [USER]` (NotificationManagerService ShellCmd →
// setNotificationListenerAccessGrantedForUser, which also unbinds); older releases, and any
// phone where the listener is still listed afterwards (e.g. stored in the short `.Cls` form),
// get the secure setting `enabled_notification_listeners` edited directly (ManagedServices
// observes it). Undo: `allow_listener` again (8.1+), then the exact previous string.
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { commandText, notificationListener } from './commands';
import {
  NOTIFICATION_LISTENER_SETTING,
  listsComponent,
  readComponentSetting,
  withoutComponent,
} from './component-setting';
import { settingsGetCommand, writeSecureSetting } from './read-setting';
import { runStep } from './step-commands';
import { componentTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

/** `cmd notification allow_listener|disallow_listener` arrived in Android 8.1 (O MR1). */
export const LISTENER_COMMAND_MIN_SDK = 27;

const setting = (step: PlannedStep) => ({
  key: NOTIFICATION_LISTENER_SETTING,
  userId: componentTarget(step).userId,
});

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const value = await readComponentSetting(context, setting(step));
  return listsComponent(value, componentTarget(step).component) ? undefined : SkipReason.NotGranted;
};

const describe = (step: PlannedStep, sdk: number): readonly string[] => {
  const target = componentTarget(step);
  const edit = `settings --user ${target.userId} put secure ${NOTIFICATION_LISTENER_SETTING} <the list without ${target.component}>`;
  if (sdk < LISTENER_COMMAND_MIN_SDK) return [commandText(settingsGetCommand(setting(step))), edit];
  return [commandText(notificationListener({ ...target, allow: false })), `# if still listed: ${edit}`];
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => ({
  settingValue: await readComponentSetting(context, setting(step)),
});

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  const target = componentTarget(step);
  if (context.sdk >= LISTENER_COMMAND_MIN_SDK) {
    await runStep(context, notificationListener({ ...target, allow: false }));
  }
  const current = await readComponentSetting(context, setting(step));
  if (listsComponent(current, target.component)) {
    await writeSecureSetting(context, {
      ...setting(step),
      value: withoutComponent(current, target.component),
    });
  }
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const value = await readComponentSetting(context, setting(step));
  return { ok: !listsComponent(value, componentTarget(step).component), observed: { settingValue: value } };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const target = componentTarget(step);
  const wanted = prior.settingValue ?? null;
  if (context.sdk >= LISTENER_COMMAND_MIN_SDK && listsComponent(wanted, target.component)) {
    await runStep(context, notificationListener({ ...target, allow: true }));
  }
  if ((await readComponentSetting(context, setting(step))) !== wanted) {
    await writeSecureSetting(context, { ...setting(step), value: wanted });
  }
  const after = await readComponentSetting(context, setting(step));
  if (after !== wanted) {
    throw new UndoNotVerified(`disallow ${target.component}`, {
      expected: prior,
      observed: { settingValue: after },
    });
  }
};

export const disallowNotificationListenerExecutor: ActionExecutor = {
  check,
  describe,
  readPrior,
  apply,
  verify,
  undo,
};
