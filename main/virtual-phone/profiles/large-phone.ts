// `large-N`: a generated phone with N packages for benchmarks, deterministic for a given N
// (seeded PRNG; times relative to the phone clock). Roughly a quarter system packages, the
// rest third-party apps with a random slice of the usual permissions and some app-op history.
import { seededRandom } from './profile-time';
import type { ProfileInput } from './profile-schema';

const POOL = [
  'android.permission.INTERNET',
  'android.permission.ACCESS_NETWORK_STATE',
  'android.permission.ACCESS_WIFI_STATE',
  'android.permission.WAKE_LOCK',
  'android.permission.VIBRATE',
  'android.permission.FOREGROUND_SERVICE',
  'android.permission.POST_NOTIFICATIONS',
  'android.permission.CAMERA',
  'android.permission.RECORD_AUDIO',
  'android.permission.ACCESS_FINE_LOCATION',
  'android.permission.ACCESS_COARSE_LOCATION',
  'android.permission.ACCESS_BACKGROUND_LOCATION',
  'android.permission.READ_CONTACTS',
  'android.permission.READ_PHONE_STATE',
  'android.permission.READ_EXTERNAL_STORAGE',
  'android.permission.WRITE_EXTERNAL_STORAGE',
  'android.permission.READ_MEDIA_IMAGES',
  'android.permission.READ_CALENDAR',
  'android.permission.GET_ACCOUNTS',
  'android.permission.READ_SMS',
];

export const LARGE_PROFILE_PATTERN = /^large-(\d+)$/;

export const largeProfile = (count: number): ProfileInput => {
  const random = seededRandom(count * 7919 + 17);
  const systemCount = Math.floor(count / 4);
  const packages: NonNullable<ProfileInput['packages']> = [];
  for (let i = 0; i < count; i++) {
    const system = i < systemCount;
    const permissions = POOL.filter((_, index) => index < 3 || random() < 0.3);
    const denied = permissions.filter(() => random() < 0.2);
    const hours = 1 + Math.floor(random() * 24 * 30);
    packages.push({
      name: system ? `com.android.generated.sys${i}` : `com.example.generated.app${i}`,
      label: system ? undefined : `App ${i}`,
      system,
      privileged: system && random() < 0.4,
      versionCode: 1 + Math.floor(random() * 100_000),
      versionName: `${1 + Math.floor(random() * 9)}.${Math.floor(random() * 20)}.${Math.floor(random() * 100)}`,
      permissions,
      grants: Object.fromEntries(denied.map((name) => [name, false])),
      lastUsed: `-${hours}h`,
    });
  }
  return {
    name: `large-${count}`,
    description: `Generated phone with ${count} packages (Android 14 style), deterministic, for benchmarks.`,
    props: {
      'ro.build.version.sdk': '34',
      'ro.build.version.release': '14',
      'ro.product.model': `Large ${count}`,
      'ro.product.manufacturer': 'PrivacyScope',
      'ro.product.brand': 'privacyscope',
      'ro.product.name': `large_${count}`,
      'ro.product.device': 'large',
      'ro.build.fingerprint': `privacyscope/large_${count}/large:14/UP1A.231005.007/1:user/release-keys`,
      'ro.build.version.security_patch': '2026-05-01',
      'ro.build.type': 'user',
    },
    opHistoryFromGrants: true,
    packages,
  };
};
