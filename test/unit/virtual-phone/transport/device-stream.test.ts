// Stream flow control with a recording port: one WRTE in flight until OKAY, payloads chunked
// to maxdata, small writes coalesced, CLSE only after everything was delivered.
import { describe, expect, it } from 'vitest';
import { DeviceStream, type StreamPort } from '../../../../main/virtual-phone/transport/device-stream';
import { randomBytes, randomInt, seededRandom } from '../../../support/seeded-random';

interface Recorder {
  readonly port: StreamPort;
  readonly writes: Uint8Array[];
  closes: number;
  inFlight: number;
  maxInFlight: number;
}

const createRecorder = (maxData: number): Recorder => {
  const recorder: Recorder = {
    writes: [],
    closes: 0,
    inFlight: 0,
    maxInFlight: 0,
    port: {
      maxData,
      sendWrite: async (_stream, payload) => {
        recorder.writes.push(payload);
        recorder.inFlight += 1;
        recorder.maxInFlight = Math.max(recorder.maxInFlight, recorder.inFlight);
      },
      sendClose: () => void (recorder.closes += 1),
    },
  };
  return recorder;
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

const newStream = (recorder: Recorder) =>
  new DeviceStream({ localId: 5, remoteId: 9, service: 'shell:test', port: recorder.port });

const okay = (stream: DeviceStream, recorder: Recorder) => {
  recorder.inFlight -= 1;
  stream.handleOkay();
};

describe('DeviceStream', () => {
  it('keeps one WRTE in flight and sends the next only after OKAY', async () => {
    const recorder = createRecorder(4);
    const stream = newStream(recorder);
    stream.write(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    await settle();
    expect(recorder.writes.map((write) => [...write])).toEqual([[1, 2, 3, 4]]);
    expect(stream.writeInFlight).toBe(true);
    stream.write(Uint8Array.of(11));
    await settle();
    expect(recorder.writes).toHaveLength(1);
    okay(stream, recorder);
    expect(recorder.writes.map((write) => [...write])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    okay(stream, recorder);
    okay(stream, recorder);
    expect(recorder.writes.map((write) => [...write]).slice(2)).toEqual([[9, 10, 11]]);
    expect(recorder.maxInFlight).toBe(1);
  });

  it('ignores an OKAY when nothing is in flight', async () => {
    const recorder = createRecorder(4);
    const stream = newStream(recorder);
    stream.handleOkay();
    stream.write(Uint8Array.of(1, 2, 3, 4, 5));
    await settle();
    stream.handleOkay();
    stream.handleOkay();
    expect(recorder.writes).toHaveLength(2);
  });

  it('coalesces writes made in the same tick into one WRTE', async () => {
    const recorder = createRecorder(1024);
    const stream = newStream(recorder);
    for (let index = 0; index < 10; index += 1) stream.write(Uint8Array.of(index));
    await settle();
    expect(recorder.writes.map((write) => [...write])).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  });

  it('sends CLSE only after the last WRTE was acknowledged, once', async () => {
    const recorder = createRecorder(2);
    const stream = newStream(recorder);
    stream.write(Uint8Array.of(1, 2, 3));
    stream.end();
    stream.write(Uint8Array.of(4));
    stream.end();
    await settle();
    expect(recorder.closes).toBe(0);
    okay(stream, recorder);
    expect(recorder.closes).toBe(0);
    okay(stream, recorder);
    expect(recorder.closes).toBe(1);
    expect(stream.closed).toBe(true);
    expect(recorder.writes.map((write) => [...write])).toEqual([[1, 2], [3]]);
  });

  it('abort drops queued bytes, fires the signal and sends nothing more', async () => {
    const recorder = createRecorder(2);
    const stream = newStream(recorder);
    stream.write(Uint8Array.of(1, 2, 3, 4));
    await settle();
    const room = stream.waitForRoom(0);
    stream.abort('closed by host');
    await room;
    expect(stream.signal.aborted).toBe(true);
    stream.handleOkay();
    stream.write(Uint8Array.of(5));
    stream.end();
    await settle();
    expect(recorder.writes).toHaveLength(1);
    expect(recorder.closes).toBe(0);
  });

  it('waitForRoom resolves once the backlog shrinks', async () => {
    const recorder = createRecorder(4);
    const stream = newStream(recorder);
    stream.write(new Uint8Array(12));
    let ready = false;
    const room = stream.waitForRoom(4).then(() => (ready = true));
    await settle();
    expect(ready).toBe(false);
    okay(stream, recorder);
    await room;
    expect(stream.queuedBytes).toBeLessThanOrEqual(4);
  });

  it('delivers random writes intact in ≤ maxdata chunks with one in flight (500 seeds)', async () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const next = seededRandom(seed);
      const maxData = randomInt(next, 1, 300);
      const recorder = createRecorder(maxData);
      const stream = newStream(recorder);
      const expected: Uint8Array[] = [];
      for (let round = randomInt(next, 1, 8); round > 0; round -= 1) {
        for (let count = randomInt(next, 0, 5); count > 0; count -= 1) {
          const bytes = randomBytes(next, randomInt(next, 0, 700));
          expected.push(bytes);
          stream.write(bytes);
        }
        await settle();
        for (let acks = randomInt(next, 0, 3); acks > 0 && recorder.inFlight > 0; acks -= 1)
          okay(stream, recorder);
      }
      stream.end();
      await settle();
      while (recorder.inFlight > 0) okay(stream, recorder);
      const delivered = Buffer.concat(recorder.writes).toString('hex');
      expect(delivered, `seed ${seed}`).toBe(Buffer.concat(expected).toString('hex'));
      expect(Math.max(0, ...recorder.writes.map((write) => write.length))).toBeLessThanOrEqual(maxData);
      expect(recorder.maxInFlight).toBe(recorder.writes.length > 0 ? 1 : 0);
      expect(recorder.closes).toBe(1);
    }
  });
});
