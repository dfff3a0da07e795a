import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorCode } from '../../../preload/contract';
import { MEMORY_DATABASE } from '../../../main/db/open-database';
import { createRulesService } from '../../../main/services/rules-service';
import { openAppStore } from '../../../main/services/store';
import type { AppStore } from '../../../main/services/store';

const stores: AppStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});
const open = () => {
  const store = openAppStore({ dataDir: '', file: MEMORY_DATABASE });
  stores.push(store);
  return { store, rules: createRulesService(store.ruleOverrides) };
};

describe('rules service', () => {
  it('shows the 39 categories and unclassified with their decisions', async () => {
    const view = await open().rules.view();
    expect(view.categories.filter((category) => category.number !== undefined)).toHaveLength(39);
    expect(view.ruleKeys).toContain('CAMERA');
    const map = view.categories.find((category) => category.id === 'map_navigation');
    expect(map?.name.zh).toBe('地图导航类');
    expect(map?.decisions['LOCATION']?.decision).toBe('necessary');
  });

  it('overrides one decision, persists it as a new version, and clears it with null', async () => {
    const { store, rules } = open();
    // News needs no personal information: nothing can be "necessary" for it.
    await expect(
      rules.setDecision({ categoryId: 'news', ruleKey: 'LOCATION', decision: 'necessary' }),
    ).rejects.toThrow(/no necessary personal information/);
    const shopping = (view: Awaited<ReturnType<typeof rules.view>>) =>
      view.categories.find((category) => category.id === 'online_shopping')?.decisions['CAMERA'];
    const changed = await rules.setDecision({
      categoryId: 'online_shopping',
      ruleKey: 'CAMERA',
      decision: 'necessary',
    });
    expect(shopping(changed)).toMatchObject({ decision: 'necessary', overridden: true });
    expect(shopping(changed)?.piItem).toBeTruthy();
    expect(changed.rulesetVersion).toMatch(/\+user$/);
    expect((await store.ruleOverrides.latest())?.version).toBe(1);
    // A fresh service over the same store sees it.
    expect(shopping(await createRulesService(store.ruleOverrides).view())?.overridden).toBe(true);
    const cleared = await rules.setDecision({
      categoryId: 'online_shopping',
      ruleKey: 'CAMERA',
      decision: null,
    });
    expect(shopping(cleared)?.overridden).toBeUndefined();
    expect(cleared.rulesetVersion).not.toMatch(/\+user$/);
  });

  it('exports and imports the overrides document, refusing a bad one', async () => {
    const { rules } = open();
    await rules.setDecision({ categoryId: 'news', ruleKey: 'CAMERA', decision: 'conditional' });
    const exported = await rules.exportOverrides();
    expect(exported.mimeType).toBe('application/json');
    const other = open().rules;
    const imported = await other.importOverrides(exported.content);
    expect(imported.categories.find((category) => category.id === 'news')?.decisions['CAMERA']).toMatchObject(
      {
        decision: 'conditional',
        overridden: true,
      },
    );
    await expect(other.importOverrides('not json')).rejects.toMatchObject({
      code: ApiErrorCode.InvalidArgument,
    });
    await expect(other.importOverrides('{"format":1,"decisions":{"nope":{}}}')).rejects.toMatchObject({
      code: ApiErrorCode.InvalidArgument,
    });
    await expect(
      other.setDecision({ categoryId: 'nope', ruleKey: 'CAMERA', decision: 'extended' }),
    ).rejects.toMatchObject({
      code: ApiErrorCode.InvalidArgument,
    });
  });
});
