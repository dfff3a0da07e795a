// The one API contract: every channel with its request and response type, every push event
// with its payload. No electron or node imports: main, preload and renderer all import it.
import type { AdbStatus, AppInfo, DeviceSummary, ProgressEvent, Settings, SettingsPatch } from './types';

export interface ApiChannels {
  'app:info': { request: void; response: AppInfo };
  'app:open-external': { request: { url: string }; response: { opened: boolean } };
  'adb:status': { request: void; response: AdbStatus };
  'devices:list': { request: void; response: readonly DeviceSummary[] };
  'settings:get': { request: void; response: Settings };
  'settings:update': { request: SettingsPatch; response: Settings };
}
export type ApiChannel = keyof ApiChannels;
export type ChannelRequest<C extends ApiChannel> = ApiChannels[C]['request'];
export type ChannelResponse<C extends ApiChannel> = ApiChannels[C]['response'];

/** Runtime list of channels, checked against the interface in both directions. */
export const API_CHANNELS = [
  'app:info',
  'app:open-external',
  'adb:status',
  'devices:list',
  'settings:get',
  'settings:update',
] as const satisfies readonly ApiChannel[];
type MissingChannel = Exclude<ApiChannel, (typeof API_CHANNELS)[number]>;
export const _allChannelsListed: MissingChannel extends never ? true : never = true;

export interface ApiEvents {
  'devices:changed': readonly DeviceSummary[];
  'task:progress': ProgressEvent;
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS = ['devices:changed', 'task:progress'] as const satisfies readonly ApiEvent[];

export const isApiChannel = (value: unknown): value is ApiChannel =>
  typeof value === 'string' && (API_CHANNELS as readonly string[]).includes(value);
export const isApiEvent = (value: unknown): value is ApiEvent =>
  typeof value === 'string' && (API_EVENTS as readonly string[]).includes(value);

/** Electron IPC channel used to deliver push events to the renderer. */
export const EVENT_IPC_CHANNEL = 'privacyscope:event';
