// The expected effect and the undo of one restore-grant step of a snapshot restore, in en and
// zh: what the permission (grant + flags) or the app op is brought back to.
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
