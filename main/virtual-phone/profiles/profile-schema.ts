// The JSON format of a phone profile (documented in ./README.md). Everything but `name`,
// `description`, `props` and the package names has a default, so a package can be written as
// `{ "name": "com.example", "permissions": ["android.permission.CAMERA"] }`.
// Times are absolute ISO-8601 strings or relative to the phone clock: "-2h30m", "-3d", "+1h".
import { z } from 'zod';

/** "-2h30m", "+1d", "-45s", "-1d2h3m4s500ms". */
export const RELATIVE_TIME = /^[+-](?:\d+d)?(?:\d+h)?(?:\d+m(?!s))?(?:\d+s)?(?:\d+ms)?$/;

const time = z.string().refine((text) => RELATIVE_TIME.test(text) || !Number.isNaN(Date.parse(text)), {
  message: 'expected an ISO date-time or a relative time like "-2h30m"',
});

/** A duration: milliseconds, or "5s", "1m30s" (the sign-less relative form). */
const duration = z.union([
  z.number().int().min(-1),
  z.string().regex(/^(?:\d+d)?(?:\d+h)?(?:\d+m(?!s))?(?:\d+s)?(?:\d+ms)?$/),
]);

/** A package name (`android` has no dot). */
export const PACKAGE_NAME = /^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)*$/;

const uidState = z.enum(['pers', 'top', 'fgsvc', 'fg', 'bg', 'cch']);
const appOpMode = z.enum(['allow', 'ignore', 'deny', 'default', 'foreground']);

/** One access/reject: a time alone, or with its process state, duration and attribution tag. */
const opEvent = z.union([
  time,
  z.object({
    at: time,
    state: uidState.optional(),
    duration: duration.optional(),
    tag: z.string().optional(),
  }),
]);

const appOp = z.union([
  appOpMode,
  z.object({
    mode: appOpMode.default('allow'),
    uidMode: z.boolean().optional(),
    access: z.array(opEvent).default([]),
    reject: z.array(opEvent).default([]),
  }),
]);

const permissionFlag = z.string().regex(/^[A-Z_]+$/);

/** A runtime grant: true/false, or with explicit flags. */
const grant = z.union([
  z.boolean(),
  z.object({ granted: z.boolean(), flags: z.array(permissionFlag).default([]) }),
]);

/**
 * Shorthands for special access: overlay, usage-access, battery-exempt, install-unknown,
 * all-files, write-settings, exact-alarm, `accessibility:<cls>`, `notification-listener:<cls>`,
 * `device-admin:<cls>`, `input-method:<cls>`.
 */
const special = z
  .string()
  .regex(
    /^(overlay|usage-access|battery-exempt|install-unknown|all-files|write-settings|exact-alarm|(accessibility|notification-listener|device-admin|input-method):[\w.$]+)$/,
  );

export const packageSpecSchema = z.object({
  name: z.string().regex(PACKAGE_NAME),
  label: z.string().optional(),
  /** Regulation category hint (categories.json key), for tests and demos only. */
  category: z.string().optional(),
  appId: z.number().int().min(1000).max(99_999).optional(),
  sharedUser: z.string().optional(),
  versionName: z.string().optional(),
  versionCode: z.number().int().min(1).optional(),
  minSdk: z.number().int().optional(),
  targetSdk: z.number().int().optional(),
  system: z.boolean().default(false),
  privileged: z.boolean().default(false),
  updatedSystem: z.boolean().default(false),
  codePath: z.string().optional(),
  splits: z.array(z.string()).optional(),
  apkSizeBytes: z.number().int().min(0).optional(),
  installer: z.string().optional(),
  initiatingInstaller: z.string().optional(),
  flags: z.array(z.string()).optional(),
  privateFlags: z.array(z.string()).optional(),
  installed: time.optional(),
  updated: time.optional(),
  lastUsed: time.optional(),
  /**
   * Requested permissions (runtime ones are granted unless listed in `grants` as false).
   * `CAMERA` is short for `android.permission.CAMERA`; `@set` includes a `permissionSets` list.
   */
  permissions: z.array(z.string()).default([]),
  grants: z.record(z.string(), grant).default({}),
  declaredPermissions: z.array(z.object({ name: z.string(), protectionLevel: z.string() })).default([]),
  appOps: z.record(z.string(), appOp).default({}),
  special: z.array(special).default([]),
  /** User ids the package is installed for (default: every user for system apps, [0] otherwise). */
  users: z.array(z.number().int().min(0)).optional(),
  enabled: z.number().int().min(0).max(4).default(0),
  lastDisabledCaller: z.string().optional(),
  hidden: z.boolean().default(false),
  suspended: z.boolean().default(false),
  stopped: z.boolean().default(false),
  notLaunched: z.boolean().optional(),
});

export type PackageSpec = z.infer<typeof packageSpecSchema>;

const userSchema = z.object({
  id: z.number().int().min(0),
  name: z.string(),
  flags: z.union([z.number().int(), z.string().regex(/^(0x)?[0-9a-fA-F]+$/)]).default('0xc13'),
  running: z.boolean().default(true),
  type: z.string().optional(),
  /** The shell may not reach this user (work profile, Secure Folder); see PhoneState. */
  shellAccessDenied: z.boolean().optional(),
});

const ownerSchema = z.object({
  component: z.string(),
  userId: z.number().int().default(0),
  name: z.string().optional(),
});

export const profileSchema = z.object({
  /** Name of a shipped profile this one starts from (resolved by the loader before validation). */
  extends: z.string().optional(),
  name: z.string(),
  description: z.string(),
  props: z.record(z.string(), z.string()),
  timeZone: z.string().default('Asia/Shanghai'),
  /** Pins the phone clock (ISO); default: the host clock. */
  clock: z.string().optional(),
  /** First boot; default install time of system apps. */
  firstBoot: time.default('-180d'),
  users: z.array(userSchema).default([{ id: 0, name: 'Owner', flags: '0xc13', running: true }]),
  settings: z
    .object({
      global: z.record(z.string(), z.string()).default({}),
      secure: z.record(z.string(), z.record(z.string(), z.string())).default({}),
      system: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    })
    .default({ global: {}, secure: {}, system: {} }),
  devicePolicy: z
    .object({
      deviceOwner: ownerSchema.optional(),
      profileOwners: z.array(ownerSchema).default([]),
    })
    .default({ profileOwners: [] }),
  quirks: z
    .object({
      miuiSecurityDebuggingRequired: z.boolean().optional(),
      miuiSecurityDebuggingEnabled: z.boolean().optional(),
      appOpsChangeRefused: z.boolean().optional(),
      refuseDisableSystemPackages: z.boolean().optional(),
    })
    .default({}),
  /** Installer of third-party apps that do not name one (e.g. com.xiaomi.market). */
  defaultInstaller: z.string().optional(),
  /** Named permission lists packages can include as "@name" in `permissions`. */
  permissionSets: z.record(z.string(), z.array(z.string())).default({}),
  /** System packages written by name only (label and defaults derived), for long lists. */
  systemPackageNames: z.array(z.string().regex(PACKAGE_NAME)).default([]),
  /** Generate app-op history for granted runtime permissions of third-party apps (seeded). */
  opHistoryFromGrants: z.boolean().default(false),
  packages: z.array(packageSpecSchema).default([]),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
