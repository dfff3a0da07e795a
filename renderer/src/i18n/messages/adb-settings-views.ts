// Messages of the adb server port field in Settings (its own module so parallel work on the
// other settings never edits the same catalogue). zh-CN has exactly the same keys.
export const adbSettingsViewsEn = {
  'settings.adbServerPort': 'adb server port',
  'settings.adbServerPortHint':
    'Leave empty for the usual port 5037. A change applies at once: PrivacyScope switches to that server and lists its phones.',
  'settings.invalid.adbServerPort': 'Enter a port from 1024 to 65535.',
} as const;

export const adbSettingsViewsZhCN: { readonly [K in keyof typeof adbSettingsViewsEn]: string } = {
  'settings.adbServerPort': 'adb 服务器端口',
  'settings.adbServerPortHint':
    '留空则使用常用端口 5037。修改后立即生效：PrivacyScope 会切换到该服务器并列出其上的手机。',
  'settings.invalid.adbServerPort': '请输入 1024 到 65535 之间的端口号。',
};
