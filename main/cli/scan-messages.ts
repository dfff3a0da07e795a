// The human text of `privacyscope scan` and `privacyscope devices`, in one table (English for
// now; a later language adds a table of the same shape).

const EN = {
  scanSummary: 'summarise the permissions and special access of a phone (live, captured folder or bugreport)',
  devicesSummary: 'list the devices on the adb server with their state, model and Android version',
  device: 'Device: {model} — Android {release} (SDK {sdk}), serial {serial}',
  read: 'Read {source} for user {user}{trips}; {time}',
  roundTrips: ' in {count} adb round trips',
  apps: 'Apps: {total} ({user} user, {system} system)',
  grantedTitle: 'Granted dangerous permissions, apps per group:',
  grantedNone: 'Granted dangerous permissions: none',
  specialTitle: 'Special access:',
  specialNone: '  none',
  recentTitle: 'Recent camera / microphone / location use:',
  recentNone: 'Recent camera / microphone / location use: none recorded',
  background: ' (background)',
  warningsTitle: 'Warnings ({count}):',
  moreWarnings: '  … {count} more (use --json for all)',
  partial: 'PARTIAL: some outputs were missing or cut short; the snapshot is incomplete.',
  noDevices: 'No devices on the adb server (port {port}).',
  noDevice: 'no device in the `device` state on the adb server (port {port})',
  severalDevices: 'several devices are connected ({serials}); choose one with --serial',
  notReady: 'device {serial} is {state}',
  wrote: 'Wrote the snapshot to {file}',
  bothSources: '--from-dir and --from-bugreport cannot be used together',
  badUser: '--user must be a user id (0 or more), not {value}',
  badPort: '--adb-port must be a number from 1 to 65535, not {value}',
  unknown: 'unknown',
  auditTitle:
    'Findings (rules {ruleset}): device score {score}/100; {high} high, {medium} medium, {low} low, {info} info; {apps} apps with findings',
  auditNone: 'Findings (rules {ruleset}): none — every grant is justified by its app type',
  worstTitle: 'Worst apps (score, app, type):',
  worstApp: '  {score}  {pkg} — {category} ({confidence}% {reason})',
  finding: '      [{severity}] {explanation} → {action}',
  moreFindings: '      … {count} more findings (use --json for all)',
  moreApps: '  … {count} more apps with findings (use --json for all)',
  badCount: '{name} must be a whole number from 1 to {max}, not {value}',
  badFailOn: '--fail-on must be high, medium or low, not {value}',
  allWithSerial: '--all scans every ready device; it cannot be combined with --serial',
  allOffline: '--all scans live devices; it cannot be combined with --from-dir or --from-bugreport',
  allWithOut: '--all writes one file per phone: use --out-dir DIR instead of --out',
  allHtmlFile: 'with --all, --html takes no FILE: the reports go to --out-dir',
  htmlNeedsFile: '--html needs a FILE (or --out-dir DIR for one report per phone)',
  jobsWithoutAll: '--jobs only applies to --all',
  phoneTitle: '=== {serial} ===',
  phoneFailed: '{serial}: scan failed — {reason}',
  noneReady: 'no device in the `device` state on the adb server (port {port}); nothing was scanned',
  fleetTotals: '{scanned} scanned, {skipped} skipped, {failed} failed',
  wroteFiles: 'Wrote {count} files to {dir}',
  wroteHtml: 'Wrote the HTML report to {file}',
  overThreshold: 'At or above --fail-on {severity}: {serial} ({count} findings)',
} as const;

export type MessageKey = keyof typeof EN;

/** The text for `key` with `{name}` placeholders filled in. */
export const message = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
  EN[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );

/** Labels of the special-access kinds, in the order printed. */
export const SPECIAL_ACCESS_LABELS = {
  accessibilityServices: 'Accessibility services',
  notificationListeners: 'Notification listeners',
  deviceAdmins: 'Device admins',
  usageAccess: 'Usage access',
  overlay: 'Display over other apps',
  installUnknownApps: 'Install unknown apps',
  allFilesAccess: 'All-files access',
  batteryOptimisationExempt: 'Battery optimisation exempt',
  advertisingId: 'Advertising ID (AD_ID)',
} as const;

/** Why `scan --all` skips a device, by its adb state. */
export const SKIP_REASONS = {
  unauthorized: 'unauthorized: accept the USB debugging prompt on the phone',
  offline: 'offline: the adb server cannot talk to it',
  unknown: 'in a state adb does not know',
} as const;

/** The columns of the `scan --all` table. */
export const FLEET_COLUMNS = [
  'SERIAL',
  'MODEL',
  'ANDROID',
  'SCORE',
  'HIGH',
  'MEDIUM',
  'LOW',
  'APPS',
  'STATUS',
] as const;

export const OWNER_LABELS = { deviceOwner: 'Device owner', profileOwners: 'Profile owners' } as const;

/** How each recommended action reads in the summary. */
export const ACTION_LABELS = {
  revoke: 'revoke',
  'stand-in': 'keep it but feed stand-in data',
  'revoke-special-access': 'turn the special access off',
  hide: 'hide (disable) the app',
  none: 'no action needed',
} as const;
