// The byte/text plumbing shared by the interpreter, redirections and text commands.

/** Text or raw bytes (binary-safe `cat` of an APK). */
export type Sink = (chunk: string | Uint8Array) => void;

export interface Streams {
  readonly stdout: Sink;
  readonly stderr: Sink;
  readonly stdin: Uint8Array;
}

/** The files redirections and `cat` read and write (see phone-file-system.ts). */
export interface ShellFiles {
  readFile(path: string): Uint8Array | undefined;
  /** Returns an error text such as `Read-only file system`, or undefined on success. */
  writeFile(path: string, data: Uint8Array, options: { append: boolean }): string | undefined;
  /** For `test -e/-f/-d`. */
  fileType?(path: string): 'file' | 'directory' | undefined;
}

export const discard: Sink = () => undefined;
