// Builds a compiled (binary XML) AndroidManifest.xml as aapt2 does, with just <manifest
// package=…> and <application android:label=…>: a literal label, a reference to a string
// resource (0x7fTTEEEE), or none.
import { ResWriter, stringPoolChunk } from './res-writer';

export type ManifestLabelSpec =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'reference'; readonly id: number }
  | { readonly kind: 'none' };

const ANDROID_NS = 'http://schemas.android.com/apk/res/android';
const NONE = 0xffffffff;
const TYPE_REFERENCE = 0x01;
const TYPE_STRING = 0x03;

interface Attribute {
  readonly namespace: number;
  readonly name: number;
  readonly raw: number;
  readonly dataType: number;
  readonly data: number;
}

const startElement = (name: number, attributes: readonly Attribute[]): Uint8Array => {
  const chunk = new ResWriter()
    .u16(0x0102)
    .u16(16)
    .u32(16 + 20 + attributes.length * 20)
    .u32(1)
    .u32(NONE)
    .u32(NONE)
    .u32(name)
    .u16(20)
    .u16(20)
    .u16(attributes.length)
    .u16(0)
    .u16(0)
    .u16(0);
  for (const attribute of attributes) {
    chunk.u32(attribute.namespace).u32(attribute.name).u32(attribute.raw);
    chunk.u16(8).u8(0).u8(attribute.dataType).u32(attribute.data);
  }
  return chunk.toBytes();
};

const endElement = (name: number): Uint8Array =>
  new ResWriter().u16(0x0103).u16(16).u32(24).u32(1).u32(NONE).u32(NONE).u32(name).toBytes();

const namespaceChunk = (type: number, prefix: number, uri: number): Uint8Array =>
  new ResWriter().u16(type).u16(16).u32(24).u32(1).u32(NONE).u32(prefix).u32(uri).toBytes();

export const buildManifestXml = (options: { packageName: string; label: ManifestLabelSpec }): Uint8Array => {
  // Attribute names with resource ids come first (their index matches the resource map).
  const strings = ['label', 'package', 'manifest', 'application', 'android', ANDROID_NS, options.packageName];
  const literal = options.label.kind === 'literal' ? strings.push(options.label.value) - 1 : undefined;
  const [LABEL, PACKAGE, MANIFEST, APPLICATION, PREFIX, URI, NAME] = [0, 1, 2, 3, 4, 5, 6];
  const labelAttributes: Attribute[] =
    options.label.kind === 'reference'
      ? [{ namespace: URI, name: LABEL, raw: NONE, dataType: TYPE_REFERENCE, data: options.label.id }]
      : literal === undefined
        ? []
        : [{ namespace: URI, name: LABEL, raw: literal, dataType: TYPE_STRING, data: literal }];
  const body = [
    stringPoolChunk(strings, { utf8: false }),
    new ResWriter().u16(0x0180).u16(8).u32(12).u32(0x01010001).toBytes(),
    namespaceChunk(0x0100, PREFIX, URI),
    startElement(MANIFEST, [
      { namespace: NONE, name: PACKAGE, raw: NAME, dataType: TYPE_STRING, data: NAME },
    ]),
    startElement(APPLICATION, labelAttributes),
    endElement(APPLICATION),
    endElement(MANIFEST),
    namespaceChunk(0x0101, PREFIX, URI),
  ];
  const size = 8 + body.reduce((total, chunk) => total + chunk.length, 0);
  const out = new ResWriter().u16(0x0003).u16(8).u32(size);
  for (const chunk of body) out.bytes(chunk);
  return out.toBytes();
};
