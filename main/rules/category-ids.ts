// The 39 app types of Art. 5 of 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021), in the
// regulation's order (index + 1 = item number), plus `unclassified` for apps of no known type.
// Ids are the `key` field of the reference categories.json; other modules (classification, the
// findings engine, the UI) code against these ids, so they never change once shipped.

export const REGULATION_CATEGORY_IDS = [
  'map_navigation',
  'ride_hailing',
  'instant_messaging',
  'online_community',
  'online_payment',
  'online_shopping',
  'food_delivery',
  'postal_express',
  'transport_ticketing',
  'dating_matchmaking',
  'job_recruitment',
  'online_lending',
  'housing_rental_sale',
  'used_car_trading',
  'medical_consultation',
  'travel_services',
  'hotel_services',
  'online_games',
  'learning_education',
  'local_life',
  'womens_health',
  'vehicle_use',
  'investment_wealth',
  'mobile_banking',
  'email_cloud_storage',
  'remote_meeting',
  'live_streaming',
  'online_audio_video',
  'short_video',
  'news',
  'sports_fitness',
  'browser',
  'input_method',
  'security_management',
  'ebooks',
  'photo_beautify',
  'app_store',
  'utility_tools',
  'performance_ticketing',
] as const;

export type RegulationCategoryId = (typeof REGULATION_CATEGORY_IDS)[number];

export const UNCLASSIFIED = 'unclassified';

/** Built-in category ids: the 39 regulation types plus `unclassified`. */
export const CATEGORY_IDS = [...REGULATION_CATEGORY_IDS, UNCLASSIFIED] as const;

export type BuiltInCategoryId = (typeof CATEGORY_IDS)[number];

/**
 * A category id as used in rule sets: a built-in id or a user-defined one (overrides may add
 * categories; their ids must not collide with built-in ones).
 */
export type CategoryId = BuiltInCategoryId | (string & {});

const BUILT_IN: ReadonlySet<string> = new Set(CATEGORY_IDS);

export const isBuiltInCategoryId = (value: string): value is BuiltInCategoryId => BUILT_IN.has(value);

/** Item number (1–39) of a regulation category in Art. 5, undefined for `unclassified`. */
export const regulationItemNumber = (id: BuiltInCategoryId): number | undefined => {
  const index = (REGULATION_CATEGORY_IDS as readonly string[]).indexOf(id);
  return index === -1 ? undefined : index + 1;
};
