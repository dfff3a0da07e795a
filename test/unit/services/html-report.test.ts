import { describe, expect, it } from 'vitest';
import type { AuditedScan } from '../../../preload/contract';
import { escapeHtml } from '../../../main/report/escape-html';
import { exportReport, reportLanguage } from '../../../main/report/export-report';
import { htmlReport } from '../../../main/report/html-report';

const EVIL = `<script>alert("x")</script><img src=x onerror='y'>\`&`;

const scan = {
  device: { serial: '127.0.0.1:4000', manufacturer: EVIL, model: 'M<1>', release: '14', sdk: 34 },
  takenAtMs: Date.UTC(2026, 0, 2, 3, 4, 5),
  userId: 0,
  apps: [
    {
      packageName: 'com.example.evil',
      category: {
        id: 'news',
        confidence: 1,
        reason: { kind: 'user', en: '', zh: '', evidence: [] },
        system: false,
      },
      score: 80,
      findings: [
        {
          kind: 'excess-grant',
          severity: 'high',
          subject: { type: 'permission', name: `android.permission.CAMERA${EVIL}` },
          rule: { categoryId: 'news', citation: { en: `Art. 5 ${EVIL}`, zh: `第五条 ${EVIL}` } },
          explanation: { en: `Camera is not necessary ${EVIL}`, zh: `相机并非必要 ${EVIL}` },
          action: 'revoke',
        },
      ],
    },
  ],
  summary: {
    score: 80,
    bySeverity: { high: 1, medium: 0, low: 0, info: 0 },
    rulesetVersion: '2021-provisions/1',
    appsWithFindings: 1,
    judgedAtMs: 0,
  },
  scanId: 7,
} as unknown as AuditedScan;

describe('escapeHtml', () => {
  it('escapes every markup character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
  });
});

describe('htmlReport', () => {
  it('never lets phone-provided text become markup', () => {
    const html = htmlReport(scan, { lang: 'en' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("onerror='y'");
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('has the language attribute and the findings with citations in that language', () => {
    const en = htmlReport(scan, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Camera is not necessary');
    expect(en).toContain('Art. 5');
    const zh = htmlReport(scan, { lang: 'zh' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('相机并非必要');
    expect(zh).toContain('第五条');
    expect(zh).toContain('风险最高的应用');
  });
});

describe('exportReport', () => {
  it('names the files after the phone and the scan time', () => {
    const json = exportReport(scan, { format: 'json', lang: 'en' });
    expect(json).toMatchObject({
      fileName: 'privacyscope-127.0.0.1_4000-2026-01-02-03-04-05.json',
      mimeType: 'application/json',
    });
    expect(JSON.parse(json.content)).not.toHaveProperty('scanId');
    expect(exportReport(scan, { format: 'html', lang: 'zh' }).mimeType).toBe('text/html');
  });

  it('picks zh for Chinese settings or system locales', () => {
    expect(reportLanguage('zh-CN')).toBe('zh');
    expect(reportLanguage('en')).toBe('en');
    expect(reportLanguage('system', 'zh-Hans-CN')).toBe('zh');
    expect(reportLanguage('system', 'de-DE')).toBe('en');
  });
});
