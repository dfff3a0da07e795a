// A device's refusal → a guidance key and what the user can do about it (en/zh). Matches the
// exception *message* that parseShellError pulls out of the three Java envelopes and the
// `Failure [X]` lines (FORMATS.md §0.1, §4.3, §7), never the envelope, so one rule covers
// Android 7 → 16. Sources for the OEM cases: UAD-ng `sync.rs::make_friendly_error_message`
// (Knox DELETE_FAILED_USER_RESTRICTED, DELETE_FAILED_DEVICE_POLICY_MANAGER, not installed for
// user), 0x192/universal-android-debloater#449 (MIUI "USB debugging (Security settings)"),
// PermissionManagerX#22 (`uid 2000 does not have MANAGE_APP_OPS_MODES`), CVE-2016-3833
// (`pm hide` needs MANAGE_USERS since the September 2016 patch).
import { parseShellError } from '../reader/parsers/shell-error';

export const RefusalGuidance = {
  MiuiSecurityDebugging: 'miui-security-debugging',
  AppOpsRefused: 'coloros-app-ops',
  HideNeedsRoot: 'hide-needs-root',
  DevicePolicy: 'device-policy',
  UserRestricted: 'user-restricted',
  NotInstalledForUser: 'not-installed-for-user',
  UserNotAccessible: 'user-not-accessible',
  ShellCannotChangeState: 'shell-cannot-change-state',
  CannotDisableSystem: 'cannot-disable-system',
  OemProtected: 'oem-protected',
  SystemFixed: 'system-fixed',
  PolicyFixed: 'policy-fixed',
  NotChangeable: 'not-changeable',
  NotRequested: 'not-requested',
  UnknownCommand: 'unknown-command',
  UnknownOp: 'unknown-op',
  DeviceRefused: 'device-refused',
} as const;
export type RefusalGuidance = (typeof RefusalGuidance)[keyof typeof RefusalGuidance];

export interface GuidanceText {
  readonly en: string;
  readonly zh: string;
}

interface Rule {
  readonly key: RefusalGuidance;
  readonly pattern: RegExp;
}

// First match wins: the specific OEM cases come before the generic ones.
const RULES: readonly Rule[] = [
  { key: RefusalGuidance.MiuiSecurityDebugging, pattern: /(GRANT|REVOKE)_RUNTIME_PERMISSIONS/ },
  { key: RefusalGuidance.AppOpsRefused, pattern: /MANAGE_APP_OPS_MODES|UPDATE_APP_OPS_STATS/ },
  { key: RefusalGuidance.HideNeedsRoot, pattern: /android\.permission\.MANAGE_USERS/ },
  { key: RefusalGuidance.DevicePolicy, pattern: /DEVICE_POLICY_MANAGER|device (owner|admin)|DevicePolicy/i },
  { key: RefusalGuidance.UserRestricted, pattern: /DELETE_FAILED_USER_RESTRICTED|USER_RESTRICTED/ },
  { key: RefusalGuidance.UserNotAccessible, pattern: /Shell does not have permission to access user/ },
  {
    key: RefusalGuidance.NotInstalledForUser,
    pattern:
      /not installed for \d+|NOT_INSTALLED_FOR_USER|Unknown (target )?package|No UID for \S+ in user|Unable to find package/,
  },
  { key: RefusalGuidance.CannotDisableSystem, pattern: /Cannot disable system packages/ },
  { key: RefusalGuidance.ShellCannotChangeState, pattern: /Shell cannot change component state/ },
  { key: RefusalGuidance.OemProtected, pattern: /DELETE_FAILED_INTERNAL_ERROR/ },
  { key: RefusalGuidance.SystemFixed, pattern: /system fixed permission/i },
  { key: RefusalGuidance.PolicyFixed, pattern: /policy fixed permission/i },
  { key: RefusalGuidance.NotChangeable, pattern: /not a changeable permission type/ },
  { key: RefusalGuidance.NotRequested, pattern: /has not requested permission/ },
  { key: RefusalGuidance.UnknownOp, pattern: /Unknown operation string|Bad operation #/ },
  { key: RefusalGuidance.UnknownCommand, pattern: /[Uu]nknown command|inaccessible or not found/ },
];

const TEXT: Readonly<Record<RefusalGuidance, GuidanceText>> = {
  [RefusalGuidance.MiuiSecurityDebugging]: {
    en: 'The phone does not let USB debugging change permissions. On Xiaomi (MIUI/HyperOS) turn on "USB debugging (Security settings)" in Developer options (it needs a Mi account and a SIM); on OPPO/OnePlus/realme turn off "Disable permission monitoring". Then try again.',
    zh: '手机不允许通过 USB 调试修改权限。小米（MIUI/HyperOS）请在开发者选项中开启“USB 调试（安全设置）”（需要登录小米账号并插入 SIM 卡）；OPPO/一加/真我请关闭“禁止权限监控”。然后重试。',
  },
  [RefusalGuidance.AppOpsRefused]: {
    en: 'The phone refuses app-op changes over USB debugging (the shell lacks MANAGE_APP_OPS_MODES, as on ColorOS). On OPPO/OnePlus/realme turn off "Disable permission monitoring" in Developer options, or change this access in the phone\'s Settings.',
    zh: '手机拒绝通过 USB 调试修改应用权限操作（shell 没有 MANAGE_APP_OPS_MODES，ColorOS 等系统如此）。OPPO/一加/真我请在开发者选项中关闭“禁止权限监控”，或在手机设置中手动更改此权限。',
  },
  [RefusalGuidance.HideNeedsRoot]: {
    en: 'Hiding an app needs root or a device-owner app on this phone (MANAGE_USERS). PrivacyScope falls back to suspending or disabling the app instead.',
    zh: '在此手机上隐藏应用需要 root 或设备所有者应用（MANAGE_USERS 权限）。PrivacyScope 会改为暂停或停用该应用。',
  },
  [RefusalGuidance.DevicePolicy]: {
    en: 'The app is a device administrator or protected by a device policy (MDM). Remove it as a device admin in Settings › Security › Device admin apps first, or ask whoever manages the phone.',
    zh: '该应用是设备管理器或受设备策略（MDM）保护。请先在“设置 › 安全 › 设备管理应用”中取消其管理权限，或联系手机的管理者。',
  },
  [RefusalGuidance.UserRestricted]: {
    en: 'A user restriction (for example Samsung Knox) forbids removing this app for this user. Try disabling it instead, or lift the restriction in the managing app.',
    zh: '用户限制（例如三星 Knox）禁止为此用户移除该应用。请改为停用，或在管理应用中解除限制。',
  },
  [RefusalGuidance.NotInstalledForUser]: {
    en: 'The app is not installed for this user (it may have been removed or never installed there). Scan the phone again.',
    zh: '该应用未为此用户安装（可能已被移除或从未安装）。请重新扫描手机。',
  },
  [RefusalGuidance.UserNotAccessible]: {
    en: 'USB debugging cannot reach this user (work profile, Samsung Secure Folder or second space). Change it on the phone inside that profile.',
    zh: 'USB 调试无法访问此用户（工作资料、三星安全文件夹或手机分身）。请在该空间内的手机设置中更改。',
  },
  [RefusalGuidance.ShellCannotChangeState]: {
    en: "USB debugging cannot change this app's enabled state (it was disabled by the system or needs root).",
    zh: 'USB 调试无法更改此应用的启用状态（它由系统停用，或需要 root）。',
  },
  [RefusalGuidance.CannotDisableSystem]: {
    en: 'This phone (Xiaomi HyperOS) refuses to disable system apps over USB debugging.',
    zh: '此手机（小米 HyperOS）拒绝通过 USB 调试停用系统应用。',
  },
  [RefusalGuidance.OemProtected]: {
    en: 'The phone maker protects this app from removal for this user.',
    zh: '手机厂商禁止为此用户移除该应用。',
  },
  [RefusalGuidance.SystemFixed]: {
    en: 'This permission is fixed by the system and cannot be changed.',
    zh: '此权限由系统固定，无法更改。',
  },
  [RefusalGuidance.PolicyFixed]: {
    en: 'This permission is fixed by a device policy (MDM) and cannot be changed here.',
    zh: '此权限由设备策略（MDM）固定，无法在此更改。',
  },
  [RefusalGuidance.NotChangeable]: {
    en: 'This is not a runtime permission; Android does not let anyone revoke it. Use a privacy stand-in or hide the app instead.',
    zh: '这不是运行时权限，Android 不允许撤销。可改用隐私替身或隐藏应用。',
  },
  [RefusalGuidance.NotRequested]: {
    en: 'The app does not request this permission (anymore). Scan the phone again.',
    zh: '该应用（已）不再申请此权限。请重新扫描手机。',
  },
  [RefusalGuidance.UnknownCommand]: {
    en: 'This Android version does not have the command needed for this change.',
    zh: '此 Android 版本没有执行此更改所需的命令。',
  },
  [RefusalGuidance.UnknownOp]: {
    en: 'This Android version does not know this app op.',
    zh: '此 Android 版本不支持该应用权限操作。',
  },
  [RefusalGuidance.DeviceRefused]: {
    en: 'The phone refused the change. Its message is shown below.',
    zh: '手机拒绝了此更改。手机返回的信息如下。',
  },
};

/** The guidance key for a device message (the raw output or an exception message). */
export const guidanceFor = (deviceMessage: string): RefusalGuidance => {
  const parsed = parseShellError(deviceMessage);
  const texts = parsed === undefined ? [deviceMessage] : [parsed.message, deviceMessage];
  for (const text of texts) {
    const rule = RULES.find((candidate) => candidate.pattern.test(text));
    if (rule !== undefined) return rule.key;
  }
  return RefusalGuidance.DeviceRefused;
};

/** Whether the output carries a recognisable device error (a refusal rather than noise). */
export const isRecognisedRefusal = (deviceMessage: string): boolean =>
  parseShellError(deviceMessage) !== undefined ||
  guidanceFor(deviceMessage) !== RefusalGuidance.DeviceRefused;

export const guidanceText = (key: RefusalGuidance): GuidanceText => TEXT[key];
