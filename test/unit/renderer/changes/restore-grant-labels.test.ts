// A restore plan reads the right way round in both languages: a grant given back, a grant taken
// away again, an op set back to its mode; a skip reason or step kind this renderer does not know
// yet still reads sensibly.
import { describe, expect, it } from 'vitest';
import type { ActionKind } from '../../../../preload/contract';
import { createTranslator } from '../../../../renderer/src/i18n/translate';
import { describeAction, skipReasonText } from '../../../../renderer/src/views/plan/step-labels';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const app = { packageName: 'com.example.maps', userId: 0 };
const camera = { ...app, permission: 'android.permission.CAMERA' };

describe('restore step labels', () => {
  it('says which way a restored grant goes', () => {
    expect(describeAction('restore-grant', { ...camera, granted: true }, en)).toBe(
      'Give CAMERA back to com.example.maps',
    );
    expect(describeAction('restore-grant', camera, en)).toBe('Give CAMERA back to com.example.maps');
    expect(describeAction('restore-grant', { ...camera, granted: false }, en)).toBe(
      'Revoke CAMERA from com.example.maps again, as in that scan',
    );
    expect(describeAction('restore-grant', { ...camera, granted: false }, zh)).toBe(
      '按那次扫描的状态，再次撤销 com.example.maps 的 CAMERA 权限',
    );
  });

  it('names the app by the name the scan knows it by when given one', () => {
    const nameOf = (packageName: string) => (packageName === 'com.example.maps' ? '示例地图' : packageName);
    expect(describeAction('restore-grant', { ...camera, granted: true }, zh, nameOf)).toBe(
      describeAction('restore-grant', { ...camera, granted: true }, zh).replace(
        'com.example.maps',
        '示例地图',
      ),
    );
    expect(describeAction('revoke-permission', camera, en, nameOf)).toContain('示例地图');
    expect(
      describeAction('restore-app-state', { ...app, appState: { hidden: false } }, en, nameOf),
    ).toContain('示例地图');
    expect(
      describeAction('revoke-permission', { ...camera, packageName: 'other.app' }, en, nameOf),
    ).toContain('other.app');
  });

  it('names an app op restored to its recorded mode', () => {
    const op = { ...app, op: 'READ_CONTACTS', mode: 'allow' };
    expect(describeAction('restore-grant', op, en)).toBe(
      'Set app op READ_CONTACTS of com.example.maps back to allow',
    );
    expect(describeAction('restore-grant', op, zh)).toBe(
      '将 com.example.maps 的应用操作 READ_CONTACTS 恢复为 allow',
    );
  });

  it('falls back to the kind and the app for a kind without a label', () => {
    const kind = 'freeze-app' as ActionKind;
    expect(describeAction(kind, app, en)).toBe('freeze-app for com.example.maps');
    expect(describeAction(kind, app, zh)).toBe('对 com.example.maps 执行“freeze-app”');
  });

  it('explains a skip by its known reason, else by main’s own explanation', () => {
    const explanation = { en: 'Main says why.', zh: '主进程说明原因。' };
    expect(skipReasonText({ reason: 'system-fixed', explanation }, { t: en, language: 'en' })).toBe(
      en('skip.system-fixed'),
    );
    expect(skipReasonText({ reason: 'brand-new', explanation }, { t: zh, language: 'zh-CN' })).toBe(
      '主进程说明原因。',
    );
    expect(skipReasonText({ reason: 'brand-new', explanation }, { t: en, language: 'en' })).toBe(
      'Main says why.',
    );
  });
});
