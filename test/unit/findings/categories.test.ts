// For every one of the 39 app types: a typical app holding what its basic function needs gets no
// finding, and the same app with one typical over-grant gets exactly the right finding.
import { describe, expect, it } from 'vitest';
import { judgeApp } from '../../../main/findings/judge-app';
import { severityRank } from '../../../main/findings/finding';
import type { RegulationCategoryId } from '../../../main/rules/category-ids';
import { REGULATION_CATEGORY_IDS } from '../../../main/rules/category-ids';
import { builtInRules } from '../../../main/rules/rule-set';
import { TYPICAL } from '../../support/typical-apps';
import { NOW, makeApp, makeSnapshot, permissionName, specialAccessFor } from './fixtures';

const rules = builtInRules();

const judge = (categoryId: RegulationCategoryId, withOverGrant: boolean) => {
  const typical = TYPICAL[categoryId];
  const pkg = `com.example.${categoryId}`;
  const over = typical.over;
  const grants =
    withOverGrant && 'permission' in over ? [...typical.grants, over.permission] : typical.grants;
  const special = [...(typical.special ?? []), ...(withOverGrant && 'special' in over ? [over.special] : [])];
  const app = makeApp({ packageName: pkg, grants });
  const snapshot = makeSnapshot({
    apps: [app],
    specialAccess: specialAccessFor(special.map((access) => ({ pkg, access }))),
  });
  const category = { categoryId, confidence: 1, reason: 'test' };
  return judgeApp({ app, category, snapshot, rules, now: NOW });
};

describe('a typical app of each of the 39 types', () => {
  it('covers every type', () => {
    expect(Object.keys(TYPICAL).sort()).toEqual([...REGULATION_CATEGORY_IDS].sort());
  });

  describe.each(REGULATION_CATEGORY_IDS)('%s', (categoryId) => {
    it('gets no finding for what its basic function needs', () => {
      expect(judge(categoryId, false)).toEqual([]);
    });

    it('gets the right finding for its typical over-grant', () => {
      const findings = judge(categoryId, true);
      const over = TYPICAL[categoryId].over;
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      const category = rules.categories.get(categoryId);
      if ('permission' in over) {
        expect(finding).toMatchObject({
          kind: 'excess-grant',
          subject: { type: 'permission', name: permissionName(over.permission) },
          rule: { categoryId, decision: 'not-necessary', citation: category?.citation },
          action: 'revoke',
        });
      } else {
        expect(finding).toMatchObject({
          kind: 'special-access',
          subject: { type: 'special-access', name: over.special },
          rule: { categoryId, decision: 'not-necessary' },
          action: 'revoke-special-access',
        });
      }
      expect(finding?.rule.citation.en).toBe(`Art. 5 item (${category?.number})`);
      if (category?.noPersonalInfoRequired === true) {
        expect(severityRank(finding?.severity ?? 'info')).toBeGreaterThanOrEqual(severityRank('medium'));
      }
      expect(finding?.explanation.zh).toContain(category?.nameZh);
      expect(finding?.explanation.en).toContain(category?.nameEn);
    });
  });
});
