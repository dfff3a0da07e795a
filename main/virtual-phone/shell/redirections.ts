// mksh redirections for one simple command: `< file`, `> file`, `>> file`, `N>/dev/null`,
// `N>&M` and `N>&-`, applied left to right. Returns the streams, or the error mksh prints.
import type { ShellVariables } from './expand';
import { expandToString } from './expand';
import type { Redirection } from './parse';
import type { ShellFiles, Sink, Streams } from './shell-streams';
import { discard } from './shell-streams';

const encoder = new TextEncoder();

export const absolutePath = (path: string, cwd: string): string => {
  if (path.startsWith('/')) return path;
  return `${cwd.endsWith('/') ? cwd : `${cwd}/`}${path}`;
};

export const applyRedirections = (options: {
  redirections: readonly Redirection[];
  streams: Streams;
  variables: ShellVariables;
  files: ShellFiles;
  cwd: string;
}): Streams | string => {
  const { streams, files, cwd } = options;
  const fds: Sink[] = [discard, streams.stdout, streams.stderr];
  let stdin = streams.stdin;
  for (const redirection of options.redirections) {
    const target = expandToString(redirection.target, options.variables);
    if (redirection.operator === '<') {
      const data = files.readFile(absolutePath(target, cwd));
      if (data === undefined) return `/system/bin/sh: can't open ${target}: No such file or directory\n`;
      stdin = data;
    } else if (redirection.operator === '>&') {
      const source = target === '-' ? discard : fds[Number(target)];
      if (source === undefined || !/^(\d|-)$/.test(target)) {
        return `/system/bin/sh: ${target}: bad file descriptor\n`;
      }
      fds[redirection.fd] = source;
    } else if (target === '/dev/null') {
      fds[redirection.fd] = discard;
    } else {
      const path = absolutePath(target, cwd);
      const append = redirection.operator === '>>';
      const error = files.writeFile(path, new Uint8Array(), { append: true });
      if (error !== undefined) return `/system/bin/sh: can't create ${target}: ${error}\n`;
      if (!append) files.writeFile(path, new Uint8Array(), { append: false });
      fds[redirection.fd] = (chunk) => {
        files.writeFile(path, typeof chunk === 'string' ? encoder.encode(chunk) : chunk, { append: true });
      };
    }
  }
  return { stdout: fds[1] ?? discard, stderr: fds[2] ?? discard, stdin };
};
