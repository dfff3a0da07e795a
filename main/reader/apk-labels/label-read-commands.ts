// The toybox commands the label reader runs, every argument validated by the ADB layer:
// `stat -c %s APK` (size), `tail -c N APK` (the end: EOCD + central directory) and
// `dd if=APK bs=4096 skip=S count=C` (block-aligned ranges; toybox dd seeks for skip= on a
// regular file, and skip/count in blocks work on every dd Android shipped, unlike
// iflag=skip_bytes). Each is announced by `echo ps-<nonce> <tag>` so one stream carries many.
// Where the APK is: base.apk in an app's code path under /data; a system app's
// /system/priv-app/Foo holds Foo.apk; old releases name the .apk itself.
import { arg, shellCommand, type ShellCommand } from '../../adb/shell-arguments';
import { BLOCK_SIZE } from './apk-bytes';

export const FRAME_PREFIX = 'ps-';

export const apkPathOf = (codePath: string): string | undefined => {
  const path = codePath.replace(/\/+$/, '');
  if (!path.startsWith('/') || path === '') return undefined;
  if (path.endsWith('.apk')) return path;
  if (path.startsWith('/data/')) return `${path}/base.apk`;
  const folder = path.slice(path.lastIndexOf('/') + 1);
  return folder === '' ? undefined : `${path}/${folder}.apk`;
};

export const frameMarker = (nonce: string, tag: string): ShellCommand =>
  shellCommand('echo', arg.word(`${FRAME_PREFIX}${nonce}`), arg.word(tag));

export const statSize = (path: string): ShellCommand =>
  shellCommand('stat', '-c', arg.flag('%s'), arg.devicePath(path));

export const tailBytes = (path: string, bytes: number): ShellCommand =>
  shellCommand('tail', '-c', arg.int(bytes), arg.devicePath(path));

export const ddBlocks = (path: string, blocks: { skip: number; count: number }): ShellCommand =>
  shellCommand(
    'dd',
    arg.ddOperand('if', path),
    arg.ddOperand('bs', BLOCK_SIZE),
    arg.ddOperand('skip', blocks.skip),
    arg.ddOperand('count', blocks.count),
  );
