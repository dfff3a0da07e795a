import { describe, expect, test } from 'vitest';
import { createAndroidShell } from '../../../../main/virtual-phone/shell/android-shell';
import { createPhone, run } from '../commands/phone-fixture';

describe('android shell interpreter', () => {
  test('runs lists with ; && || and keeps $?', async () => {
    const state = createPhone({ sdk: 34 });
    expect(await run(state, 'true && echo yes || echo no; false && echo yes || echo no')).toEqual({
      status: 0,
      stdout: 'yes\nno\n',
      stderr: '',
    });
    expect((await run(state, 'false; echo $?; true; echo $?')).stdout).toBe('1\n0\n');
    expect((await run(state, 'false')).status).toBe(1);
  });

  test('echo -n, -e and plain', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'echo -n a b; echo')).stdout).toBe('a b\n');
    expect((await run(state, "echo -e 'a\\tb'")).stdout).toBe('a\tb\n');
    expect((await run(state, "echo 'a\\tb'")).stdout).toBe('a\tb\n');
    expect((await run(state, "echo -E 'a\\tb'")).stdout).toBe('a\\tb\n');
    expect((await run(state, "echo 'a\\cb'; echo x")).stdout).toBe('ax\n');
  });

  test('unknown commands answer like mksh on Android, exit 127', async () => {
    const state = createPhone({ sdk: 31 });
    expect(await run(state, 'foo bar')).toEqual({
      status: 127,
      stdout: '',
      stderr: '/system/bin/sh: foo: inaccessible or not found\n',
    });
    expect((await run(state, '/system/bin/pm list users')).stdout).toContain('Users:');
    expect((await run(state, '/data/foo')).status).toBe(127);
  });

  test('syntax errors print /system/bin/sh: … and exit 1', async () => {
    const state = createPhone({ sdk: 31 });
    expect(await run(state, 'echo "abc')).toEqual({
      status: 1,
      stdout: '',
      stderr: '/system/bin/sh: no closing quote\n',
    });
    expect((await run(state, 'echo a &&')).stderr).toBe('/system/bin/sh: syntax error: unexpected EOF\n');
  });

  test('exit N stops the line with that status', async () => {
    const state = createPhone({ sdk: 31 });
    expect(await run(state, 'echo a; exit 3; echo b')).toEqual({ status: 3, stdout: 'a\n', stderr: '' });
    expect((await run(state, 'false; exit')).status).toBe(1);
  });

  test('redirections: 2>/dev/null, >/dev/null, 2>&1, > file and >> file', async () => {
    const state = createPhone({ sdk: 31 });
    expect(await run(state, 'foo 2>/dev/null; echo $?')).toEqual({ status: 0, stdout: '127\n', stderr: '' });
    expect(await run(state, 'echo hidden >/dev/null')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect((await run(state, 'foo 2>&1')).stdout).toBe('/system/bin/sh: foo: inaccessible or not found\n');
    await run(state, 'echo one > /data/local/tmp/f; echo two >> /data/local/tmp/f');
    expect((await run(state, 'cat /data/local/tmp/f')).stdout).toBe('one\ntwo\n');
    expect(new TextDecoder().decode(state.files.get('/data/local/tmp/f'))).toBe('one\ntwo\n');
    expect(await run(state, 'echo x > /system/x')).toEqual({
      status: 1,
      stdout: '',
      stderr: "/system/bin/sh: can't create /system/x: Read-only file system\n",
    });
  });

  test('pipes into grep, head, tail, wc and cat', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'pm list packages | grep maps')).stdout).toBe('package:com.example.maps\n');
    expect((await run(state, 'pm list packages | grep -v maps | head -n 1')).stdout).toBe(
      'package:com.android.settings\n',
    );
    expect((await run(state, 'pm list packages | wc -l')).stdout).toBe('4\n');
    expect((await run(state, 'getprop | grep -c ro.')).stdout).toBe('3\n');
    expect((await run(state, 'echo abc | grep x; echo $?')).stdout).toBe('1\n');
    expect((await run(state, 'nothere | cat; echo $?')).stdout).toBe('0\n');
  });

  test('id, whoami, which, cd, pwd, variables', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'id')).stdout).toMatch(
      /^uid=2000\(shell\) gid=2000\(shell\) groups=2000\(shell\),1004\(input\).* context=u:r:shell:s0\n$/,
    );
    expect((await run(state, 'id', { runAs: 'root' })).stdout).toMatch(/^uid=0\(root\) gid=0\(root\)/);
    expect((await run(state, 'whoami')).stdout).toBe('shell\n');
    expect(await run(state, 'which pm getprop nothere')).toEqual({
      status: 1,
      stdout: '/system/bin/pm\n/system/bin/getprop\n',
      stderr: '',
    });
    expect((await run(state, 'cd /data/local/tmp && pwd; A=5; echo "$A"')).stdout).toBe(
      '/data/local/tmp\n5\n',
    );
  });

  test("adbkit's waitBootComplete loop prints until sys.boot_completed is 1 and stops on close", async () => {
    const state = createPhone({ sdk: 34 });
    state.props['sys.boot_completed'] = '';
    setTimeout(() => {
      state.props['sys.boot_completed'] = '1';
    }, 150);
    // adbkit waitBootComplete: reads until it sees "1", then closes the stream.
    const controller = new AbortController();
    let seen = '';
    const shell = createAndroidShell({ state });
    await shell.execute('while getprop sys.boot_completed 2>/dev/null; do sleep 0.05; done', {
      stdout: (chunk) => {
        seen += String(chunk);
        if (seen.includes('1\n')) controller.abort();
      },
      stderr: () => undefined,
      signal: controller.signal,
      pty: false,
    });
    expect(seen).toMatch(/^(\n)+1\n$/);
    const result = await run(
      state,
      'until getprop sys.boot_completed | grep -q 1; do sleep 0.05; done; echo booted',
    );
    expect(result.stdout).toBe('booted\n');
  });

  test('$(…) command substitution and [ … ] / test', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'echo "sdk=$(getprop ro.build.version.sdk)"')).stdout).toBe('sdk=34\n');
    expect((await run(state, 'n=$(pm list packages | wc -l); echo $n')).stdout).toBe('4\n');
    expect((await run(state, 'echo $(echo "a)b" $(echo nested))')).stdout).toBe('a)b nested\n');
    const boot = 'while [ "$(getprop sys.boot_completed)" != 1 ]; do sleep 0.05; done; echo booted';
    state.props['sys.boot_completed'] = '';
    setTimeout(() => {
      state.props['sys.boot_completed'] = '1';
    }, 100);
    expect((await run(state, boot)).stdout).toBe('booted\n');
    expect(
      (await run(state, '[ 3 -gt 2 ] && test -d /data/local/tmp && [ ! -e /nope ] && echo yes')).stdout,
    ).toBe('yes\n');
    expect(await run(state, '[ 1 = 1')).toEqual({ status: 2, stdout: '', stderr: "[: missing ']'\n" });
    expect((await run(state, 'if [ -z "" ]; then echo empty; else echo full; fi')).stdout).toBe('empty\n');
    expect((await run(state, 'echo $(echo "abc)')).stderr).toBe('/system/bin/sh: no closing quote\n');
  });

  test('abort stops a sleep and a loop', async () => {
    const state = createPhone({ sdk: 34 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const result = await run(state, 'while true; do sleep 10; done; echo never', {
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.stdout).toBe('');
  });

  test('a PTY gets CRLF line endings', async () => {
    const state = createPhone({ sdk: 34 });
    expect((await run(state, 'echo a; echo b', { pty: true })).stdout).toBe('a\r\nb\r\n');
  });

  test('extra commands can be injected and call back into the shell', async () => {
    const state = createPhone({ sdk: 34 });
    const shell = createAndroidShell({
      state,
      commands: { hello: async (context) => context.run(['echo', 'hi', ...context.argv.slice(1)]) },
    });
    let out = '';
    const status = await shell.execute('hello there', {
      stdout: (chunk) => {
        out += String(chunk);
      },
      stderr: () => undefined,
      signal: new AbortController().signal,
      pty: false,
    });
    expect({ status, out }).toEqual({ status: 0, out: 'hi there\n' });
  });
});
