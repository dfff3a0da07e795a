// Every one of the 39 app types on a virtual phone, end to end: a phone holds one typical app
// per type (a package of the built-in catalogue) with the grants its basic function needs plus
// one typical over-grant; it is scanned live through the real adb server and audited. Per app:
// the catalogue puts it in its type, the necessary grants draw no finding, and the over-grant
// draws exactly the right one (kind + subject). Two apps outside the catalogue show that the
// capabilities read from the phone's resolver tables classify too (an IME, a browser).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotAudit } from '../../../main/audit/audit-snapshot';
import { builtInCatalogue } from '../../../main/classify/app-catalogue';
import type { RegulationCategoryId } from '../../../main/rules/category-ids';
import { REGULATION_CATEGORY_IDS } from '../../../main/rules/category-ids';
import { profileObjectToState } from '../../../main/virtual-phone/profiles/load-profile';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';
import type { TypicalSpecial } from '../../support/typical-apps';
import { TYPICAL } from '../../support/typical-apps';
import { AUDIT_NOW, scanAndAudit } from './audit-support';

/** Profile `special` shorthands for each special access (rule key) the typical apps use. */
const SPECIAL: Readonly<Record<TypicalSpecial, { readonly profile: string; readonly key: TypicalSpecial }>> =
  {
    accessibility: { profile: 'accessibility:.HelperService', key: 'accessibility' },
    'notification-listener': {
      profile: 'notification-listener:.NotifyService',
      key: 'notification-listener',
    },
    overlay: { profile: 'overlay', key: 'overlay' },
    'usage-access': { profile: 'usage-access', key: 'usage-access' },
    'all-files-access': { profile: 'all-files', key: 'all-files-access' },
    'install-unknown-apps': { profile: 'install-unknown', key: 'install-unknown-apps' },
  };

/** The first catalogue package of each type (a real, well-known app of that type). */
const catalogue = builtInCatalogue();
const packageOf = (categoryId: RegulationCategoryId): string => {
  const entry = [...catalogue.byPackage.values()].find((app) => app.categoryId === categoryId);
  if (entry === undefined) throw new Error(`no catalogue app of type ${categoryId}`);
  return entry.packageName;
};

const IME = 'org.example.keys';
const BROWSER = 'org.example.surf';

const appSpec = (categoryId: RegulationCategoryId) => {
  const typical = TYPICAL[categoryId];
  const over = typical.over;
  const permissions = [...typical.grants, ...('permission' in over ? [over.permission] : [])];
  const special = [...(typical.special ?? []), ...('special' in over ? [over.special] : [])];
  return {
    name: packageOf(categoryId),
    category: categoryId,
    installer: 'com.xiaomi.market',
    installed: '-20d',
    permissions: ['INTERNET', 'ACCESS_NETWORK_STATE', ...permissions],
    special: [
      ...special.map((name) => SPECIAL[name].profile),
      ...(categoryId === 'input_method' ? ['input-method:.ImeService'] : []),
    ],
  };
};

const profile = {
  name: 'categories-39',
  description: 'One typical app of each of the 39 types with one over-grant each',
  timeZone: 'Asia/Shanghai',
  props: {
    'ro.build.version.sdk': '34',
    'ro.build.version.release': '14',
    'ro.product.manufacturer': 'Xiaomi',
    'ro.product.model': '23127PN0CC',
    'persist.sys.timezone': 'Asia/Shanghai',
  },
  packages: [
    ...REGULATION_CATEGORY_IDS.map(appSpec),
    { name: IME, installer: 'com.xiaomi.market', installed: '-20d', special: ['input-method:.KeysIme'] },
    { name: BROWSER, installer: 'com.xiaomi.market', installed: '-20d', permissions: ['INTERNET'] },
  ],
};

let server: PrivateAdbServer;
let audit: SnapshotAudit;

beforeAll(async () => {
  server = await startPrivateAdbServer();
  const state = profileObjectToState(profile, { now: AUDIT_NOW });
  const browser = state.packages.get(BROWSER);
  if (browser !== undefined) browser.components.handles = ['browser'];
  audit = await scanAndAudit(server, state, { now: AUDIT_NOW });
});

afterAll(async () => {
  await server.stop();
});

const permissionName = (name: string): string => `android.permission.${name}`;

describe('a typical app of each of the 39 types, scanned live and audited', () => {
  it('covers every type with a catalogue package', () => {
    expect(Object.keys(TYPICAL).sort()).toEqual([...REGULATION_CATEGORY_IDS].sort());
    expect(new Set(REGULATION_CATEGORY_IDS.map(packageOf)).size).toBe(39);
    expect(audit.snapshot.partial).toBe(false);
  });

  describe.each(REGULATION_CATEGORY_IDS)('%s', (categoryId) => {
    it('is classified by the catalogue, gets no finding for its needs and one for its over-grant', () => {
      const pkg = packageOf(categoryId);
      const app = audit.apps.get(pkg);
      expect(app?.category).toMatchObject({ categoryId, reason: { kind: 'catalogue' } });
      const entry = audit.snapshot.apps.find((candidate) => candidate.packageName === pkg);
      const typical = TYPICAL[categoryId];
      // The phone really holds the necessary grants (so "no finding" is not for want of them).
      for (const grant of typical.grants) {
        const held = entry?.permissions.find((permission) => permission.name === permissionName(grant));
        expect(held?.granted, `${pkg} ${grant}`).toBe(true);
      }
      const over = typical.over;
      const expected =
        'permission' in over
          ? { kind: 'excess-grant', subject: { type: 'permission', name: permissionName(over.permission) } }
          : { kind: 'special-access', subject: { type: 'special-access', name: SPECIAL[over.special].key } };
      expect(app?.findings.map((finding) => ({ kind: finding.kind, subject: finding.subject }))).toEqual([
        { kind: expected.kind, subject: expect.objectContaining(expected.subject) },
      ]);
      expect(app?.findings[0]?.rule).toMatchObject({ categoryId, decision: 'not-necessary' });
    });
  });

  it('classifies apps outside the catalogue by what they declare on the phone', () => {
    const capabilitiesOf = (pkg: string) =>
      audit.snapshot.apps.find((app) => app.packageName === pkg)?.capabilities;
    expect(capabilitiesOf(IME)).toEqual({ inputMethod: true });
    expect(capabilitiesOf(BROWSER)).toEqual({ browser: true });
    expect(capabilitiesOf(packageOf('input_method'))).toEqual({ inputMethod: true });
    expect(audit.apps.get(IME)?.category).toMatchObject({
      categoryId: 'input_method',
      confidence: 0.8,
      reason: { kind: 'capability' },
    });
    expect(audit.apps.get(BROWSER)?.category).toMatchObject({
      categoryId: 'browser',
      reason: { kind: 'capability' },
    });
    expect(audit.apps.get(IME)?.findings).toEqual([]);
    expect(audit.apps.get(BROWSER)?.findings).toEqual([]);
  });
});
