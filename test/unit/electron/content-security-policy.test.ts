import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../main/content-security-policy';

const metaPolicy = (): string => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
  const metas = [...html.matchAll(/<meta\b[^>]*>/gis)].map((match) => match[0]);
  const csp = metas.filter((meta) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(meta));
  expect(csp).toHaveLength(1);
  const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(csp[0] ?? '');
  expect(content).not.toBeNull();
  return content?.[1] ?? '';
};

const directives = (policy: string): Map<string, string> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? '', sources.join(' ')]),
  );

describe('content security policy', () => {
  it("renderer/index.html's <meta> carries the policy minus frame-ancestors (ignored in a meta)", () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(metaPolicy());
    expect(CONTENT_SECURITY_POLICY.startsWith(`${META_CONTENT_SECURITY_POLICY}; `)).toBe(true);
    expect(directives(metaPolicy()).has('frame-ancestors')).toBe(false);
  });

  it('allows no remote or inline script, no plugins, no framing', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('replaces any policy the response carried, whatever its header case, and keeps the rest', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'Content-Type': ['text/html'],
      'X-Single': 'value' as unknown as string[],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'X-Single': ['value'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});
