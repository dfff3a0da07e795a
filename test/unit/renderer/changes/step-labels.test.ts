// Steps, skip reasons, statuses and refusal guidance read naturally in both languages.
import { describe, expect, it } from 'vitest';
import {
  GUIDANCE_KEYS,
  describeAction,
  guidanceText,
  shortName,
  statusText,
} from '../../../../renderer/src/views/plan/step-labels';
import { pickText } from '../../../../renderer/src/views/plan/localised-text';
import { createTranslator } from '../../../../renderer/src/i18n/translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const target = { packageName: 'com.example.maps', userId: 0, permission: 'android.permission.READ_CONTACTS' };

describe('step labels', () => {
  it('names the permission by its short name', () => {
    expect(shortName('android.permission.READ_CONTACTS')).toBe('READ_CONTACTS');
    expect(shortName(undefined)).toBe('');
  });

  it('describes each action kind with its target', () => {
    expect(describeAction('revoke-permission', target, en)).toBe(
      'Revoke READ_CONTACTS from com.example.maps',
    );
    expect(describeAction('revoke-permission', target, zh)).toBe(
      '撤销 com.example.maps 的 READ_CONTACTS 权限',
    );
    expect(describeAction('stand-in', target, en)).toContain('privacy stand-in');
    expect(describeAction('set-app-op', { ...target, op: 'CAMERA', mode: 'ignore' }, en)).toBe(
      'Set app op CAMERA of com.example.maps to ignore',
    );
    expect(describeAction('disable-accessibility-service', { ...target, component: 'a/.B' }, zh)).toContain(
      'a/.B',
    );
  });

  it('localises statuses and passes unknown ones through', () => {
    expect(statusText('verified', en)).toBe('Verified');
    expect(statusText('refused', zh)).toBe('手机拒绝');
    expect(statusText('mystery', en)).toBe('mystery');
  });

  it('has guidance for every refusal key main knows, and a fallback', () => {
    for (const key of Object.keys(GUIDANCE_KEYS)) {
      expect(guidanceText(key, zh)).toMatch(/\p{Script=Han}/u);
    }
    expect(guidanceText('miui-security-debugging', en)).toContain('USB debugging (Security settings)');
    expect(guidanceText('something-new', en)).toBe(en('guidance.device-refused'));
    expect(guidanceText(undefined, en)).toBeUndefined();
  });

  it('picks the localised half of an { en, zh } text', () => {
    expect(pickText({ en: 'Map', zh: '地图' }, 'zh-CN')).toBe('地图');
    expect(pickText({ en: 'Map', zh: '地图' }, 'en')).toBe('Map');
  });
});
