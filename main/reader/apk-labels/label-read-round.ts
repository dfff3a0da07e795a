// One round trip of the label reader: every range request of every app, as `echo marker;
// command` pairs in as few shells as the command-line limit allows (adb's service request
// carries at most 64 KiB), run side by side. Returns each request's section of the output and
// what the round cost. A device error (offline, timeout, cancelled) is thrown as the ADB
// layer's typed error.
import type { DeviceSession } from '../../adb/device-session';
import { shellSequence, type ShellCommand } from '../../adb/shell-arguments';
import { splitFrames } from './frame-splitter';
import { frameMarker } from './label-read-commands';

export interface RoundRequest {
  readonly tag: string;
  readonly command: ShellCommand;
}

export interface RoundResult {
  readonly sections: Map<string, Buffer>;
  readonly shells: number;
  readonly bytes: number;
}

/** Characters of one shell's command line (well under adb's 64 KiB request limit). */
const MAX_COMMAND_CHARS = 24_000;
const PARALLEL_SHELLS = 8;
const MAX_ROUND_BYTES = 256 * 1024 * 1024;

const groupRequests = (requests: readonly RoundRequest[], nonce: string): RoundRequest[][] => {
  const groups: RoundRequest[][] = [];
  let current: RoundRequest[] = [];
  let chars = 0;
  for (const request of requests) {
    const size = request.command.text.length + frameMarker(nonce, request.tag).text.length + 4;
    if (current.length > 0 && chars + size > MAX_COMMAND_CHARS) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    current.push(request);
    chars += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
};

export const runLabelRound = async (
  session: DeviceSession,
  options: { requests: readonly RoundRequest[]; nonce: string; timeoutMs: number; signal?: AbortSignal },
): Promise<RoundResult> => {
  const { nonce } = options;
  const groups = groupRequests(options.requests, nonce);
  const sections = new Map<string, Buffer>();
  let bytes = 0;
  const runGroup = async (group: readonly RoundRequest[]): Promise<void> => {
    const command = shellSequence(
      group.flatMap((request) => [frameMarker(nonce, request.tag), request.command]),
    );
    const chunks: Buffer[] = [];
    const stream = session.stream(command, {
      timeoutMs: options.timeoutMs,
      maxOutputBytes: MAX_ROUND_BYTES,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    for await (const chunk of stream) chunks.push(chunk);
    await stream.exit;
    const output = Buffer.concat(chunks);
    bytes += output.length;
    const tags = new Set(group.map((request) => request.tag));
    for (const [tag, section] of splitFrames(output, { nonce, tags })) sections.set(tag, section);
  };
  for (let at = 0; at < groups.length; at += PARALLEL_SHELLS) {
    await Promise.all(groups.slice(at, at + PARALLEL_SHELLS).map(runGroup));
  }
  return { sections, shells: groups.length, bytes };
};
