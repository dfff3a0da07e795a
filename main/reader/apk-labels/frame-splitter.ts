// Splits the raw (binary) output of one batched label-read shell into its sections. Each
// section starts after a line `ps-<nonce> <tag>`; the nonce is random per scan, so bytes read
// from an APK cannot forge a marker. What a command wrote to stderr (merged into stdout by the
// v1 shell service: dd's record counts, "No such file or directory") stays in its section and
// is judged by the section checks. Pure.
import { FRAME_PREFIX } from './label-read-commands';

const MAX_TAG = 64;

export const splitFrames = (
  output: Uint8Array,
  options: { nonce: string; tags: ReadonlySet<string> },
): Map<string, Buffer> => {
  const bytes = Buffer.from(output.buffer, output.byteOffset, output.byteLength);
  const token = Buffer.from(`${FRAME_PREFIX}${options.nonce} `, 'latin1');
  const sections = new Map<string, Buffer>();
  let current: { tag: string; start: number } | undefined;
  let from = 0;
  for (;;) {
    const at = bytes.indexOf(token, from);
    const lineEnd = at < 0 ? -1 : bytes.indexOf(0x0a, at + token.length);
    const tag =
      lineEnd < 0 || lineEnd - (at + token.length) > MAX_TAG
        ? undefined
        : bytes.subarray(at + token.length, lineEnd).toString('latin1');
    if (at >= 0 && (tag === undefined || !options.tags.has(tag))) {
      from = at + token.length;
      continue;
    }
    if (current !== undefined) {
      const end = at < 0 ? bytes.length : at;
      if (!sections.has(current.tag)) sections.set(current.tag, bytes.subarray(current.start, end));
    }
    if (at < 0 || tag === undefined) return sections;
    current = { tag, start: lineEnd + 1 };
    from = lineEnd + 1;
  }
};
