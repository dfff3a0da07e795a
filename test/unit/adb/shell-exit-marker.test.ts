import { describe, expect, it } from 'vitest';
import { OutputTruncated } from '../../../main/adb/errors';
import {
  ExitMarkerScanner,
  createExitMarker,
  parseMarkedOutput,
  withExitMarker,
} from '../../../main/adb/shell-exit-marker';

const marker = createExitMarker('0123456789abcdef01234567');
const token = marker.token;

const scan = (parts: readonly string[]) => {
  const scanner = new ExitMarkerScanner(marker);
  const released = parts.map((part) => scanner.push(Buffer.from(part))).map((b) => b.toString());
  const end = scanner.finish();
  return { stdout: released.join('') + end.stdout.toString(), exitCode: end.exitCode };
};

describe('exit marker', () => {
  it('appends an echo of $? with a per-call nonce', () => {
    expect(withExitMarker("pm 'list' 'users'", marker)).toBe(`pm 'list' 'users'; echo ${token}:$?`);
    expect(createExitMarker().token).not.toBe(createExitMarker().token);
    expect(createExitMarker().token).toMatch(/^__PS_EXIT_[0-9a-f]{24}$/);
  });

  it('splits output and status', () => {
    const parsed = parseMarkedOutput(Buffer.from(`hello\nworld\n${token}:42\n`), marker);
    expect(parsed?.stdout.toString()).toBe('hello\nworld\n');
    expect(parsed?.exitCode).toBe(42);
  });

  it('keeps output without a trailing newline exact', () => {
    const parsed = parseMarkedOutput(Buffer.from(`no newline${token}:0\n`), marker);
    expect(parsed?.stdout.toString()).toBe('no newline');
  });

  it('ignores fake markers in the output: other nonce, middle position, unexpanded $?', () => {
    const output = [
      '__PS_EXIT_ffffffffffffffffffffffff:0',
      `${token}:1 in the middle`,
      `${token}:$?`,
      `${token}:7`,
      '',
    ].join('\n');
    const parsed = parseMarkedOutput(Buffer.from(output), marker);
    expect(parsed?.exitCode).toBe(7);
    expect(parsed?.stdout.toString()).toContain(`${token}:1 in the middle`);
  });

  it('returns undefined when the marker is missing or garbled (truncated output)', () => {
    expect(parseMarkedOutput(Buffer.from('partial output'), marker)).toBeUndefined();
    expect(parseMarkedOutput(Buffer.from(`${token}:`), marker)).toBeUndefined();
    expect(parseMarkedOutput(Buffer.from(`${token}:999\n`), marker)).toBeUndefined();
    expect(parseMarkedOutput(Buffer.from(`${token}:1\nmore after`), marker)).toBeUndefined();
  });

  it('streams: output released as it comes, marker split across chunks', () => {
    const text = `${'x'.repeat(1000)}\n${token}:127\n`;
    for (const size of [1, 7, 33, 100, 5000]) {
      const parts: string[] = [];
      for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
      expect(scan(parts)).toEqual({ stdout: `${'x'.repeat(1000)}\n`, exitCode: 127 });
    }
  });

  it('streams: only the marker-sized tail is held back', () => {
    const scanner = new ExitMarkerScanner(marker);
    expect(scanner.push(Buffer.from('a'.repeat(10_000))).length).toBe(10_000 - (token.length + 6));
  });

  it('streams: a missing marker is OutputTruncated, not exit 0', () => {
    const scanner = new ExitMarkerScanner(marker);
    scanner.push(Buffer.from('some output that stopped'));
    expect(() => scanner.finish()).toThrow(OutputTruncated);
    expect(() => new ExitMarkerScanner(marker).finish()).toThrow(/without an exit status/);
  });
});
