import { describe, expect, it } from 'vitest';
import { parseAccessibility } from '../../../main/reader/parsers/dumpsys-accessibility';
import { fuzz, readSample } from './offline/sample-support';

describe('parseAccessibility', () => {
  it('Android 14 emulator (AOSP layout): the enabled service and one bound service label', () => {
    const result = parseAccessibility(readSample('dumpsys-accessibility_emulator_14.txt'));
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual([
      {
        userId: 0,
        enabled: ['com.malware.accessibility/com.malware.service.malwareservice'],
        bound: [],
        boundCount: 1,
        crashed: [],
        installed: [],
      },
    ]);
  });

  it('Samsung One UI (Android 10 layout): four installed services, none enabled or bound', () => {
    const result = parseAccessibility(readSample('dumpsys-accessibility_samsung_10.txt'));
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual([
      {
        userId: 0,
        enabled: [],
        bound: [],
        boundCount: 0,
        crashed: [],
        installed: [
          'com.android.settings/com.samsung.android.settings.development.gpuwatch.GPUWatchInterceptor',
          'com.samsung.accessibility/.universalswitch.UniversalSwitchService',
          'com.samsung.accessibility/com.samsung.android.app.talkback.TalkBackService',
          'com.sec.android.app.camera/com.samsung.android.glview.AccessibilityGestureHandler',
        ],
      },
    ]);
  });

  it('several users, several enabled services, wrapped bound list, Samsung numbered enabled list', () => {
    const text = [
      'User state[',
      '     attributes:{id=0, touchExplorationEnabled=true}',
      '     Bound services:{Service[label=TalkBack, feedbackType[FEEDBACK_SPOKEN], capabilities=1], ',
      '                     Service[label=Switch Access, feedbackType[FEEDBACK_GENERIC], capabilities=3]}',
      '     Enabled services:{{com.google.android.marvin.talkback/com.google.android.marvin.talkback.TalkBackService}, {com.google.android.accessibility.switchaccess/com.android.switchaccess.SwitchAccessService}}',
      '     Crashed services:{{com.bad/com.bad.Svc}}',
      ']',
      'User state[attributes:{id=10, currentUser=false',
      '  enabled services: {',
      '    0 : com.work.app/.A11y',
      '  }',
      '  bound services:{',
      '    0 : com.work.app/.A11y',
      '  }',
    ].join('\n');
    const result = parseAccessibility(text);
    expect(
      result.value.map((user) => [user.userId, user.enabled, user.bound, user.boundCount, user.crashed]),
    ).toEqual([
      [
        0,
        [
          'com.google.android.marvin.talkback/com.google.android.marvin.talkback.TalkBackService',
          'com.google.android.accessibility.switchaccess/com.android.switchaccess.SwitchAccessService',
        ],
        [],
        2,
        ['com.bad/com.bad.Svc'],
      ],
      [10, ['com.work.app/.A11y'], ['com.work.app/.A11y'], 1, []],
    ]);
  });

  it('never throws on mutated samples', () => {
    const texts = ['dumpsys-accessibility_emulator_14.txt', 'dumpsys-accessibility_samsung_10.txt'].map(
      readSample,
    );
    expect(fuzz(texts, { seed: 8, rounds: 100, parse: parseAccessibility })).toBe(200);
  });
});
