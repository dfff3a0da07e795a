// Runs the label resolver against APK bytes in memory the way the device reader does: the tail
// first, then the block reads each step asks for, counting rounds and bytes.
import { ApkBytes, blockReads, BLOCK_SIZE } from '../../../../main/reader/apk-labels/apk-bytes';
import {
  APK_TAIL_BYTES,
  ApkLabelResolver,
  type LabelOutcome,
} from '../../../../main/reader/apk-labels/apk-label-resolver';
import { MISSING } from '../../../../main/reader/apk-labels/arsc-lookup';

export interface InMemoryRead {
  readonly outcome: LabelOutcome;
  /** Round trips after the first (stat + tail). */
  readonly rounds: number;
  readonly bytes: number;
}

export const resolveInMemory = (file: Uint8Array, options: { maxRounds?: number } = {}): InMemoryRead => {
  const apk = new ApkBytes(file.length);
  const tail = Math.min(file.length, APK_TAIL_BYTES);
  apk.add(file.length - tail, file.subarray(file.length - tail));
  const resolver = new ApkLabelResolver(apk);
  let rounds = 0;
  let bytes = tail;
  for (;;) {
    const outcome = resolver.step();
    if (outcome !== MISSING) return { outcome, rounds, bytes };
    const reads = blockReads(apk.takeNeeds(), file.length);
    if (reads.length === 0) throw new Error('MISSING without a need');
    if ((rounds += 1) > (options.maxRounds ?? 20)) throw new Error('too many rounds');
    for (const read of reads) {
      const offset = read.skip * BLOCK_SIZE;
      const data = file.subarray(offset, Math.min(file.length, offset + read.count * BLOCK_SIZE));
      apk.add(offset, data);
      bytes += data.length;
    }
  }
};
