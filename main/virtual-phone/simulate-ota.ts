// A system update (OTA) on a running virtual phone, for tests and QA demos: the build
// properties change (fingerprint, incremental, display id, security patch) and the phone
// reboots, which drops every adb connection (adb redials it). The hardware serial
// (ro.serialno) stays, as it does on a real phone.
import type { LaunchedVirtualPhone } from './launch-virtual-phone';

export interface SimulatedOta {
  readonly fromFingerprint: string;
  readonly toFingerprint: string;
}

/**
 * Builds the next incremental from the current one (`…<n>` → `…<n+1>`, else `<incremental>.1`)
 * unless `incremental` is given, and rewrites the fingerprint's incremental part with it.
 */
export const simulateOta = (
  launched: LaunchedVirtualPhone,
  update: { readonly incremental?: string; readonly securityPatch?: string } = {},
): SimulatedOta => {
  const { props } = launched.state;
  const from = props['ro.build.fingerprint'] ?? '';
  const current = props['ro.build.version.incremental'] ?? '0';
  const incremental =
    update.incremental ??
    (/\d+$/.test(current) ? current.replace(/\d+$/, (n) => String(Number(n) + 1)) : `${current}.1`);
  // Fingerprint: brand/product/device:release/id/incremental:type/tags.
  const parts = from.split('/');
  const to =
    parts.length >= 5 && parts[4] !== undefined
      ? [...parts.slice(0, 4), parts[4].replace(/^[^:]*/, incremental), ...parts.slice(5)].join('/')
      : `${from}-ota-${incremental}`;
  props['ro.build.version.incremental'] = incremental;
  props['ro.build.fingerprint'] = to;
  if (update.securityPatch !== undefined) props['ro.build.version.security_patch'] = update.securityPatch;
  launched.phone.dropConnections();
  return { fromFingerprint: from, toFingerprint: to };
};
