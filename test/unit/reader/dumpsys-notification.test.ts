// No real `dumpsys notification` capture is in the samples; the layouts below follow AOSP
// ManagedServices.dump (Android 9+ "Allowed …" lines, 12+ "isUserChanged", 13+ "GUEST") and
// the HyperOS variant described in FORMATS.md §6 (`(user 0):   All notification listeners …`
// at column 0). The virtual phone's dump is checked in offline/virtual-phone-parity.test.ts.
import { describe, expect, it } from 'vitest';
import {
  notificationListenersForUser,
  parseNotificationListeners,
} from '../../../main/reader/parsers/dumpsys-notification';
import { fuzz } from './offline/sample-support';

const AOSP = [
  'Current Notification Manager state:',
  '',
  '  Notification listeners:',
  '    Allowed notification listeners:',
  '      com.google.android.gms/com.google.android.gms.nearby.discovery.service.DiscoveryService:com.whatsapp/com.whatsapp.notification.NotificationListener (user: 0 isPrimary: true isUserChanged: true)',
  '      com.example.fallback/.Listener (user: 0 isPrimary: false)',
  '      com.work.mail/com.work.mail.Listener (user: 10 isPrimary: true)',
  '    Has user set:',
  '      userId=0 value=[com.whatsapp/com.whatsapp.notification.NotificationListener]',
  '    All notification listeners (3) enabled for current profiles:',
  '      ComponentInfo{com.google.android.gms/com.google.android.gms.nearby.discovery.service.DiscoveryService}',
  '      ComponentInfo{com.whatsapp/com.whatsapp.notification.NotificationListener}',
  '      ComponentInfo{com.work.mail/com.work.mail.Listener}',
  '    Live notification listeners (3):',
  '      ComponentInfo{com.android.systemui/com.android.systemui.statusbar.phone.StatusBar} (user -1): android.service.notification.INotificationListener$Stub$Proxy@6a1c1f SYSTEM',
  '      ComponentInfo{com.whatsapp/com.whatsapp.notification.NotificationListener} (user 0): android.service.notification.INotificationListener$Stub$Proxy@2b9d7e0',
  '      ComponentInfo{com.work.mail/com.work.mail.Listener} (user 10): android.service.notification.INotificationListener$Stub$Proxy@1f0 GUEST',
  '    Snoozed notification listeners (1):',
  '      User: 0',
  '        com.example.snoozy/.Listener',
  '',
  '  Notification assistant services:',
  '    Allowed notification assistant services:',
  '      com.android.ext.services/android.ext.services.notification.Assistant (user: 0 isPrimary: true)',
].join('\n');

describe('parseNotificationListeners', () => {
  it('reads allowed (primary) lists per user, the enabled block and live services; ignores assistants', () => {
    const result = parseNotificationListeners(AOSP);
    expect(result.warnings).toEqual([]);
    expect(result.value.allowed).toEqual([
      {
        userId: 0,
        components: [
          'com.google.android.gms/com.google.android.gms.nearby.discovery.service.DiscoveryService',
          'com.whatsapp/com.whatsapp.notification.NotificationListener',
        ],
      },
      { userId: 10, components: ['com.work.mail/com.work.mail.Listener'] },
    ]);
    expect(result.value.enabled).toHaveLength(3);
    expect(result.value.live).toEqual([
      {
        component: 'com.android.systemui/com.android.systemui.statusbar.phone.StatusBar',
        userId: -1,
        system: true,
      },
      { component: 'com.whatsapp/com.whatsapp.notification.NotificationListener', userId: 0, system: false },
      { component: 'com.work.mail/com.work.mail.Listener', userId: 10, system: false },
    ]);
    expect(notificationListenersForUser(result.value, 10)).toEqual(['com.work.mail/com.work.mail.Listener']);
    expect(notificationListenersForUser(result.value, 11)).toEqual([]);
  });

  it('HyperOS: per-user "All … enabled" headers at column 0', () => {
    const text = [
      '  Notification listeners:',
      '    Allowed notification listeners:',
      '    Has user set:',
      '(user 0):   All notification listeners (2) enabled for current profiles:',
      '      ComponentInfo{com.miui.notification/com.miui.notification.NotificationListener}',
      '      ComponentInfo{com.xiaomi.fitness/com.xiaomi.fitness.notify.NotificationListenerService}',
      '(user 999):   All notification listeners (1) enabled for current profiles:',
      '      ComponentInfo{com.tencent.mm/com.tencent.mm.booter.notification.Listener}',
      '    Live notification listeners (0):',
    ].join('\n');
    const result = parseNotificationListeners(text);
    expect(result.value.allowed).toEqual([]);
    expect(result.value.enabled).toEqual([
      { component: 'com.miui.notification/com.miui.notification.NotificationListener', userId: 0 },
      { component: 'com.xiaomi.fitness/com.xiaomi.fitness.notify.NotificationListenerService', userId: 0 },
      { component: 'com.tencent.mm/com.tencent.mm.booter.notification.Listener', userId: 999 },
    ]);
    expect(notificationListenersForUser(result.value, 999)).toEqual([
      'com.tencent.mm/com.tencent.mm.booter.notification.Listener',
    ]);
  });

  it('Android 7 layout (no Allowed block) and untrusted names', () => {
    const text = [
      '  Notification listeners:',
      '    All notification listeners (2) enabled for current profiles:',
      '      ComponentInfo{com.good/.Listener}',
      '      ComponentInfo{bad name/x}',
      '    Live notification listeners (0):',
    ].join('\n');
    const result = parseNotificationListeners(text);
    expect(notificationListenersForUser(result.value, 0)).toEqual(['com.good/.Listener']);
    expect(result.warnings.map((warning) => warning.line)).toEqual([4]);
  });

  it('never throws on mutated dumps', () => {
    expect(fuzz([AOSP], { seed: 17, rounds: 200, parse: parseNotificationListeners })).toBe(200);
  });
});
