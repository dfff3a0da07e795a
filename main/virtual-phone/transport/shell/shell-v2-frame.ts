// Shell protocol v2 frames: `[id u8][length u32 LE][data]`.
// See AOSP `adb/shell_protocol.h`.

export const ShellFrameId = {
  STDIN: 0,
  STDOUT: 1,
  STDERR: 2,
  EXIT: 3,
  CLOSE_STDIN: 4,
  WINDOW_SIZE: 5,
} as const;
export type ShellFrameId = (typeof ShellFrameId)[keyof typeof ShellFrameId];

export const SHELL_FRAME_HEADER = 5;

export const shellFrameHeader = (id: ShellFrameId, length: number): Uint8Array => {
  const header = Buffer.allocUnsafe(SHELL_FRAME_HEADER);
  header.writeUInt8(id, 0);
  header.writeUInt32LE(length, 1);
  return header;
};

export const exitFrame = (code: number): Uint8Array => {
  const frame = Buffer.allocUnsafe(SHELL_FRAME_HEADER + 1);
  frame.writeUInt8(ShellFrameId.EXIT, 0);
  frame.writeUInt32LE(1, 1);
  frame.writeUInt8(code & 0xff, 5);
  return frame;
};
