// Shorthands in profile packages: a permission without a dot means `android.permission.X`,
// `@name` includes the profile's `permissionSets.name`. Applied to `permissions` and `grants`.
import type { PackageSpec } from './profile-schema';

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

const fullName = (name: string): string => (name.includes('.') ? name : `android.permission.${name}`);

export const expandPermissions = (
  spec: PackageSpec,
  sets: Readonly<Record<string, string[]>>,
): PackageSpec => {
  const permissions: string[] = [];
  for (const entry of spec.permissions) {
    if (entry.startsWith('@')) {
      const set = sets[entry.slice(1)];
      if (set === undefined) throw new ProfileError(`${spec.name}: unknown permission set ${entry}`);
      permissions.push(...set.map(fullName));
    } else {
      permissions.push(fullName(entry));
    }
  }
  const grants = Object.fromEntries(
    Object.entries(spec.grants).map(([name, grant]) => [fullName(name), grant]),
  );
  return { ...spec, permissions: [...new Set(permissions)], grants };
};
