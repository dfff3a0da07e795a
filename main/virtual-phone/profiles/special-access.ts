// Special-access shorthands of a profile package (`"special": ["overlay", …]`) turned into
// what a real phone stores: an app-op mode, a requested permission, a secure setting, a
// declared component, a device-admin entry or a deviceidle whitelist entry.
import type { AppOpMode, DeclaredComponents } from '../android/phone-state';

export interface SpecialEffects {
  permissions: string[];
  /** Op → mode. */
  ops: Record<string, AppOpMode>;
  components: DeclaredComponents;
  /** Secure settings keys → components (pkg/cls) to append, colon-separated. */
  secureAppends: { key: string; value: string }[];
  deviceAdmins: string[];
  batteryExempt: boolean;
}

const OP_SPECIALS: Readonly<Record<string, { permission: string; op: string }>> = {
  overlay: { permission: 'android.permission.SYSTEM_ALERT_WINDOW', op: 'SYSTEM_ALERT_WINDOW' },
  'usage-access': { permission: 'android.permission.PACKAGE_USAGE_STATS', op: 'GET_USAGE_STATS' },
  'install-unknown': {
    permission: 'android.permission.REQUEST_INSTALL_PACKAGES',
    op: 'REQUEST_INSTALL_PACKAGES',
  },
  'all-files': { permission: 'android.permission.MANAGE_EXTERNAL_STORAGE', op: 'MANAGE_EXTERNAL_STORAGE' },
  'write-settings': { permission: 'android.permission.WRITE_SETTINGS', op: 'WRITE_SETTINGS' },
  'exact-alarm': { permission: 'android.permission.SCHEDULE_EXACT_ALARM', op: 'SCHEDULE_EXACT_ALARM' },
};

export const specialEffects = (packageName: string, specials: readonly string[]): SpecialEffects => {
  const effects: SpecialEffects = {
    permissions: [],
    ops: {},
    components: {},
    secureAppends: [],
    deviceAdmins: [],
    batteryExempt: false,
  };
  for (const special of specials) {
    const byOp = OP_SPECIALS[special];
    if (byOp !== undefined) {
      effects.permissions.push(byOp.permission);
      effects.ops[byOp.op] = 'allow';
      continue;
    }
    if (special === 'battery-exempt') {
      effects.batteryExempt = true;
      continue;
    }
    const [kind, cls = ''] = special.split(':');
    const component = `${packageName}/${cls}`;
    if (kind === 'accessibility') {
      (effects.components.accessibilityServices ??= []).push(cls);
      effects.secureAppends.push({ key: 'enabled_accessibility_services', value: component });
      effects.secureAppends.push({ key: 'accessibility_enabled', value: '1' });
      effects.ops['BIND_ACCESSIBILITY_SERVICE'] = 'allow';
    } else if (kind === 'notification-listener') {
      (effects.components.notificationListeners ??= []).push(cls);
      effects.secureAppends.push({ key: 'enabled_notification_listeners', value: component });
    } else if (kind === 'device-admin') {
      (effects.components.deviceAdminReceivers ??= []).push(cls);
      effects.deviceAdmins.push(component);
    } else if (kind === 'input-method') {
      (effects.components.inputMethods ??= []).push(cls);
      effects.secureAppends.push({ key: 'enabled_input_methods', value: component });
    }
  }
  return effects;
};
