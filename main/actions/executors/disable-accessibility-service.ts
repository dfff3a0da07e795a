// Turn off one accessibility service for one user by editing the secure setting
// `enabled_accessibility_services` (what Settings' toggle does through
// AccessibilityUtils.setAccessibilityServiceState; AccessibilityManagerService observes the
// setting and unbinds). `settings --user N get|put|delete secure …` (SettingsService.java).
// Undo writes back the exact previous string, or deletes the key when it was unset (null).
import type { ActionContext, ActionExecutor, Verification } from '../action-executor';
import type { PlannedStep, PriorState } from '../action-types';
import { SkipReason } from '../action-types';
import { commandText } from './commands';
import {
  ACCESSIBILITY_SETTING,
  listsComponent,
  readComponentSetting,
  withoutComponent,
} from './component-setting';
import { settingsGetCommand, writeSecureSetting } from './read-setting';
import { componentTarget } from './step-target';
import { UndoNotVerified } from './undo-not-verified';

const setting = (step: PlannedStep) => ({ key: ACCESSIBILITY_SETTING, userId: componentTarget(step).userId });

const check = async (context: ActionContext, step: PlannedStep): Promise<SkipReason | undefined> => {
  const value = await readComponentSetting(context, setting(step));
  return listsComponent(value, componentTarget(step).component) ? undefined : SkipReason.NotGranted;
};

const describe = (step: PlannedStep): readonly string[] => {
  const { component, userId } = componentTarget(step);
  return [
    commandText(settingsGetCommand(setting(step))),
    `settings --user ${userId} put secure ${ACCESSIBILITY_SETTING} <the list without ${component}>`,
  ];
};

const readPrior = async (context: ActionContext, step: PlannedStep): Promise<PriorState> => ({
  settingValue: await readComponentSetting(context, setting(step)),
});

const apply = async (context: ActionContext, step: PlannedStep): Promise<void> => {
  const current = await readComponentSetting(context, setting(step));
  const value = withoutComponent(current, componentTarget(step).component);
  await writeSecureSetting(context, { ...setting(step), value });
};

const verify = async (context: ActionContext, step: PlannedStep): Promise<Verification> => {
  const value = await readComponentSetting(context, setting(step));
  return { ok: !listsComponent(value, componentTarget(step).component), observed: { settingValue: value } };
};

const undo = async (context: ActionContext, step: PlannedStep, prior: PriorState): Promise<void> => {
  const wanted = prior.settingValue ?? null;
  await writeSecureSetting(context, { ...setting(step), value: wanted });
  const after = await readComponentSetting(context, setting(step));
  if (after !== wanted) {
    throw new UndoNotVerified(`disable ${componentTarget(step).component}`, {
      expected: prior,
      observed: { settingValue: after },
    });
  }
};

export const disableAccessibilityServiceExecutor: ActionExecutor = {
  check,
  describe,
  readPrior,
  apply,
  verify,
  undo,
};
