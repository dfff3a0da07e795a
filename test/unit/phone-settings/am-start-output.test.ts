import { describe, expect, it } from 'vitest';
import { parseAmStart } from '../../../main/phone-settings/am-start-output';

describe('parseAmStart', () => {
  it('reads the started intent', () => {
    expect(parseAmStart('Starting: Intent { act=android.settings.SECURITY_SETTINGS }\n', 0)).toEqual({
      outcome: 'started',
      intent: 'Intent { act=android.settings.SECURITY_SETTINGS }',
    });
    const front =
      'Starting: Intent { cmp=com.android.settings/.Settings }\r\nWarning: Activity not started, its current task has been brought to the front\r\n';
    expect(parseAmStart(front, 0).outcome).toBe('started');
  });

  it('tells a missing component or action apart from other failures (am exits 0 on both)', () => {
    const missing =
      'Starting: Intent { cmp=com.android.settings/.DeviceAdminSettings }\nError type 3\nError: Activity class {com.android.settings/com.android.settings.DeviceAdminSettings} does not exist.\n';
    expect(parseAmStart(missing, 0)).toMatchObject({
      outcome: 'not-found',
      message:
        'Error: Activity class {com.android.settings/com.android.settings.DeviceAdminSettings} does not exist.',
    });
    const unresolved =
      'Starting: Intent { act=android.settings.X }\nError: Activity not started, unable to resolve Intent { act=android.settings.X flg=0x10000000 }\n';
    expect(parseAmStart(unresolved, 0).outcome).toBe('not-found');
    const denied =
      'Starting: Intent { cmp=com.android.settings/.Hidden }\nError: Activity not started, you do not have permission to access it.\n';
    expect(parseAmStart(denied, 0)).toMatchObject({
      outcome: 'failed',
      message: 'Error: Activity not started, you do not have permission to access it.',
    });
    const exception =
      "\nException occurred while executing 'start':\njava.lang.SecurityException: Permission Denial: starting Intent\n";
    expect(parseAmStart(exception, 255)).toMatchObject({ outcome: 'failed' });
    expect(parseAmStart('', 0)).toMatchObject({ outcome: 'failed', message: 'am start exited with 0' });
  });
});
