// The two step kinds only a snapshot restore makes read naturally in both languages: which
// app-state aspects come back, which way a component is switched, and the never-uninstall skip.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../renderer/src/i18n/translate';
import { SKIP_KEYS, describeAction } from '../../../../renderer/src/views/plan/step-labels';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const app = { packageName: 'com.example.maps', userId: 0 };

describe('restore step labels', () => {
  it('lists the app-state aspects a restore-app-state step brings back', () => {
    const back = { ...app, appState: { installed: true, hidden: false, enabled: 'default' } } as const;
    expect(describeAction('restore-app-state', back, en)).toBe(
      'Bring com.example.maps back to its recorded state: installed for this user · not hidden · enabled',
    );
    expect(describeAction('restore-app-state', back, zh)).toBe(
      '按记录将 com.example.maps 恢复为：已为该用户安装 · 未隐藏 · 已启用',
    );
    const away = { ...app, appState: { suspended: true, enabled: 'disabled-user' } } as const;
    expect(describeAction('restore-app-state', away, en)).toMatch(/suspended · disabled$/);
  });

  it('says which way a component is switched', () => {
    const listener = { ...app, component: 'com.example.maps/.L', access: 'notification-listener' } as const;
    expect(describeAction('set-component-access', { ...listener, enabled: true }, en)).toBe(
      'Let com.example.maps/.L read notifications again',
    );
    expect(describeAction('set-component-access', { ...listener, enabled: false }, zh)).toBe(
      '禁止 com.example.maps/.L 读取通知',
    );
    const service = { ...app, component: 'com.example.maps/.S', access: 'accessibility-service' } as const;
    expect(describeAction('set-component-access', { ...service, enabled: true }, zh)).toBe(
      '重新开启无障碍服务 com.example.maps/.S',
    );
  });

  it('explains the never-uninstall skip', () => {
    expect(en(SKIP_KEYS['kept-installed'])).toMatch(/never uninstalls/);
    expect(zh(SKIP_KEYS['kept-installed'])).toMatch(/不会卸载/);
  });
});
