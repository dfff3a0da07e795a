// The expected effect and the undo of each kind of step, in en and zh, for the plan preview.
import type { ActionKind, StepTarget } from '../actions/action-types';
import { componentAccessText, restoreAppStateText } from './restore-text';

export interface StepText {
  readonly expected: { readonly en: string; readonly zh: string };
  readonly undo: { readonly en: string; readonly zh: string };
}

const short = (name: string | undefined): string => (name ?? '?').replace(/^android\.permission\./, '');

export const stepText = (kind: ActionKind, target: StepTarget): StepText => {
  const pkg = target.packageName;
  const permission = short(target.permission);
  const op = target.op ?? target.permission ?? '?';
  switch (kind) {
    case 'revoke-permission':
      return {
        expected: {
          en: `${pkg} loses ${permission}; the permission is marked user-fixed so the app cannot ask again.`,
          zh: `${pkg} 失去 ${permission} 权限，并标记为用户固定，应用无法再次申请。`,
        },
        undo: {
          en: `Grant ${permission} back and restore its previous flags.`,
          zh: `重新授予 ${permission} 并恢复原有标志。`,
        },
      };
    case 'stand-in':
      return {
        expected: {
          en: `${pkg} keeps ${permission} but receives empty data (app op ${op} set to ignore).`,
          zh: `${pkg} 保留 ${permission} 权限，但只能读到空数据（应用操作 ${op} 设为 ignore）。`,
        },
        undo: {
          en: `Set app op ${op} back to its previous mode.`,
          zh: `将应用操作 ${op} 恢复为原来的模式。`,
        },
      };
    case 'set-app-op':
      return {
        expected: {
          en: `App op ${op} of ${pkg} set to ${target.mode ?? 'ignore'}.`,
          zh: `${pkg} 的应用操作 ${op} 设为 ${target.mode ?? 'ignore'}。`,
        },
        undo: {
          en: `Set app op ${op} back to its previous mode.`,
          zh: `将应用操作 ${op} 恢复为原来的模式。`,
        },
      };
    case 'disable-accessibility-service':
      return {
        expected: {
          en: `Accessibility service ${target.component ?? pkg} is turned off.`,
          zh: `关闭无障碍服务 ${target.component ?? pkg}。`,
        },
        undo: {
          en: 'Restore the previous list of enabled accessibility services.',
          zh: '恢复原来已启用的无障碍服务列表。',
        },
      };
    case 'disallow-notification-listener':
      return {
        expected: {
          en: `${target.component ?? pkg} can no longer read notifications.`,
          zh: `${target.component ?? pkg} 不能再读取通知。`,
        },
        undo: { en: 'Allow the notification listener again.', zh: '重新允许该通知监听器。' },
      };
    case 'hide-app':
      return {
        expected: {
          en: `${pkg} is hidden for user ${target.userId} (hide, else suspend, else disable, else uninstall keeping data).`,
          zh: `为用户 ${target.userId} 隐藏 ${pkg}（依次尝试隐藏、暂停、停用、保留数据卸载）。`,
        },
        undo: {
          en: `Bring ${pkg} back exactly as it was (its data is never deleted).`,
          zh: `将 ${pkg} 恢复原状（数据不会被删除）。`,
        },
      };
    case 'reset-app':
      return {
        expected: {
          en: `${pkg}'s permissions and app ops are reset to the app's defaults.`,
          zh: `${pkg} 的权限和应用操作恢复为默认。`,
        },
        undo: { en: 'Restore the recorded permissions and app ops.', zh: '恢复记录的权限和应用操作。' },
      };
    case 'restore-grant':
      return {
        expected: {
          en: `${pkg} gets ${permission} back as recorded.`,
          zh: `按记录恢复 ${pkg} 的 ${permission} 权限。`,
        },
        undo: {
          en: `Return ${permission} to its state before the restore.`,
          zh: `将 ${permission} 恢复到还原前的状态。`,
        },
      };
    case 'restore-app-state':
      return restoreAppStateText({
        packageName: pkg,
        userId: target.userId,
        appState: target.appState ?? {},
      });
    case 'set-component-access':
      return componentAccessText(target);
  }
};
