// Builds zip archives at test time (PKWARE APPNOTE §4.3 layout) so no binary is committed.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly method?: 'stored' | 'deflate';
  /** Overrides the declared uncompressed size (to fake bombs or lies). */
  readonly declaredSize?: number;
  /** Overrides the method code written to the headers. */
  readonly methodCode?: number;
  readonly flags?: number;
}

const u16 = (value: number) => {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
};
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

export const makeZip = (inputs: readonly ZipInput[], options: { comment?: string } = {}): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data);
    const deflate = (input.method ?? 'deflate') === 'deflate';
    const body = deflate ? deflateRawSync(raw) : raw;
    const code = input.methodCode ?? (deflate ? 8 : 0);
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? raw.length;
    const flags = (input.flags ?? 0) | 0x800;
    const common = [
      u16(20),
      u16(flags),
      u16(code),
      u16(0),
      u16(0x21),
      u32(crc32(raw)),
      u32(body.length),
      u32(size),
      u16(name.length),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name, body]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      ...common,
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(inputs.length),
    u16(inputs.length),
    u32(directory.length),
    u32(offset),
    u16(comment.length),
    comment,
  ]);
  return Buffer.concat([...locals, directory, end]);
};
