// Messages of "Open this settings screen on the phone" (App detail and Overview special access):
// what adb cannot change and where on the phone to change it. zh-CN has exactly the same keys.
export const phoneSettingsViewsEn = {
  'phoneSettings.open.device-admin': 'Open device admin apps on the phone',
  'phoneSettings.open.accessibility': 'Open accessibility settings on the phone',
  'phoneSettings.open.notification-listener': 'Open notification access on the phone',
  'phoneSettings.open.usage-access': 'Open usage access on the phone',
  'phoneSettings.open.overlay': 'Open “Display over other apps” for this app on the phone',
  'phoneSettings.open.app-details': 'Open App info for this app on the phone',
  'phoneSettings.opening': 'Opening it on the phone…',
  'phoneSettings.opened': 'It is open on the phone now. Carry on there.',
  'phoneSettings.openedFallback':
    'This phone has no such screen, so the closest settings screen opened instead. Carry on there.',
  'phoneSettings.guidance.device-admin':
    'Android does not let PrivacyScope turn off a device admin: only you can, on the phone. Open Device admin apps (usually under Settings → Security), turn this app off, and then its other access can be revoked or the app removed.',
  'phoneSettings.guidance.overview.device-admin': 'Device admins can only be turned off on the phone itself.',
} as const;

export const phoneSettingsViewsZhCN: { readonly [K in keyof typeof phoneSettingsViewsEn]: string } = {
  'phoneSettings.open.device-admin': '在手机上打开“设备管理应用”',
  'phoneSettings.open.accessibility': '在手机上打开“无障碍”设置',
  'phoneSettings.open.notification-listener': '在手机上打开“通知使用权”',
  'phoneSettings.open.usage-access': '在手机上打开“使用情况访问权限”',
  'phoneSettings.open.overlay': '在手机上打开此应用的“显示在其他应用的上层”',
  'phoneSettings.open.app-details': '在手机上打开此应用的“应用信息”',
  'phoneSettings.opening': '正在手机上打开…',
  'phoneSettings.opened': '已在手机上打开，请在手机上继续操作。',
  'phoneSettings.openedFallback': '这台手机上没有这个页面，已改为打开最接近的设置页面，请在手机上继续操作。',
  'phoneSettings.guidance.device-admin':
    '安卓不允许 PrivacyScope 停用设备管理应用，只能由你在手机上操作：打开“设备管理应用”（一般在“设置 → 安全”中），关闭此应用，之后才能撤销它的其他权限或将其卸载。',
  'phoneSettings.guidance.overview.device-admin': '设备管理应用只能在手机上由你亲自停用。',
};
