// Every ActionKind's executor (do → verify → undo). The apply engine looks kinds up here.
import type { ActionExecutor } from '../action-executor';
import { ActionKind } from '../action-types';
import { disableAccessibilityServiceExecutor } from './disable-accessibility-service';
import { disallowNotificationListenerExecutor } from './disallow-notification-listener';
import { hideAppExecutor } from './hide-app';
import { resetAppExecutor } from './reset-app';
import { restoreAppStateExecutor } from './restore-app-state';
import { restoreGrantExecutor } from './restore-grant';
import { revokePermissionExecutor } from './revoke-permission';
import { setAppOpExecutor } from './set-app-op';
import { setComponentAccessExecutor } from './set-component-access';
import { standInExecutor } from './stand-in';

export const EXECUTORS: Readonly<Record<ActionKind, ActionExecutor>> = {
  [ActionKind.RevokePermission]: revokePermissionExecutor,
  [ActionKind.StandIn]: standInExecutor,
  [ActionKind.SetAppOp]: setAppOpExecutor,
  [ActionKind.DisableAccessibilityService]: disableAccessibilityServiceExecutor,
  [ActionKind.DisallowNotificationListener]: disallowNotificationListenerExecutor,
  [ActionKind.HideApp]: hideAppExecutor,
  [ActionKind.ResetApp]: resetAppExecutor,
  [ActionKind.RestoreGrant]: restoreGrantExecutor,
  [ActionKind.RestoreAppState]: restoreAppStateExecutor,
  [ActionKind.SetComponentAccess]: setComponentAccessExecutor,
};

export { ActionRefused, StepNotApplicable } from './action-refused';
export type { HideContext } from './hide-app';
export { HideMethod } from './hide-methods';
export type { ResetAppPrior } from './reset-app';
export type { RestoreGrantTarget } from './restore-grant';
export { UndoNotVerified } from './undo-not-verified';
