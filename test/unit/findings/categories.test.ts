// For every one of the 39 app types: a typical app holding what its basic function needs gets no
// finding, and the same app with one typical over-grant gets exactly the right finding.
import { describe, expect, it } from 'vitest';
import { judgeApp } from '../../../main/findings/judge-app';
import { severityRank } from '../../../main/findings/finding';
import type { RegulationCategoryId } from '../../../main/rules/category-ids';
import { REGULATION_CATEGORY_IDS } from '../../../main/rules/category-ids';
import { builtInRules } from '../../../main/rules/rule-set';
import type { SpecialAccessName } from './fixtures';
import { NOW, makeApp, makeSnapshot, permissionName, specialAccessFor } from './fixtures';

interface Typical {
  /** Runtime permissions the basic function needs (necessary or conditional for the type). */
  readonly grants: readonly string[];
  readonly special?: readonly SpecialAccessName[];
  /** One typical over-grant: a runtime permission or a special access. */
  readonly over: { readonly permission: string } | { readonly special: SpecialAccessName };
}

const LOCATION = ['ACCESS_FINE_LOCATION', 'ACCESS_COARSE_LOCATION'];

const TYPICAL: Readonly<Record<RegulationCategoryId, Typical>> = {
  map_navigation: { grants: LOCATION, over: { permission: 'READ_CONTACTS' } },
  ride_hailing: { grants: LOCATION, over: { permission: 'READ_CALL_LOG' } },
  instant_messaging: { grants: ['RECORD_AUDIO', 'CAMERA'], over: { permission: 'READ_CONTACTS' } },
  online_community: { grants: [], over: { permission: 'ACCESS_FINE_LOCATION' } },
  online_payment: { grants: [], over: { permission: 'READ_SMS' } },
  online_shopping: { grants: [], over: { permission: 'ACCESS_FINE_LOCATION' } },
  food_delivery: { grants: [], over: { permission: 'READ_CONTACTS' } },
  postal_express: { grants: [], over: { permission: 'READ_CONTACTS' } },
  transport_ticketing: { grants: [], over: { permission: 'READ_PHONE_STATE' } },
  dating_matchmaking: { grants: [], over: { permission: 'READ_CONTACTS' } },
  job_recruitment: { grants: [], over: { permission: 'READ_CALL_LOG' } },
  online_lending: { grants: [], over: { special: 'accessibility' } },
  housing_rental_sale: { grants: [], over: { permission: 'READ_PHONE_NUMBERS' } },
  used_car_trading: { grants: [], over: { permission: 'READ_SMS' } },
  medical_consultation: { grants: [], over: { permission: 'BODY_SENSORS' } },
  travel_services: { grants: [], over: { permission: 'READ_CONTACTS' } },
  hotel_services: { grants: [], over: { permission: 'ACCESS_FINE_LOCATION' } },
  online_games: { grants: [], over: { special: 'overlay' } },
  learning_education: { grants: [], over: { permission: 'READ_CONTACTS' } },
  local_life: { grants: [], over: { permission: 'READ_CALL_LOG' } },
  womens_health: { grants: [], over: { permission: 'BODY_SENSORS' } },
  vehicle_use: { grants: LOCATION, over: { permission: 'READ_CONTACTS' } },
  investment_wealth: { grants: ['CAMERA'], over: { permission: 'READ_SMS' } },
  mobile_banking: { grants: ['CAMERA'], over: { permission: 'READ_SMS' } },
  email_cloud_storage: { grants: [], over: { permission: 'READ_CONTACTS' } },
  remote_meeting: { grants: ['RECORD_AUDIO', 'CAMERA'], over: { permission: 'ACCESS_FINE_LOCATION' } },
  live_streaming: { grants: [], over: { permission: 'ACCESS_FINE_LOCATION' } },
  online_audio_video: { grants: [], over: { permission: 'RECORD_AUDIO' } },
  short_video: { grants: [], over: { special: 'notification-listener' } },
  news: { grants: [], over: { permission: 'ACCESS_COARSE_LOCATION' } },
  sports_fitness: { grants: [], over: { permission: 'READ_CONTACTS' } },
  browser: { grants: [], over: { permission: 'READ_CONTACTS' } },
  input_method: { grants: [], over: { permission: 'READ_CONTACTS' } },
  security_management: {
    grants: [],
    special: ['usage-access', 'all-files-access'],
    over: { permission: 'READ_SMS' },
  },
  ebooks: { grants: [], over: { permission: 'READ_PHONE_STATE' } },
  photo_beautify: { grants: ['CAMERA'], over: { permission: 'ACCESS_FINE_LOCATION' } },
  app_store: { grants: [], special: ['install-unknown-apps'], over: { permission: 'READ_CONTACTS' } },
  utility_tools: { grants: [], over: { permission: 'READ_CONTACTS' } },
  performance_ticketing: { grants: [], over: { permission: 'READ_CONTACTS' } },
};

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
