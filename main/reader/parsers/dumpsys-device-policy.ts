// `dumpsys device_policy` (DevicePolicyManagerService.dump → Owners/OwnersData.dump and the
// per-user DevicePolicyData): `  Device Owner: ` (trailing space) with `admin=ComponentInfo{…}`,
// `package=`, `User ID: N`; `Profile Owner (User N): ` with the same fields; `Enabled Device
// Admins (User N, provisioningState: S):` followed by one `pkg/.Receiver:` line per active
// admin (ComponentName.flattenToShortString). Lines that look blank hold two spaces.
// Sample: dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt (FORMATS.md §6).
import { isComponentName, isPackageName } from './device-names';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface PolicyOwner {
  /** `pkg/cls` from `admin=ComponentInfo{pkg/cls}`; absent when only `package=` was printed. */
  readonly component?: string;
  readonly packageName: string;
  readonly userId?: number;
}

export interface DevicePolicyState {
  readonly deviceOwner?: PolicyOwner;
  readonly profileOwners: readonly (PolicyOwner & { readonly userId: number })[];
  /** Active device admins per user, as `pkg/.Receiver`. */
  readonly activeAdmins: readonly { readonly userId: number; readonly components: readonly string[] }[];
}

const DEVICE_OWNER = /^\s*Device Owner:\s*$/;
const PROFILE_OWNER = /^\s*Profile Owner \(User (\d{1,10})\):\s*$/;
const ADMINS = /^\s*Enabled Device Admins \(User (\d{1,10})(?:,[^)]*)?\):\s*$/;
const ADMIN_ENTRY = /^\s+([^\s=:]+\/[^\s=:]+):$/;
const COMPONENT_INFO = /^\s*admin=ComponentInfo\{([^}]*)\}\s*$/;
const PACKAGE = /^\s*package=(\S+)\s*$/;
const USER_ID = /^\s*User ID:\s*(\d{1,10})\s*$/;
const FAILURE = /^(Can't find service|Permission Denial)/;

interface OwnerDraft {
  component?: string;
  packageName?: string;
  userId?: number;
}

type Context =
  { kind: 'owner'; owner: OwnerDraft; profileUser?: number } | { kind: 'admins'; userId: number };

export const parseDevicePolicy = (text: string): ParseResult<DevicePolicyState> => {
  const sink = new WarningSink('dumpsys device_policy');
  let deviceOwner: OwnerDraft | undefined;
  const profileOwners: { owner: OwnerDraft; userId: number }[] = [];
  const admins = new Map<number, string[]>();
  let context: Context | undefined;

  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    let match: RegExpExecArray | null;
    if (FAILURE.test(line)) {
      sink.warn(`device policy not dumped: ${line.slice(0, 120)}`, lineNo);
    } else if (DEVICE_OWNER.test(line)) {
      deviceOwner = {};
      context = { kind: 'owner', owner: deviceOwner };
    } else if ((match = PROFILE_OWNER.exec(line)) !== null) {
      const owner: OwnerDraft = {};
      const userId = Number(match[1]);
      profileOwners.push({ owner, userId });
      context = { kind: 'owner', owner, profileUser: userId };
    } else if ((match = ADMINS.exec(line)) !== null) {
      const userId = Number(match[1]);
      if (!admins.has(userId)) admins.set(userId, []);
      context = { kind: 'admins', userId };
    } else if (context?.kind === 'owner') {
      const { owner } = context;
      if ((match = COMPONENT_INFO.exec(line)) !== null) {
        const component = match[1] ?? '';
        if (isComponentName(component)) owner.component = component;
        else sink.warn(`not a component name: ${JSON.stringify(component.slice(0, 80))}`, lineNo);
      } else if ((match = PACKAGE.exec(line)) !== null) {
        const name = match[1] ?? '';
        if (isPackageName(name)) owner.packageName = name;
        else sink.warn(`not a package name: ${JSON.stringify(name.slice(0, 80))}`, lineNo);
      } else if ((match = USER_ID.exec(line)) !== null) {
        owner.userId = Number(match[1]);
      } else if (/^ {0,2}\S/.test(line)) {
        context = undefined;
      }
    } else if (context?.kind === 'admins') {
      if ((match = ADMIN_ENTRY.exec(line)) !== null) {
        const component = match[1] ?? '';
        const list = admins.get(context.userId) ?? [];
        if (!isComponentName(component)) {
          sink.warn(`not a component name: ${JSON.stringify(component.slice(0, 80))}`, lineNo);
        } else if (!list.includes(component)) {
          list.push(component);
        }
      } else if (/^ {0,2}\S/.test(line)) {
        context = undefined;
      }
    }
  });

  const finish = (draft: OwnerDraft, userId?: number): PolicyOwner | undefined => {
    const packageName = draft.packageName ?? draft.component?.split('/')[0];
    if (packageName === undefined) return undefined;
    const owner: PolicyOwner = { packageName };
    const withComponent = draft.component === undefined ? owner : { ...owner, component: draft.component };
    const user = userId ?? draft.userId;
    return user === undefined ? withComponent : { ...withComponent, userId: user };
  };
  const owner = deviceOwner === undefined ? undefined : finish(deviceOwner);
  if (deviceOwner !== undefined && owner === undefined)
    sink.warn('Device Owner block without admin or package');
  const profiles = profileOwners.flatMap(({ owner: draft, userId }) => {
    const done = finish(draft, userId);
    return done === undefined ? [] : [{ ...done, userId }];
  });
  const value: DevicePolicyState = {
    ...(owner === undefined ? {} : { deviceOwner: owner }),
    profileOwners: profiles,
    activeAdmins: [...admins].map(([userId, components]) => ({ userId, components })),
  };
  return { value, warnings: sink.warnings, partial: false };
};
