import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../preload/contract';
import { ApiCallError, ApiErrorCode, unwrapResult } from '../../../preload/contract';
import { en } from '../../../renderer/src/i18n/en';
import { describeError, ERROR_MESSAGE_KEYS, errorMessageKey } from '../../../renderer/src/i18n/error-message';
import { createTranslator } from '../../../renderer/src/i18n/translate';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

const thrownBy = (result: ApiResult<unknown>): unknown => {
  try {
    unwrapResult(result);
  } catch (error) {
    return error;
  }
  throw new Error('expected unwrapResult to throw');
};

describe('error code → localised message', () => {
  it('gives every ApiErrorCode its own message in both languages', () => {
    const codes = Object.values(ApiErrorCode);
    const messageKeys = codes.map((code) => ERROR_MESSAGE_KEYS[code]);
    expect(new Set(messageKeys).size).toBe(codes.length);
    for (const key of messageKeys) {
      expect(en[key]).toBeTruthy();
      expect(zhCN[key]).toBeTruthy();
    }
  });

  it('describes an ApiCallError by its code, not by its developer-facing message', () => {
    const error = new ApiCallError({
      code: 'device-unauthorized',
      message: 'FailError: device unauthorized',
    });
    expect(errorMessageKey(error)).toBe('error.code.device-unauthorized');
    const zh = describeError(error, createTranslator('zh-CN'));
    expect(zh).toContain('允许');
    expect(zh).not.toContain('FailError');
    expect(describeError(error, createTranslator('en'))).toContain('Allow');
  });

  it('works on errors rebuilt from an envelope', () => {
    const error = thrownBy({ ok: false, error: { code: 'adb-unavailable', message: 'spawn adb ENOENT' } });
    expect(describeError(error, createTranslator('en'))).toBe(en['error.code.adb-unavailable']);
  });

  it('treats a lost or unreachable bridge as a connection problem, by its code', () => {
    for (const message of ['Connection to the PrivacyScope bridge was lost', 'anything at all']) {
      const error = thrownBy({ ok: false, error: { code: 'disconnected', message } });
      expect(errorMessageKey(error), message).toBe('error.connection');
    }
    const internalNamingTheBridge = thrownBy({
      ok: false,
      error: { code: 'internal', message: 'Connection to the PrivacyScope bridge was lost' },
    });
    expect(errorMessageKey(internalNamingTheBridge)).toBe('error.code.internal');
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('error.connection');
  });

  it('keeps a real internal error internal, and anything else unexpected', () => {
    const internal = thrownBy({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(errorMessageKey(internal)).toBe('error.code.internal');
    expect(errorMessageKey(new RangeError('x'))).toBe('error.unexpected');
    expect(errorMessageKey('a string')).toBe('error.unexpected');
    expect(errorMessageKey({ code: 'not-a-code' })).toBe('error.unexpected');
    expect(errorMessageKey(null)).toBe('error.unexpected');
  });

  it('never puts a stack trace in the text', () => {
    const error = new Error('Cannot read properties of undefined');
    expect(describeError(error, createTranslator('en'))).not.toMatch(/at |undefined/);
  });
});
