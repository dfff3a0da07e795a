// The one API contract: every channel with its request and response type, every push event
// with its payload. No electron or node imports: main, preload and renderer all import it.
// Long work (scan, apply, undo) takes a caller-chosen `taskId`: progress arrives as
// `task:progress` events with that id, and `task:cancel` stops it between steps.
import type { Plan } from './actions';
import type { AuditedApp, AuditedScan, RuleDecision, ScanDiff, ScanRecord } from './audit';
import type { JournalBatch } from './journal';
import type { OpenPhoneSettingsResult, PhoneSettingsScreen } from './phone-settings';
import type { RulesView } from './rules';
import type {
  AdbStatus,
  AppInfo,
  ChangeSelection,
  DemoProfile,
  DeviceRef,
  DeviceSummary,
  ExportedReport,
  ProgressEvent,
  Settings,
  SettingsPatch,
} from './types';

export type UndoScope = { readonly batchId: string } | { readonly rowId: number } | { readonly all: true };

export interface ApiChannels {
  'app:info': { request: void; response: AppInfo };
  'app:open-external': { request: { url: string }; response: { opened: boolean } };
  'adb:status': { request: void; response: AdbStatus };
  'devices:list': { request: void; response: readonly DeviceSummary[] };
  'devices:connect': { request: { target: string; server?: string }; response: DeviceSummary };
  'devices:disconnect': { request: { target: string; server?: string }; response: { disconnected: boolean } };
  'devices:pair': {
    request: { target: string; code: string; server?: string };
    response: { paired: boolean; guid?: string };
  };
  /** Opens a whitelisted settings screen on the phone (`am start`); changes nothing. */
  'devices:open-settings': {
    request: { device: DeviceRef; screen: PhoneSettingsScreen; packageName?: string };
    response: OpenPhoneSettingsResult;
  };
  'demo:profiles': { request: void; response: readonly DemoProfile[] };
  'demo:start': { request: { profile: string }; response: DeviceSummary };
  'demo:stop': { request: { serial: string }; response: { stopped: boolean } };
  'scan:run': { request: { device: DeviceRef; userId?: number; taskId: string }; response: AuditedScan };
  'scan:latest': { request: { device: DeviceRef }; response: AuditedScan | null };
  'scans:list': { request: { device: DeviceRef }; response: readonly ScanRecord[] };
  'scans:diff': { request: { device: DeviceRef; fromId: number; toId: number }; response: ScanDiff };
  'apps:set-category': {
    request: { device: DeviceRef; packageName: string; categoryId: string | null };
    response: AuditedApp;
  };
  'plan:build': {
    request: { device: DeviceRef; selections: readonly ChangeSelection[]; expertOverride?: boolean };
    response: Plan;
  };
  'plan:apply': { request: { device: DeviceRef; plan: Plan; taskId: string }; response: JournalBatch };
  /** The plan that brings the phone back to an earlier scan (`scanId`) from its latest scan. */
  'plan:restore': { request: { device: DeviceRef; scanId: number }; response: Plan };
  'journal:list': { request: { device: DeviceRef }; response: readonly JournalBatch[] };
  /** `acceptUpdatedSystem`: the user confirmed acting on changes made before a system update. */
  'journal:undo': {
    request: { device: DeviceRef; scope: UndoScope; taskId: string; acceptUpdatedSystem?: boolean };
    response: JournalBatch;
  };
  'journal:resume': {
    request: { device: DeviceRef; batchId: string; taskId: string; acceptUpdatedSystem?: boolean };
    response: JournalBatch;
  };
  'journal:rollback': {
    request: { device: DeviceRef; batchId: string; taskId: string; acceptUpdatedSystem?: boolean };
    response: JournalBatch;
  };
  'rules:get': { request: void; response: RulesView };
  'rules:set-decision': {
    request: { categoryId: string; ruleKey: string; decision: RuleDecision | null };
    response: RulesView;
  };
  'rules:export': { request: void; response: ExportedReport };
  'rules:import': { request: { content: string }; response: RulesView };
  'report:export': { request: { device: DeviceRef; format: 'html' | 'json' }; response: ExportedReport };
  'task:cancel': { request: { taskId: string }; response: { cancelled: boolean } };
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
  'devices:connect',
  'devices:disconnect',
  'devices:pair',
  'devices:open-settings',
  'demo:profiles',
  'demo:start',
  'demo:stop',
  'scan:run',
  'scan:latest',
  'scans:list',
  'scans:diff',
  'apps:set-category',
  'plan:build',
  'plan:apply',
  'plan:restore',
  'journal:list',
  'journal:undo',
  'journal:resume',
  'journal:rollback',
  'rules:get',
  'rules:set-decision',
  'rules:export',
  'rules:import',
  'report:export',
  'task:cancel',
  'settings:get',
  'settings:update',
] as const satisfies readonly ApiChannel[];
type MissingChannel = Exclude<ApiChannel, (typeof API_CHANNELS)[number]>;
export const _allChannelsListed: MissingChannel extends never ? true : never = true;

export interface ApiEvents {
  'devices:changed': readonly DeviceSummary[];
  'task:progress': ProgressEvent;
  /** adb's status after the adb settings (path, server port) changed and adb was switched. */
  'adb:changed': AdbStatus;
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS = [
  'devices:changed',
  'task:progress',
  'adb:changed',
] as const satisfies readonly ApiEvent[];

export const isApiChannel = (value: unknown): value is ApiChannel =>
  typeof value === 'string' && (API_CHANNELS as readonly string[]).includes(value);
export const isApiEvent = (value: unknown): value is ApiEvent =>
  typeof value === 'string' && (API_EVENTS as readonly string[]).includes(value);

/** Electron IPC channel used to deliver push events to the renderer. */
export const EVENT_IPC_CHANNEL = 'privacyscope:event';
