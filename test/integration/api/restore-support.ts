// What "restore a snapshot" brings back, as one comparable value per scan: per app the state
// for the user (installed, enabled, hidden, suspended), the runtime grants with their flags
// (as sets) and the package op modes; and the accessibility services and notification
// listeners (full class form, as sets). Plus a DeviceSession on a demo phone, to change its
// state the way another tool (or the user on the phone) would.
import type { AuditedScan } from '../../../preload/contract';
import { createAdbService, type AdbService } from '../../../main/adb/adb-service';
import { expandComponent } from '../../../main/reader/parsers/settings';
import { EventHub } from '../../../main/services/event-hub';

export const restorableState = (scan: AuditedScan) => ({
  apps: Object.fromEntries(
    scan.apps.map((app) => [
      app.packageName,
      {
        installed: app.installed,
        enabled: app.enabled,
        hidden: app.hidden,
        suspended: app.suspended,
        grants: app.permissions
          .filter((entry) => entry.type === 'runtime')
          .map((entry) => `${entry.name}:${String(entry.granted)}:${[...entry.flags].sort().join('|')}`)
          .sort(),
        ops: app.appOps
          .filter((entry) => entry.uidMode !== true)
          .map((entry) => `${entry.op}:${entry.mode}`)
          .sort(),
      },
    ]),
  ),
  accessibilityServices: scan.specialAccess.accessibilityServices.map(expandComponent).sort(),
  notificationListeners: scan.specialAccess.notificationListeners.map(expandComponent).sort(),
});

/** An adb service on the server a demo phone is attached to (`host:port`). */
export const adbFor = (server: string): AdbService =>
  createAdbService({ port: Number(server.split(':').at(-1)), events: new EventHub() });
