// The .config/scripts/*.cjs modules, typed for the tests (they are plain CommonJS).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export const SCRIPTS_DIR = resolve(import.meta.dirname, '../../../.config/scripts');
const requireScript = createRequire(resolve(SCRIPTS_DIR, 'index.cjs'));

export type Env = Readonly<Record<string, string | undefined>>;
export type AbiResult =
  { kind: 'node' } | { kind: 'abi'; abi: number } | { kind: 'unknown'; message: string };
export interface Reach {
  electron: boolean;
  github: boolean;
  headers: boolean;
}
export interface SpawnOptions {
  cwd: string;
  env: Env;
  timeoutMs: number;
}
export type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => { ok: boolean };

export interface ElectronNative {
  DEFAULT_ROOT: string;
  MISSING_MESSAGE: string;
  nativePaths(root: string): { nativeDir: string; bindingPath: string; stampPath: string };
  readElectronVersion(root: string): string | undefined;
  readElectronAbi(root: string): number | undefined;
  electronExecutable(root: string, env?: Env): string | undefined;
  readStamp(stampPath: string): string;
  isBuildCurrent(options: {
    bindingPath: string;
    stampPath: string;
    electronVersion: string | undefined;
  }): boolean;
  parseDlopenOutput(output: string): AbiResult;
  detectModuleAbi(file: string): AbiResult;
}

export interface ElectronBuildEnv {
  DEFAULT_HEADERS_URL: string;
  isCi(env: Env): boolean;
  skipReason(options: { force: boolean; env: Env }): string | undefined;
  headersUrl(env: Env): string;
  electronGypDir(env: Env, home?: string): string;
  headersCached(devDir: string, electronVersion: string): boolean;
  buildEnv(
    env: Env,
    options: { electronVersion: string; devDir: string; distUrl: string },
  ): Record<string, string>;
  findNodeGyp(options: {
    env: Env;
    execPath: string;
    root: string;
    exists?: (path: string) => boolean;
  }): string | undefined;
  hasProxy(env: Env): boolean;
  planSteps(options: {
    needElectron: boolean;
    needSqlite: boolean;
    reach: Reach;
    headersAreCached: boolean;
    nodeGyp: string | undefined;
    prebuildInstall: string | undefined;
  }): { steps: string[]; notes: string[] };
}

export interface BuildScript {
  run(options: {
    argv?: readonly string[];
    env?: Env;
    root?: string;
    execPath?: string;
    probe?: (url: string, timeoutMs: number) => Promise<boolean>;
    spawn?: Spawn;
    detectAbi?: (file: string) => AbiResult;
    log?: (line: string) => void;
  }): Promise<number>;
  TIMEOUT_MS: Readonly<Record<string, number>>;
}

export interface CheckScript {
  findProblems(options: { root: string; env?: Env; detectAbi?: (file: string) => AbiResult }): string[];
  formatProblems(problems: readonly string[]): string[];
}

export const electronNative = requireScript('./electron-native.cjs') as ElectronNative;
export const electronBuildEnv = requireScript('./electron-build-env.cjs') as ElectronBuildEnv;
export const buildScript = requireScript('./build-electron-sqlite.cjs') as BuildScript;
export const checkScript = requireScript('./check-electron-abi.cjs') as CheckScript;
