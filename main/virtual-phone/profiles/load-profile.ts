// Shipped phone profiles and profile files → PhoneState. Profiles are JSON (format in
// ./README.md, schema in ./profile-schema.ts); the shipped ones are imported so the build
// bundles them. `large-N` is generated (./large-phone.ts).
import { readFile } from 'node:fs/promises';
import type { PhoneState } from '../android/phone-state';
import cnFlagship14 from './data/cn-flagship-14.json';
import colorosStrict from './data/coloros-strict.json';
import legacy7 from './data/legacy-7.json';
import miuiStrict from './data/miui-strict.json';
import pixel14 from './data/pixel-14.json';
import { ProfileError } from './expand-permissions';
import { largeProfile, LARGE_PROFILE_PATTERN } from './large-phone';
import { profileSchema, type Profile } from './profile-schema';
import { profileToState } from './profile-to-state';

export { ProfileError };

const SHIPPED: Readonly<Record<string, unknown>> = {
  'cn-flagship-14': cnFlagship14,
  'pixel-14': pixel14,
  'legacy-7': legacy7,
  'miui-strict': miuiStrict,
  'coloros-strict': colorosStrict,
};

export interface LoadProfileOptions {
  /** Phone clock at load (epoch ms); relative profile times resolve against it. Default: now. */
  readonly now?: number;
}

/** Validates a profile object (throws ProfileError listing the problems). */
export const parseProfile = (input: unknown, source = 'profile'): Profile => {
  const result = profileSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ProfileError(`${source} is not a valid phone profile:\n${problems.slice(0, 20).join('\n')}`);
  }
  return result.data;
};

type RawProfile = Record<string, unknown>;

const isObject = (value: unknown): value is RawProfile =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `"extends": "<shipped name>"`: the base profile with this one's fields on top; `props`,
 * `quirks` and `settings.global` merge key by key, `packages` replace same-named ones.
 */
const resolveExtends = (input: unknown, depth = 0): unknown => {
  if (!isObject(input) || typeof input['extends'] !== 'string') return input;
  const baseRaw = SHIPPED[input['extends']];
  if (baseRaw === undefined || depth > 4)
    throw new ProfileError(`Cannot extend unknown profile "${input['extends']}"`);
  const base = resolveExtends(baseRaw, depth + 1) as RawProfile;
  const merged: RawProfile = { ...base, ...input };
  for (const key of ['props', 'quirks']) {
    const [a, b] = [base[key], input[key]];
    if (isObject(a) || isObject(b)) merged[key] = { ...(isObject(a) ? a : {}), ...(isObject(b) ? b : {}) };
  }
  const basePackages = Array.isArray(base['packages']) ? (base['packages'] as RawProfile[]) : [];
  const ownPackages = Array.isArray(input['packages']) ? (input['packages'] as RawProfile[]) : [];
  const ownNames = new Set(ownPackages.map((pkg) => pkg['name']));
  merged['packages'] = [...basePackages.filter((pkg) => !ownNames.has(pkg['name'])), ...ownPackages];
  delete merged['extends'];
  return merged;
};

/** Builds the phone state of a validated or raw profile object. */
export const profileObjectToState = (input: unknown, options: LoadProfileOptions = {}): PhoneState => {
  const profile = parseProfile(resolveExtends(input));
  const hostNow = Date.now();
  const now = profile.clock !== undefined ? Date.parse(profile.clock) : (options.now ?? hostNow);
  return profileToState(profile, { now, hostNow });
};

const rawProfile = async (nameOrPath: string): Promise<unknown> => {
  const shipped = SHIPPED[nameOrPath];
  if (shipped !== undefined) return shipped;
  const large = LARGE_PROFILE_PATTERN.exec(nameOrPath);
  if (large !== null) {
    const count = Number(large[1]);
    if (count < 1 || count > 20_000) throw new ProfileError(`large-N needs 1 ≤ N ≤ 20000, got ${count}`);
    return largeProfile(count);
  }
  if (!nameOrPath.endsWith('.json') && !nameOrPath.includes('/') && !nameOrPath.includes('\\')) {
    const names = [...Object.keys(SHIPPED), 'large-N'].join(', ');
    throw new ProfileError(
      `Unknown phone profile "${nameOrPath}" (shipped: ${names}; or a path to a .json file)`,
    );
  }
  let text: string;
  try {
    text = await readFile(nameOrPath, 'utf8');
  } catch (error) {
    throw new ProfileError(`Cannot read profile ${nameOrPath}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProfileError(`${nameOrPath} is not JSON: ${(error as Error).message}`);
  }
};

/** A shipped profile by name, `large-N`, or a profile JSON file by path. */
export const loadProfile = async (
  nameOrPath: string,
  options: LoadProfileOptions = {},
): Promise<PhoneState> => profileObjectToState(await rawProfile(nameOrPath), options);

/** The shipped profiles (plus the `large-N` pattern). */
export const listProfiles = (): { name: string; description: string }[] => [
  ...Object.entries(SHIPPED).map(([name, raw]) => ({
    name,
    description: (raw as { description?: string }).description ?? '',
  })),
  {
    name: 'large-N',
    description: 'Generated phone with N packages (e.g. large-600), deterministic, for benchmarks.',
  },
];
