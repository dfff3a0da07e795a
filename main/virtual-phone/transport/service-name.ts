// Parses the service string of an OPEN packet. The adb CLI sends
// `shell,v2,TERM=xterm,raw:<cmd>` (so args are parsed, not matched), adbkit sends `shell:<cmd>`,
// `adb exec-out` sends `exec:<cmd>` and pull/push send `sync:`.

export type ShellProtocol = 'v1' | 'v2';

export type ServiceRequest =
  | {
      readonly kind: 'shell';
      readonly protocol: ShellProtocol;
      readonly pty: boolean;
      readonly command: string;
    }
  | { readonly kind: 'exec'; readonly command: string }
  | { readonly kind: 'sync' }
  | { readonly kind: 'unknown'; readonly name: string };

const SHELL = /^shell((?:,[^:]*)?):([\s\S]*)$/;

/** `payload` is the OPEN payload (NUL-terminated service name). */
export const parseServiceName = (payload: Uint8Array): string => {
  const text = Buffer.from(payload.buffer, payload.byteOffset, payload.length).toString('utf8');
  const nul = text.indexOf('\0');
  return nul === -1 ? text : text.slice(0, nul);
};

export const parseService = (name: string): ServiceRequest => {
  const shell = SHELL.exec(name);
  if (shell) {
    const args = (shell[1] ?? '').split(',').filter((arg) => arg !== '');
    const command = shell[2] ?? '';
    const protocol: ShellProtocol = args.includes('v2') ? 'v2' : 'v1';
    // adbd: no args → PTY only for an interactive shell; `raw`/`pty` override.
    const pty = args.includes('pty') || (!args.includes('raw') && command === '');
    return { kind: 'shell', protocol, pty, command };
  }
  if (name.startsWith('exec:')) return { kind: 'exec', command: name.slice('exec:'.length) };
  if (name === 'sync:') return { kind: 'sync' };
  return { kind: 'unknown', name };
};
