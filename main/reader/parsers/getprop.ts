// `getprop` output: one `[key]: [value]` line per property, sorted (toybox getprop.c /
// system/core/toolbox; the property area of bionic). Values may be empty (`[]`) or span
// several lines (persist.sys.boot.reason.history in the Ai Pin and HyperOS samples); stray
// blank lines occur (getprop_unknown_unknown_partial1.txt) and captured copies may have a
// shell prompt glued in front of the first property. FORMATS.md §5.
import type { DeviceInfo } from '../../snapshot/device-snapshot';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

const PROPERTY_START = /\[([A-Za-z0-9_.:@+-]{1,256})\]: \[(.*)$/;
/** A multi-line value longer than this is treated as a broken line. */
const MAX_VALUE_LINES = 256;

export type Properties = Readonly<Record<string, string>>;

/** Parses `getprop` text into a key → value record (prototype-free). */
export const parseGetprop = (text: string): ParseResult<Properties> => {
  const sink = new WarningSink('getprop');
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  const lines = splitLines(text);
  let open: { key: string; parts: string[]; line: number } | undefined;
  let partial = false;

  const store = (key: string, value: string, line: number): void => {
    if (Object.hasOwn(props, key) && props[key] !== value) {
      sink.warn(`property ${key} appears twice; the later value is kept`, line);
    }
    props[key] = value;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (open !== undefined) {
      const start = PROPERTY_START.exec(raw);
      if (start === null && open.parts.length < MAX_VALUE_LINES) {
        if (raw.endsWith(']')) {
          open.parts.push(raw.slice(0, -1));
          store(open.key, open.parts.join('\n'), open.line);
          open = undefined;
        } else {
          open.parts.push(raw);
        }
        return;
      }
      sink.warn(`value of ${open.key} has no closing ]; kept as read`, open.line);
      store(open.key, open.parts.join('\n'), open.line);
      open = undefined;
    }
    const trimmed = raw.trimEnd();
    if (trimmed === '') return;
    const match = PROPERTY_START.exec(trimmed);
    if (match === null) {
      sink.warn(`not a property line: ${JSON.stringify(trimmed.slice(0, 80))}`, lineNo);
      return;
    }
    const [, key = '', rest = ''] = match;
    if (match.index > 0) sink.warn('text before the property was ignored', lineNo);
    if (rest.endsWith(']')) store(key, rest.slice(0, -1), lineNo);
    else open = { key, parts: [rest], line: lineNo };
  });
  if (open !== undefined) {
    const pending: { key: string; parts: string[]; line: number } = open;
    partial = true;
    sink.warn(`input ended inside the value of ${pending.key}`, pending.line);
    store(pending.key, pending.parts.join('\n'), pending.line);
  }
  return { value: props, warnings: sink.warnings, partial };
};

const first = (props: Properties, keys: readonly string[]): string | undefined => {
  for (const key of keys) {
    const value = props[key]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
};

/** Vendor ROM hints, most specific first (HyperOS before MIUI, HarmonyOS before EMUI). */
const ROM_HINTS: readonly { key: string; label: string }[] = [
  { key: 'ro.mi.os.version.name', label: 'HyperOS' },
  { key: 'ro.miui.ui.version.name', label: 'MIUI' },
  { key: 'hw_sc.build.os.version', label: 'HarmonyOS' },
  { key: 'ro.build.version.emui', label: 'EMUI' },
  { key: 'ro.build.version.magic', label: 'MagicOS' },
  { key: 'ro.build.version.opporom', label: 'ColorOS' },
  { key: 'ro.build.version.realmeui', label: 'realme UI' },
  { key: 'ro.vivo.os.version', label: 'OriginOS/Funtouch' },
  { key: 'ro.build.version.oneui', label: 'One UI' },
  { key: 'ro.flyme.version.id', label: 'Flyme' },
  { key: 'ro.lineage.build.version', label: 'LineageOS' },
];

const romOf = (props: Properties): string | undefined => {
  for (const hint of ROM_HINTS) {
    const value = first(props, [hint.key]);
    // EMUI and Magic UI print `EmotionUI_9.1.0` / `MagicUI_4.0.0`: keep the version only.
    if (value !== undefined) return `${hint.label} ${value.replace(/^(EmotionUI|MagicUI)_/, '')}`;
  }
  return undefined;
};

/**
 * Device identity from properties. The SDK comes from `ro.build.version.sdk` (the Rockchip
 * box reports release 9.1 on SDK 25); `ro.product.*` falls back to the partition-specific
 * keys (`ro.product.system.*`, `ro.product.vendor.*`) that Android 10+ adds.
 */
export const deviceInfoFromProps = (props: Properties): DeviceInfo => {
  const sdkText = first(props, ['ro.build.version.sdk']);
  const sdk = sdkText !== undefined && /^\d{1,3}$/.test(sdkText) ? Number(sdkText) : undefined;
  const fields: Record<string, string | number | undefined> = {
    manufacturer: first(props, [
      'ro.product.manufacturer',
      'ro.product.system.manufacturer',
      'ro.product.vendor.manufacturer',
    ]),
    brand: first(props, ['ro.product.brand', 'ro.product.system.brand', 'ro.product.vendor.brand']),
    model: first(props, ['ro.product.model', 'ro.product.vendor.model', 'ro.product.system.model']),
    device: first(props, ['ro.product.device', 'ro.product.vendor.device', 'ro.product.system.device']),
    release: first(props, ['ro.build.version.release', 'ro.build.version.release_or_codename']),
    sdk,
    securityPatch: first(props, ['ro.build.version.security_patch']),
    fingerprint: first(props, [
      'ro.build.fingerprint',
      'ro.system.build.fingerprint',
      'ro.bootimage.build.fingerprint',
    ]),
    buildType: first(props, ['ro.build.type']),
    rom: romOf(props),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as DeviceInfo;
};
