// Fixed names in `AppOpsService.dump` output that the parser recognises without reading them.

/** Sections before and after the uid blocks (Android 9 → 16); skipped without a warning. */
export const KNOWN_SECTIONS: ReadonlySet<string> = new Set([
  ...['Settings:', 'Profile owners:', 'Op mode watchers:', 'Package mode watchers:'],
  ...['All op mode watchers:', 'All op active watchers:', 'All op started watchers:'],
  ...['All op noted watchers:', 'AppOps policy location tags:', 'AppOps policy activity recognition tags:'],
  ...['Historical ops:', 'Discrete accesses:', 'Monitors:'],
]);

/** Names AppOpsService gives native uids (`AppOpsService.resolvePackageName`, media servers): not apps. */
export const NATIVE_PACKAGES: ReadonlySet<string> = new Set([
  ...['audioserver', 'cameraserver', 'media', 'root', 'shell', 'system'],
]);

/** An attribution tag (`Context.createAttributionContext`; `null` = none). */
export const TAG = /^[A-Za-z0-9_.:$#@-]{1,128}$/;
/** Uid-level `key=value` lines (state, capability, appWidgetVisible, pendingState…). */
export const UID_KEY = /^[A-Za-z]+=/;
/** A uid state name (`AppOpsManager.getUidStateName`). */
export const STATE_NAME = /^[a-z]{2,8}$/;
