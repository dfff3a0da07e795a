// A step before it is checked and numbered: what a finding or a policy rule asks for, or why
// nothing can be asked.
import type { ActionKind, SkipReason, StepTarget } from '../actions/action-types';
import type { Text } from '../rules/schema';

export interface StepDraft {
  readonly kind: ActionKind;
  readonly target: StepTarget;
  readonly reason?: { readonly findingKind?: string; readonly en: string; readonly zh: string };
  /** Set when the draft is known to be skipped before asking the executor. */
  readonly skip?: SkipReason;
}

export const SKIP_TEXT: Readonly<Record<SkipReason, Text>> = {
  'system-fixed': {
    en: 'The system fixed this permission (SYSTEM_FIXED): it cannot be changed over adb.',
    zh: '该权限由系统固定（SYSTEM_FIXED），无法通过 adb 更改。',
  },
  'policy-fixed': {
    en: 'A device policy fixed this permission (POLICY_FIXED): only the administrator can change it.',
    zh: '该权限由设备策略固定（POLICY_FIXED），只有管理员可以更改。',
  },
  'protected-package': {
    en: 'This package is protected (system UI, launcher, phone, settings…): hiding it could make the phone unusable.',
    zh: '该应用受保护（系统界面、桌面、电话、设置等），隐藏它可能导致手机无法使用。',
  },
  'unsupported-on-this-android': {
    en: 'This Android version does not support this change.',
    zh: '该 Android 版本不支持此项更改。',
  },
  'not-granted': {
    en: 'The permission is not granted: nothing to revoke.',
    zh: '该权限未被授予，无需撤销。',
  },
  'not-installed': { en: 'The app is not installed for this user.', zh: '该应用未为此用户安装。' },
  'kept-installed': {
    en: 'The earlier scan had this app not installed for this user; a restore never uninstalls an app (uninstall it yourself if you want it gone).',
    zh: '之前的扫描中此应用并未为该用户安装；还原从不卸载应用，如不再需要请自行卸载。',
  },
  'shell-cannot': {
    en: 'adb shell cannot change this; do it on the phone in Settings.',
    zh: 'adb shell 无法更改此项，请在手机的"设置"中操作。',
  },
};
