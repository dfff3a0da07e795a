// Builds a resources.arsc as aapt2 lays it out: table header, global string pool (UTF-8),
// one package (0x7f) with its type and key pools, then per type a type spec and one type chunk
// per configuration. Types: attr (1, empty), drawable (2, optional filler entries in three
// configurations so a reader must skip real-sized chunks) and string (3). String ids are
// 0x7f03EEEE in the order given.
import { ResWriter, stringPoolChunk } from './res-writer';

export interface StringResourceSpec {
  readonly name: string;
  /** Value per locale key: '' (default), 'en', 'zh', 'zh-CN', 'zh-TW' … */
  readonly values: Readonly<Record<string, string>>;
}

export interface ResourceTableSpec {
  readonly packageName: string;
  readonly strings: readonly StringResourceSpec[];
  /** Filler drawable entries (default 0). */
  readonly drawables?: number;
}

export const STRING_TYPE_ID = 3;
export const stringResourceId = (index: number): number =>
  ((0x7f << 24) | (STRING_TYPE_ID << 16) | index) >>> 0;

const CONFIG_SIZE = 64;
const TYPE_HEADER = 20 + CONFIG_SIZE;

/** A 64-byte ResTable_config for a locale key, a density or night mode. */
const config = (options: { locale?: string; density?: number; night?: boolean }): Uint8Array => {
  const bytes = new Uint8Array(CONFIG_SIZE);
  bytes[0] = CONFIG_SIZE;
  const [language = '', region = ''] = (options.locale ?? '').split('-');
  if (language.length === 2) bytes.set([language.charCodeAt(0), language.charCodeAt(1)], 8);
  if (region.length === 2) bytes.set([region.charCodeAt(0), region.charCodeAt(1)], 10);
  if (region.length === 4)
    bytes.set(
      [...region].map((char) => char.charCodeAt(0)),
      36,
    );
  if (options.density !== undefined) bytes.set([options.density & 0xff, options.density >> 8], 14);
  if (options.night === true) bytes[29] = 0x20;
  return bytes;
};

const typeSpec = (id: number, entryCount: number): Uint8Array => {
  const chunk = new ResWriter()
    .u16(0x0202)
    .u16(16)
    .u32(16 + entryCount * 4)
    .u8(id)
    .u8(0)
    .u16(0)
    .u32(entryCount);
  for (let index = 0; index < entryCount; index += 1) chunk.u32(0);
  return chunk.toBytes();
};

/** A type chunk; `values[i]` is a global pool index for entry i, or undefined (no entry). */
const typeChunk = (
  id: number,
  options: { config: Uint8Array; values: readonly (number | undefined)[]; keyBase: number },
): Uint8Array => {
  const entryCount = options.values.length;
  const entriesStart = TYPE_HEADER + entryCount * 4;
  const present = options.values.filter((value) => value !== undefined).length;
  const chunk = new ResWriter()
    .u16(0x0201)
    .u16(TYPE_HEADER)
    .u32(entriesStart + present * 16)
    .u8(id)
    .u8(0)
    .u16(0)
    .u32(entryCount)
    .u32(entriesStart)
    .bytes(options.config);
  let offset = 0;
  for (const value of options.values) {
    chunk.u32(value === undefined ? 0xffffffff : offset);
    if (value !== undefined) offset += 16;
  }
  options.values.forEach((value, index) => {
    if (value === undefined) return;
    chunk
      .u16(8)
      .u16(0)
      .u32(options.keyBase + index);
    chunk.u16(8).u8(0).u8(0x03).u32(value);
  });
  return chunk.toBytes();
};

const packageHeader = (options: { name: string; typeStrings: number; keyStrings: number }): Uint8Array => {
  const header = new ResWriter().u16(0x0200).u16(288).u32(0).u32(0x7f);
  for (let index = 0; index < 128; index += 1) header.u16(options.name.charCodeAt(index) || 0);
  return header.u32(options.typeStrings).u32(3).u32(options.keyStrings).u32(0).u32(0).toBytes();
};

export const buildResourceTable = (spec: ResourceTableSpec): Uint8Array => {
  const drawables = spec.drawables ?? 0;
  const pool: string[] = drawables > 0 ? ['res/drawable/filler.png'] : [];
  const poolIndex = (text: string): number => {
    const existing = pool.indexOf(text);
    return existing >= 0 ? existing : pool.push(text) - 1;
  };
  const locales = [...new Set(spec.strings.flatMap((entry) => Object.keys(entry.values)))].sort();
  const stringTypes = locales.map((locale) =>
    typeChunk(STRING_TYPE_ID, {
      config: config({ locale }),
      values: spec.strings.map((entry) => {
        const value = entry.values[locale];
        return value === undefined ? undefined : poolIndex(value);
      }),
      keyBase: drawables,
    }),
  );
  const drawableTypes =
    drawables === 0
      ? []
      : [config({}), config({ density: 480 }), config({ night: true })].map((each) =>
          typeChunk(2, { config: each, values: Array.from({ length: drawables }, () => 0), keyBase: 0 }),
        );
  const keys = [
    ...Array.from({ length: drawables }, (_, index) => `filler_${index}`),
    ...spec.strings.map((e) => e.name),
  ];
  const typeStrings = stringPoolChunk(['attr', 'drawable', 'string'], { utf8: false });
  const keyStrings = stringPoolChunk(keys, { utf8: true });
  const body = [
    typeSpec(1, 0),
    typeSpec(2, drawables),
    ...drawableTypes,
    typeSpec(STRING_TYPE_ID, spec.strings.length),
    ...stringTypes,
  ];
  const pkg = new ResWriter().bytes(
    packageHeader({ name: spec.packageName, typeStrings: 288, keyStrings: 288 + typeStrings.length }),
  );
  pkg.bytes(typeStrings).bytes(keyStrings);
  for (const chunk of body) pkg.bytes(chunk);
  pkg.patchU32(4, pkg.length);
  const globalPool = stringPoolChunk(pool, { utf8: true });
  const packageBytes = pkg.toBytes();
  return new ResWriter()
    .u16(0x0002)
    .u16(12)
    .u32(12 + globalPool.length + packageBytes.length)
    .u32(1)
    .bytes(globalPool)
    .bytes(packageBytes)
    .toBytes();
};
