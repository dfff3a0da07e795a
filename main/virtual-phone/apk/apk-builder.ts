// Builds a minimal but real APK (zip) with a compiled AndroidManifest.xml and, when the label
// is a resource, a resources.arsc: what the virtual phone serves and what the label reader's
// tests parse. The manifest may be DEFLATE or STORED; the table is STORED like real APKs.
import { buildManifestXml, type ManifestLabelSpec } from './manifest-writer';
import { buildResourceTable, stringResourceId, type StringResourceSpec } from './resource-table-writer';
import { layoutZip, zipBytes, type ZipLayout } from './zip-layout';

export interface ApkSpec {
  readonly packageName: string;
  /** A literal label, per-locale values of a string resource, or no label. */
  readonly label:
    | { readonly kind: 'literal'; readonly value: string }
    | { readonly kind: 'resource'; readonly values: Readonly<Record<string, string>> }
    | { readonly kind: 'none' };
  readonly deflateManifest?: boolean;
  /** Filler drawable entries in the table (realistic chunk sizes to skip). */
  readonly drawables?: number;
  /** Other string resources before the label (its entry index). */
  readonly stringsBefore?: number;
  /** Pad the file to this many bytes with a classes.dex entry. */
  readonly fileSize?: number;
  readonly seed?: number;
}

export const layoutApk = (spec: ApkSpec): ZipLayout => {
  const { label } = spec;
  const strings: StringResourceSpec[] = [];
  let manifestLabel: ManifestLabelSpec = label.kind === 'literal' ? label : { kind: 'none' };
  if (label.kind === 'resource') {
    for (let index = 0; index < (spec.stringsBefore ?? 0); index += 1) {
      strings.push({ name: `abc_string_${index}`, values: { '': `Filler ${index}` } });
    }
    manifestLabel = { kind: 'reference', id: stringResourceId(strings.length) };
    strings.push({ name: 'app_name', values: label.values });
  }
  const entries = [
    {
      name: 'AndroidManifest.xml',
      data: buildManifestXml({ packageName: spec.packageName, label: manifestLabel }),
      deflate: spec.deflateManifest ?? true,
    },
    ...(strings.length === 0
      ? []
      : [
          {
            name: 'resources.arsc',
            data: buildResourceTable({
              packageName: spec.packageName,
              strings,
              ...(spec.drawables === undefined ? {} : { drawables: spec.drawables }),
            }),
          },
        ]),
  ];
  return layoutZip(entries, {
    ...(spec.fileSize === undefined ? {} : { fillTo: spec.fileSize }),
    ...(spec.seed === undefined ? {} : { seed: spec.seed }),
  });
};

export const buildApk = (spec: ApkSpec): Uint8Array => zipBytes(layoutApk(spec));
