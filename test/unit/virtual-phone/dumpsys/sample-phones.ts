// Small phones equivalent to the real captures in test/fixtures/adb-samples, written in the
// profile format, and helpers to read the captures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { sdkOf } from '../../../../main/virtual-phone/android/phone-state';
import type { DumpContext } from '../../../../main/virtual-phone/dumpsys';
import { profileObjectToState } from '../../../../main/virtual-phone/profiles/load-profile';

export const SAMPLE_NOW = Date.UTC(2026, 4, 4, 10, 30, 0);

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/adb-samples');

/** A capture with prompt/markdown noise lines removed (lines starting with a shell prompt). */
export const readSample = (name: string): string =>
  readFileSync(resolve(FIXTURES, name), 'utf8')
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter(
      (line) =>
        !/^(qssi|generic_x86_arm):\/ \$ /.test(line) && !line.startsWith('```') && !line.startsWith('# All'),
    )
    .join('\n');

export const phone = (sdk: number, profile: Record<string, unknown>): PhoneState =>
  profileObjectToState(
    {
      name: `sample-${sdk}`,
      description: 'equivalent of a real capture',
      timeZone: 'UTC',
      props: {
        'ro.build.version.sdk': String(sdk),
        'ro.build.version.release': String(sdk),
        'ro.build.fingerprint': `test/sample/sample:${sdk}/TEST/1:user/release-keys`,
      },
      ...profile,
    },
    { now: SAMPLE_NOW },
  );

export const contextOf = (state: PhoneState): DumpContext => ({ state, now: SAMPLE_NOW, sdk: sdkOf(state) });
