// Regenerates main/catalogue/data/runtime-permissions.json from the project's reference facts
// (../shared/reference/rules/permissions.json: AOSP manifests via androguard, PermissionMapping.kt,
// AppOpsManager). Run: node .config/scripts/generate-permission-catalogue.cjs [path/to/permissions.json]
// A unit test checks the committed file still equals what this produces.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_SOURCE = path.resolve(ROOT, '..', 'shared', 'reference', 'rules', 'permissions.json');
const TARGET = path.join(ROOT, 'main', 'catalogue', 'data', 'runtime-permissions.json');

/** "STORAGE (<=API32) / READ_MEDIA_VISUAL (>=API33)" → "STORAGE"; "not in …" → undefined. */
const userGroup = (text) => {
  const match = /^([A-Z_]+)\b/.exec(text ?? '');
  return match ? match[1] : undefined;
};

const OP_PREFIX = 'android:';

const toEntry = (permission) => {
  const op = permission.appop_opstr_value?.startsWith(OP_PREFIX)
    ? permission.appop_constant?.replace(/^OPSTR_/, '')
    : undefined;
  const entry = {
    name: permission.name,
    since: permission.runtime_since_api,
    protectionLevel: permission.protection_level_latest,
    // `android:permissionGroup` per API level, as `pm list permissions -g` files it there.
    manifestGroups: (permission.protection_history ?? [])
      .filter((step) => step.manifest_permissionGroup)
      .map((step) => ({ fromApi: step.from_api, group: step.manifest_permissionGroup })),
    group: userGroup(permission.permissioncontroller_group),
    groupNote: permission.permissioncontroller_group,
    op,
    label: permission.label_en || undefined,
    description: permission.description_en || undefined,
  };
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined && value !== null),
  );
};

const generate = (sourceText) => {
  const source = JSON.parse(sourceText);
  const entries = source.runtime_permissions.map(toEntry).sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ generatedFrom: 'shared/reference/rules/permissions.json', permissions: entries }, null, 2)}\n`;
};

module.exports = { generate, DEFAULT_SOURCE, TARGET };

if (require.main === module) {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  fs.writeFileSync(TARGET, generate(fs.readFileSync(source, 'utf8')));
  console.log(`wrote ${path.relative(ROOT, TARGET)}`);
}
