// The `privacyscope` CLI as a child process for crash tests: main/cli.ts bundled once into a
// temp folder (rolldown, natives left external and found through NODE_PATH), spawned with
// `node`, and killable at any moment.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const ROOT = resolve(import.meta.dirname, '../../../..');

export const bundleCli = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'ps-cli-'));
  const file = join(dir, 'cli.cjs');
  const bundle = await rolldown({
    input: join(ROOT, 'main/cli.ts'),
    platform: 'node',
    external: [/^better-sqlite3/, /^@devicefarmer\/adbkit/, /^node:/],
    logLevel: 'silent',
  });
  await bundle.write({ file, format: 'cjs' });
  await bundle.close();
  return file;
};

export interface CliRun {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const runCli = (cli: string, args: readonly string[]): CliRun => {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, output: () => output, exited };
};
