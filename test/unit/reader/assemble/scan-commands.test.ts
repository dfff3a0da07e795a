// The batched shells of a live scan: every part quoted, markers carry the nonce, and the user
// id goes through the validator.
import { describe, expect, it } from 'vitest';
import { UnsafeShellArgument } from '../../../../main/adb/errors';
import { shellCommand, shellSequence } from '../../../../main/adb/shell-arguments';
import { DUMP_BATCH, SMALL_BATCH, buildBatch } from '../../../../main/reader/live/scan-commands';

const NONCE = 'abcdef0123456789abcdef01';

describe('scan batches', () => {
  it('runs the small outputs in one quoted sequence, each after its marker', () => {
    const { command, names } = buildBatch(SMALL_BATCH, { nonce: NONCE, userId: 10 });
    expect(names).toEqual(SMALL_BATCH);
    expect(command.text).toBe(
      [
        `echo 'ps-${NONCE}' 'getprop'; getprop`,
        `echo 'ps-${NONCE}' 'pm-list-users'; pm 'list' 'users'`,
        `echo 'ps-${NONCE}' 'settings-secure'; settings '--user' '10' 'list' 'secure'`,
        `echo 'ps-${NONCE}' 'settings-global'; settings 'list' 'global'`,
        `echo 'ps-${NONCE}' 'deviceidle-whitelist'; cmd 'deviceidle' 'whitelist'`,
        `echo 'ps-${NONCE}' 'id'; id '-u'`,
        `echo 'ps-${NONCE}' 'date'; date '+%s%3N'`,
      ].join('; '),
    );
  });

  it('streams the dumps in one more shell', () => {
    const { command } = buildBatch(DUMP_BATCH, { nonce: NONCE, userId: 0 });
    expect(command.argv.filter((word) => word === 'dumpsys')).toHaveLength(6);
    expect(command.text).toContain(`echo 'ps-${NONCE}' 'dumpsys-appops'; dumpsys 'appops'`);
  });

  it('refuses a bad user id, a bad nonce and foreign commands', () => {
    expect(() => buildBatch(SMALL_BATCH, { nonce: NONCE, userId: -1 })).toThrow(UnsafeShellArgument);
    expect(() => buildBatch(SMALL_BATCH, { nonce: "x'; reboot", userId: 0 })).toThrow(UnsafeShellArgument);
    expect(() => shellSequence([])).toThrow(UnsafeShellArgument);
    const forged = { argv: ['reboot'], text: 'reboot', branded: true };
    expect(() => shellSequence([shellCommand('true'), forged as never])).toThrow(UnsafeShellArgument);
  });
});
