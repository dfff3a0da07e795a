// One typical app per regulation type: the runtime permissions its basic function needs and
// one typical over-grant. Shared by the findings unit test and the 39-types virtual-phone test.
import type { RegulationCategoryId } from '../../main/rules/category-ids';
import type { SpecialAccessKey } from '../../preload/contract';

/** Special accesses the tests model (rule keys). */
export type TypicalSpecial = Extract<
  SpecialAccessKey,
  | 'accessibility'
  | 'notification-listener'
  | 'overlay'
  | 'usage-access'
  | 'all-files-access'
  | 'install-unknown-apps'
>;

export interface Typical {
  /** Runtime permissions the basic function needs (necessary or conditional for the type). */
  readonly grants: readonly string[];
  readonly special?: readonly TypicalSpecial[];
  /** One typical over-grant: a runtime permission or a special access. */
  readonly over: { readonly permission: string } | { readonly special: TypicalSpecial };
}

const LOCATION = ['ACCESS_FINE_LOCATION', 'ACCESS_COARSE_LOCATION'];

export const TYPICAL: Readonly<Record<RegulationCategoryId, Typical>> = {
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
