// Small dumpsys services: `deviceidle [whitelist]` (DeviceIdleController.dump / the shell's
// `whitelist` listing: `system,<pkg>,<uid>` / `user,<pkg>,<uid>`) and `accessibility`
// (AccessibilityManagerService.dump in the Android 14 style of dumpsys-accessibility_emulator_14.txt:
// `Enabled services:{{pkg/.Cls}}` from the enabled_accessibility_services setting).
import { joinLines, type DumpContext } from './dump-context';
import { shortComponent } from './package/resolver-tables';

export const formatDeviceIdleDump = (context: DumpContext, args: readonly string[]): string => {
  const { state } = context;
  const entries = state.deviceIdleWhitelist.map((name) => ({ name, appId: state.packages.get(name)?.appId }));
  if (args[0] === 'whitelist') {
    return joinLines(entries.map((entry) => `user,${entry.name},${entry.appId ?? 0}`));
  }
  return joinLines([
    '  Whitelist user apps:',
    ...entries.map((entry) => `    ${entry.name}`),
    '  Whitelist user app ids:',
    ...entries.map((entry) => `    ${entry.appId ?? 0}`),
  ]);
};

export const formatAccessibilityDump = (context: DumpContext): string => {
  const { state } = context;
  const lines = ['ACCESSIBILITY MANAGER (dumpsys accessibility)', '', 'currentUserId=0'];
  for (const user of state.users) {
    const setting = state.settings.secure.get(user.id)?.get('enabled_accessibility_services') ?? '';
    const enabled = setting
      .split(':')
      .filter((entry) => entry.includes('/'))
      .map((entry) => {
        const [pkg = '', cls = ''] = entry.split('/');
        return `{${shortComponent(pkg, cls)}}`;
      });
    lines.push(
      'User state[',
      `     attributes:{id=${user.id}, touchExplorationEnabled=false, serviceHandlesDoubleTap=false}`,
      '     shortcut key:{}',
      '     button:{}',
      '     button target:{null}',
      `     Bound services:{}`,
      `     Enabled services:{${enabled.join(', ')}}`,
      '     Binding services:{}',
      '     Crashed services:{}',
      ']',
    );
  }
  return joinLines(lines);
};
