// The seam between the ADB transport (which speaks the wire protocol) and the simulated
// Android (which understands shell command lines). The transport calls `execute` once per
// `shell:`, `shell,v2,…:` or `exec:` stream.

export interface ShellIo {
  /** Bytes or text (encoded UTF-8) for standard output. */
  readonly stdout: (chunk: Uint8Array | string) => void;
  /** Standard error; over shell v1 the transport merges it into stdout like a real device. */
  readonly stderr: (chunk: Uint8Array | string) => void;
  /** Aborted when the host closes the stream or the connection drops. */
  readonly signal: AbortSignal;
  /** True when a PTY was requested (`pty` argument): line endings become CRLF. */
  readonly pty: boolean;
}

export interface ShellExecutor {
  /** Runs one command line (a shell string, not argv); resolves with the exit status. */
  execute(commandLine: string, io: ShellIo): Promise<number>;
}
