// The `android:label` of <application> from a compiled AndroidManifest.xml (Android binary XML,
// AOSP libs/androidfw ResourceTypes.h ResXMLTree_*): a literal string, a resource reference
// (0x7fTTEEEE, resolved in resources.arsc) or none. Walks the chunks in order and stops at the
// application start tag, so the rest of the manifest is never decoded. Pure; throws ApkFormatError.
import { ApkFormatError } from './apk-errors';
import { ByteView } from './byte-view';
import {
  decodePoolString,
  readStringPoolHeader,
  RES_STRING_POOL_TYPE,
  type StringPoolHeader,
} from './string-pool';

const RES_XML_TYPE = 0x0003;
const RES_XML_RESOURCE_MAP_TYPE = 0x0180;
const RES_XML_START_ELEMENT_TYPE = 0x0102;
/** android.R.attr.label */
export const ANDROID_LABEL_ATTR = 0x01010001;
const ANDROID_NAMESPACE = 'http://schemas.android.com/apk/res/android';
const NO_INDEX = 0xffffffff;
const TYPE_REFERENCE = 0x01;
const TYPE_STRING = 0x03;
const CHUNK_HEADER = 8;

export type ManifestLabel =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'reference'; readonly id: number }
  | { readonly kind: 'none' };

interface XmlContext {
  readonly view: ByteView;
  pool?: StringPoolHeader;
  resourceIds: number[];
}

const stringAt = (context: XmlContext, index: number): string | undefined => {
  const { pool, view } = context;
  if (pool === undefined || index === NO_INDEX || index >= pool.stringCount) return undefined;
  const slot = view.u32(pool.start + pool.headerSize + index * 4, 'string slot');
  return decodePoolString(view, pool.stringsStart + slot, pool.utf8);
};

const isLabelAttribute = (context: XmlContext, nameIndex: number, namespaceIndex: number): boolean => {
  const id = context.resourceIds[nameIndex];
  if (id !== undefined) return id === ANDROID_LABEL_ATTR;
  return stringAt(context, nameIndex) === 'label' && stringAt(context, namespaceIndex) === ANDROID_NAMESPACE;
};

const applicationLabel = (context: XmlContext, at: number, headerSize: number): ManifestLabel => {
  const { view } = context;
  const ext = at + headerSize;
  const attributeStart = view.u16(ext + 8);
  const attributeSize = view.u16(ext + 10);
  const attributeCount = view.u16(ext + 12);
  if (attributeSize < 20) throw new ApkFormatError(`attribute size ${attributeSize}`);
  for (let index = 0; index < attributeCount; index += 1) {
    const attr = ext + attributeStart + index * attributeSize;
    if (!isLabelAttribute(context, view.u32(attr + 4), view.u32(attr))) continue;
    const raw = view.u32(attr + 8);
    const dataType = view.u8(attr + 15);
    const data = view.u32(attr + 16);
    if (dataType === TYPE_REFERENCE && data !== 0) return { kind: 'reference', id: data };
    const text = stringAt(context, raw !== NO_INDEX ? raw : dataType === TYPE_STRING ? data : NO_INDEX);
    return text === undefined || text.trim() === '' ? { kind: 'none' } : { kind: 'literal', value: text };
  }
  return { kind: 'none' };
};

/** Reads the application label of a whole (inflated) binary AndroidManifest.xml. */
export const readManifestLabel = (manifest: Uint8Array): ManifestLabel => {
  const view = new ByteView(manifest);
  if (view.u16(0, 'xml header') !== RES_XML_TYPE) throw new ApkFormatError('not a binary XML file');
  const total = Math.min(view.u32(4), view.length);
  const context: XmlContext = { view, resourceIds: [] };
  let at = view.u16(2);
  while (at + CHUNK_HEADER <= total) {
    const type = view.u16(at);
    const headerSize = view.u16(at + 2);
    const size = view.u32(at + 4);
    if (size < CHUNK_HEADER || headerSize > size || at + size > total) {
      throw new ApkFormatError(`bad XML chunk at ${at}`);
    }
    if (type === RES_STRING_POOL_TYPE && context.pool === undefined) {
      context.pool = readStringPoolHeader(view, at);
    } else if (type === RES_XML_RESOURCE_MAP_TYPE) {
      const count = Math.floor((size - headerSize) / 4);
      context.resourceIds = Array.from({ length: count }, (_, index) =>
        view.u32(at + headerSize + index * 4),
      );
    } else if (type === RES_XML_START_ELEMENT_TYPE) {
      const name = stringAt(context, view.u32(at + headerSize + 4));
      if (name === 'application') return applicationLabel(context, at, headerSize);
    }
    at += size;
  }
  return { kind: 'none' };
};
