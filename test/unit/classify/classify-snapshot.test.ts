// classifySnapshot over the shipped virtual-phone profiles: every app gets a classification,
// system apps are marked, and the classifier agrees with the profiles' category hints.
import { describe, expect, it } from 'vitest';
import cnFlagship from '../../../main/virtual-phone/profiles/data/cn-flagship-14.json';
import pixel from '../../../main/virtual-phone/profiles/data/pixel-14.json';
import { parseAppCatalogue } from '../../../main/classify/app-catalogue';
import { classifyApp } from '../../../main/classify/classify-app';
import { classifySnapshot } from '../../../main/classify/classify-snapshot';
import type { AppEntry } from '../../../main/snapshot/device-snapshot';

interface ProfilePackage {
  readonly name: string;
  readonly label?: string;
  readonly system?: boolean;
  readonly category?: string;
}

const hinted = (packages: readonly ProfilePackage[]) =>
  packages.filter((entry): entry is ProfilePackage & { category: string } => entry.category !== undefined);

const app = (packageName: string, isSystem: boolean): AppEntry => ({
  packageName,
  isSystem,
  isUpdatedSystem: false,
  installed: true,
  enabled: 'default',
  hidden: false,
  suspended: false,
  stopped: false,
  requestedPermissions: [],
  permissions: [],
  appOps: [],
});

describe('classifySnapshot', () => {
  it('classifies every app, marks system apps, and applies user choices, capabilities and labels', () => {
    const snapshot = {
      apps: [
        app('com.tencent.mm', false),
        app('com.miui.weather2', true),
        app('com.android.dialer', true),
        app('org.example.ime', false),
        app('org.example.app', false),
        app('org.example.unknown', false),
      ],
    };
    const result = classifySnapshot(snapshot, {
      userChoices: new Map([['com.tencent.mm', 'online_payment']]),
      capabilities: new Map([
        ['org.example.ime', { inputMethod: true }],
        ['com.android.dialer', { dialer: true }],
      ]),
      labels: new Map([['org.example.app', '天气预报']]),
    });
    expect([...result.keys()]).toEqual(snapshot.apps.map((entry) => entry.packageName));
    expect(result.get('com.tencent.mm')).toMatchObject({
      categoryId: 'online_payment',
      system: false,
      reason: { kind: 'user' },
    });
    expect(result.get('com.miui.weather2')).toMatchObject({ categoryId: 'utility_tools', system: true });
    expect(result.get('com.android.dialer')).toMatchObject({
      categoryId: 'unclassified',
      system: true,
      reason: { kind: 'capability' },
    });
    expect(result.get('org.example.ime')).toMatchObject({
      categoryId: 'input_method',
      reason: { kind: 'capability' },
    });
    expect(result.get('org.example.app')).toMatchObject({
      categoryId: 'utility_tools',
      reason: { kind: 'token' },
    });
    expect(result.get('org.example.unknown')).toMatchObject({
      categoryId: 'unclassified',
      reason: { kind: 'none' },
    });
  });
});

/** cn-flagship-14 apps whose hint the classifier does not follow, with why (none today). */
const ACCEPTED_DISAGREEMENTS: Readonly<Record<string, string>> = {};

describe('agreement with the virtual-phone profiles', () => {
  const cnApps = hinted(cnFlagship.packages as readonly ProfilePackage[]);
  const pixelApps = hinted(pixel.packages as readonly ProfilePackage[]);

  it('agrees with the cn-flagship-14 category hint for ≥ 90% of its third-party apps', () => {
    const thirdParty = cnApps.filter((entry) => entry.system !== true);
    expect(thirdParty.length).toBeGreaterThanOrEqual(70);
    const disagreements = thirdParty
      .map((entry) => ({ entry, got: classifyApp({ packageName: entry.name, label: entry.label ?? '' }) }))
      .filter(({ entry, got }) => got.categoryId !== entry.category)
      .map(({ entry, got }) => ({ name: entry.name, hint: entry.category, got: got.categoryId }));
    // A disagreement that remains is listed in ACCEPTED_DISAGREEMENTS with its reason.
    expect(disagreements.filter((line) => !(line.name in ACCEPTED_DISAGREEMENTS))).toEqual([]);
    expect(1 - disagreements.length / thirdParty.length).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees with the pixel-14 hints too', () => {
    for (const entry of pixelApps) {
      expect(classifyApp({ packageName: entry.name }).categoryId, entry.name).toBe(entry.category);
    }
  });

  it('without the catalogue, names and labels alone never contradict a hint and place over half', () => {
    const none = parseAppCatalogue({
      version: 1,
      description: 'empty',
      apps: [{ package: 'org.example.none', category: 'news', zh: '无', en: 'None', source: 'test' }],
    });
    const all = [...cnApps, ...pixelApps];
    const results = all.map((entry) => ({
      entry,
      got: classifyApp({
        packageName: entry.name,
        catalogue: none,
        ...(entry.label === undefined ? {} : { label: entry.label }),
      }),
    }));
    const wrong = results
      .filter(({ entry, got }) => got.categoryId !== 'unclassified' && got.categoryId !== entry.category)
      .map(
        ({ entry, got }) =>
          `${entry.name} ${entry.label ?? ''}: hint ${entry.category}, tokens ${got.categoryId}`,
      );
    expect(wrong).toEqual([]);
    const placed = results.filter(({ entry, got }) => got.categoryId === entry.category).length;
    expect(placed / all.length).toBeGreaterThan(0.5);
  });
});
