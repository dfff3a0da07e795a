// `dumpsys device_policy` (DevicePolicyManagerService.dump → Owners.dump and the per-user
// DevicePolicyData), following dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt:
// `  Device Owner: ` (trailing space), `Profile Owner (User N): `, then `Enabled Device Admins
// (User N, provisioningState: 3):` per user; the blank-looking lines hold two spaces.
import { Sdk, joinLines, type DumpContext } from './dump-context';
import { shortComponent } from './package/resolver-tables';

const POLICIES = ['wipe-data', 'reset-password', 'limit-password', 'watch-login', 'force-lock'];

const fullComponent = (component: string): { pkg: string; cls: string; text: string } => {
  const [pkg = '', rawCls = ''] = component.split('/');
  const cls = rawCls.startsWith('.') ? `${pkg}${rawCls}` : rawCls;
  return { pkg, cls, text: `ComponentInfo{${pkg}/${cls}}` };
};

const ownerLines = (
  context: DumpContext,
  options: {
    title: string;
    owner: { component: string; userId: number; name?: string };
    organizationOwned: boolean;
  },
): string[] => {
  const { pkg, text } = fullComponent(options.owner.component);
  const lines = [
    `  ${options.title}: `,
    `    admin=${text}`,
    `    name=${options.owner.name ?? ''}`,
    `    package=${pkg}`,
  ];
  if (context.sdk >= Sdk.R) lines.push(`    isOrganizationOwnedDevice=${options.organizationOwned}`);
  if (options.title === 'Device Owner') lines.push(`    User ID: ${options.owner.userId}`);
  return lines;
};

const adminLines = (context: DumpContext, component: string): string[] => {
  const { pkg, cls } = fullComponent(component);
  const appId = context.state.packages.get(pkg)?.appId ?? 0;
  return [
    `    ${shortComponent(pkg, cls)}:`,
    `      uid=${appId}`,
    '      testOnlyAdmin=false',
    '      policies:',
    ...POLICIES.map((policy) => `        ${policy}`),
    '      passwordQuality=0x0',
    '      minimumPasswordLength=0',
    '      disableCamera=false',
    '      disableScreenCapture=false',
  ];
};

/** The text of `dumpsys device_policy`. */
export const formatDevicePolicyDump = (context: DumpContext): string => {
  const policy = context.state.devicePolicy;
  const lines = ['Current Device Policy Manager state:'];
  if (policy.deviceOwner !== undefined) {
    lines.push(
      ...ownerLines(context, { title: 'Device Owner', owner: policy.deviceOwner, organizationOwned: true }),
    );
  }
  for (const owner of policy.profileOwners) {
    lines.push(
      ...ownerLines(context, {
        title: `Profile Owner (User ${owner.userId})`,
        owner,
        organizationOwned: false,
      }),
    );
  }
  lines.push('  ', '  ', '  ');
  for (const user of context.state.users) {
    lines.push(`  Enabled Device Admins (User ${user.id}, provisioningState: 3):`);
    for (const admin of policy.activeAdmins.filter((entry) => entry.userId === user.id)) {
      lines.push(...adminLines(context, admin.component));
    }
    lines.push(
      '  ',
      '    mPasswordOwner=-1',
      '    mUserControlDisabledPackages=[]',
      '    mAppsSuspended=false',
      '  ',
    );
  }
  lines.push('  Encryption Status: per-user', '  ', '  Device state cache:', '    Device provisioned: true');
  return joinLines(lines);
};
