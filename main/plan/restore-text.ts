// The expected effect and the undo of the steps of a snapshot restore, in en and zh: what a
// permission (grant + flags), an app op, an app's state or a special-access component is
// brought back to.
import type { AppStateTarget, StepTarget } from '../actions/action-types';
import type { StepText } from './step-text';

const short = (name: string): string => name.replace(/^android\.permission\./, '');

export const restorePermissionText = (options: {
  packageName: string;
  permission: string;
  granted: boolean;
  flags: readonly string[];
}): StepText => {
  const { packageName: pkg, granted } = options;
  const permission = short(options.permission);
  const flags = options.flags.length === 0 ? 'none' : options.flags.join(', ');
  return {
    expected: {
      en: `${pkg}: ${permission} is ${granted ? 'granted' : 'revoked'} again as recorded (flags: ${flags}).`,
      zh: `${pkg}：按记录${granted ? '重新授予' : '撤销'} ${permission} 权限（标志：${flags === 'none' ? '无' : flags}）。`,
    },
    undo: {
      en: `Return ${permission} to its grant and flags before the restore.`,
      zh: `将 ${permission} 的授权和标志恢复到还原前的状态。`,
    },
  };
};

export const restoreOpText = (options: { packageName: string; op: string; mode: string }): StepText => {
  const { packageName: pkg, op, mode } = options;
  return {
    expected: {
      en: `App op ${op} of ${pkg} is set back to ${mode} as recorded.`,
      zh: `按记录将 ${pkg} 的应用操作 ${op} 恢复为 ${mode}。`,
    },
    undo: {
      en: `Set app op ${op} back to its mode before the restore.`,
      zh: `将应用操作 ${op} 恢复为还原前的模式。`,
    },
  };
};

const APP_STATE_WORDS = {
  installed: { en: 'installed for user {user}', zh: '已为用户 {user} 安装' },
  hidden: { en: 'hidden', zh: '已隐藏' },
  shown: { en: 'not hidden', zh: '未隐藏' },
  suspended: { en: 'suspended', zh: '已暂停' },
  unsuspended: { en: 'not suspended', zh: '未暂停' },
  default: { en: 'enabled (default state)', zh: '默认状态（启用）' },
  enabled: { en: 'enabled', zh: '已启用' },
  disabled: { en: 'disabled', zh: '已停用' },
} as const;

type AppStateWord = keyof typeof APP_STATE_WORDS;

const appStateWords = (appState: AppStateTarget): AppStateWord[] => {
  const words: AppStateWord[] = [];
  if (appState.installed === true) words.push('installed');
  if (appState.hidden !== undefined) words.push(appState.hidden ? 'hidden' : 'shown');
  if (appState.suspended !== undefined) words.push(appState.suspended ? 'suspended' : 'unsuspended');
  if (appState.enabled !== undefined) {
    words.push(
      appState.enabled === 'default' ? 'default' : appState.enabled === 'enabled' ? 'enabled' : 'disabled',
    );
  }
  return words;
};

/** Text of a restore-app-state step: the recorded state the app is brought back to. */
export const restoreAppStateText = (options: {
  packageName: string;
  userId: number;
  appState: AppStateTarget;
}): StepText => {
  const { packageName: pkg, userId } = options;
  const words = appStateWords(options.appState);
  const list = (language: 'en' | 'zh', separator: string) =>
    words.map((word) => APP_STATE_WORDS[word][language].replace('{user}', String(userId))).join(separator);
  return {
    expected: {
      en: `${pkg} is brought back to its recorded state: ${list('en', ', ')}.`,
      zh: `按记录将 ${pkg} 恢复为：${list('zh', '、')}。`,
    },
    undo: {
      en: `Return ${pkg} to its state before the restore (its data is never deleted).`,
      zh: `将 ${pkg} 恢复到还原前的状态（数据不会被删除）。`,
    },
  };
};

/** Text of a set-component-access step: an accessibility service or listener on or off again. */
export const componentAccessText = (target: StepTarget): StepText => {
  const component = target.component ?? target.packageName;
  const on = target.enabled === true;
  if (target.access === 'notification-listener') {
    return {
      expected: on
        ? {
            en: `${component} may read notifications again, as recorded.`,
            zh: `按记录重新允许 ${component} 读取通知。`,
          }
        : {
            en: `${component} can no longer read notifications, as recorded.`,
            zh: `按记录禁止 ${component} 读取通知。`,
          },
      undo: { en: 'Restore the previous list of notification listeners.', zh: '恢复原来的通知使用权列表。' },
    };
  }
  return {
    expected: on
      ? {
          en: `Accessibility service ${component} is turned on again, as recorded.`,
          zh: `按记录重新开启无障碍服务 ${component}。`,
        }
      : {
          en: `Accessibility service ${component} is turned off, as recorded.`,
          zh: `按记录关闭无障碍服务 ${component}。`,
        },
    undo: {
      en: 'Restore the previous list of enabled accessibility services.',
      zh: '恢复原来已启用的无障碍服务列表。',
    },
  };
};

/** "2026-11-29 00:52 UTC": the scan's time, the same in both languages and every time zone. */
const utcMinute = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Why each restore step is there: the scan it comes from (its id when stored, and its time). */
export const restoreReason = (options: { takenAtMs: number; scanId?: number | undefined }) => {
  const when = utcMinute(options.takenAtMs);
  return options.scanId === undefined
    ? { en: `As recorded in the scan of ${when}.`, zh: `与 ${when} 的扫描记录一致。` }
    : {
        en: `As recorded in scan #${options.scanId} (${when}).`,
        zh: `与扫描 #${options.scanId}（${when}）的记录一致。`,
      };
};
