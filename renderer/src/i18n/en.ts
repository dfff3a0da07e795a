// English message catalogue: the reference set of keys. Every other catalogue must have exactly
// these keys (checked by the `Catalogue` type and by a unit test). `{name}` marks a parameter.
import { adbSettingsViewsEn } from './messages/adb-settings-views';
import { appViewsEn } from './messages/app-views';
import { appDetailViewsEn } from './messages/app-detail-views';
import { changeViewsEn } from './messages/change-views';
import { rulesSettingsViewsEn } from './messages/rules-settings-views';
import { deviceViewsEn } from './messages/device-views';
import { overviewViewsEn } from './messages/overview-views';
import { phoneSettingsViewsEn } from './messages/phone-settings-views';
import { restoreViewsEn } from './messages/restore-views';
import { systemUpdateViewsEn } from './messages/system-update-views';

export const en = {
  'app.name': 'PrivacyScope',
  'app.tagline': 'Android privacy audit',
  'app.skipToContent': 'Skip to main content',

  'nav.label': 'Main',
  'nav.devices': 'Devices',
  'nav.overview': 'Overview',
  'nav.apps': 'Apps',
  'nav.rules': 'Rules',
  'nav.history': 'History',
  'nav.settings': 'Settings',
  'nav.about': 'About & connection',

  'header.preferences': 'Display preferences',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'language.system': 'Follow system',
  'language.en': 'English',
  'language.zhCN': '简体中文',
  'theme.system': 'Follow system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'settings.loadFailed': 'Your saved preferences could not be loaded, so the defaults are used. {reason}',
  'settings.saveFailed': 'Your change could not be saved. {reason}',
  'settings.dismiss': 'Dismiss',

  'view.notFound.title': 'Page not found',
  'view.notFound.body': 'There is no page at “{path}”.',
  'view.notFound.link': 'Go to About & connection',

  'about.title': 'About & connection',
  'about.intro': 'What is running, and whether PrivacyScope can reach adb.',
  'about.refresh': 'Refresh',
  'about.refreshing': 'Refreshing…',
  'about.loading': 'Loading…',
  'about.checkedAt': 'Last checked: {time}',
  'about.yes': 'Yes',
  'about.no': 'No',
  'about.unknown': 'Unknown',
  'about.app.heading': 'Application',
  'about.app.name': 'Name',
  'about.app.version': 'Version',
  'about.app.shell': 'Running as',
  'about.app.shell.electron': 'Desktop app (Electron)',
  'about.app.shell.bridge': 'Browser, through the bridge',
  'about.app.node': 'Node.js version',
  'about.app.electron': 'Electron version',
  'about.app.platform': 'Platform',
  'about.adb.heading': 'adb',
  'about.adb.found': 'adb found',
  'about.adb.path': 'adb path',
  'about.adb.clientVersion': 'adb version',
  'about.adb.server': 'adb server',
  'about.adb.serverRunning': 'Running',
  'about.adb.serverRunningProtocol': 'Running (protocol {version})',
  'about.adb.serverStopped': 'Not running',
  'about.adb.port': 'Server port',
  'about.adb.problem': 'Problem',
  'about.adb.notFoundHint':
    'Install Android platform-tools (it contains adb), or set the path to adb in Settings, then refresh.',
  'about.devices.heading': 'Devices',
  'about.devices.count': 'Connected devices: {count}',
  'about.devices.counting': 'Counting connected devices…',
  'about.devices.live': 'This number updates by itself when a phone is plugged in or removed.',

  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.connection':
    'PrivacyScope cannot be reached. If you use the browser bridge, check that `privacyscope serve` is still running, then reload this page.',
  'error.unexpected':
    'Something unexpected went wrong. Try again; if it keeps happening, restart PrivacyScope.',
  'error.code.invalid-argument':
    'PrivacyScope rejected the request as invalid. Reload the page; if it keeps happening, please report it.',
  'error.code.unknown-channel':
    'This version of PrivacyScope does not support that action. Restart or update PrivacyScope.',
  'error.code.forbidden-sender':
    'The request came from a page PrivacyScope does not trust and was refused. Reopen the PrivacyScope window.',
  'error.code.unauthorized':
    'This browser session is not authorised. Open the full link printed by `privacyscope serve` again — it contains the access token.',
  'about.adb.problem.server-not-running':
    'The adb server is not running and could not be started. Restart adb (`adb kill-server`, then `adb start-server`) or check that its port is free.',
  'about.adb.problem.binary-broken':
    'The adb program was found but does not run. Reinstall Android platform-tools, or choose another adb in Settings.',
  'error.code.adb-unavailable':
    'adb could not be found or started. Install Android platform-tools, or set the path to adb in Settings.',
  'error.code.adb-version-mismatch':
    'Another adb server of a different version is running. Close other Android tools (such as Android Studio) and try again.',
  'error.code.device-not-found': 'The phone is no longer connected. Reconnect the cable and try again.',
  'error.code.device-unauthorized':
    'The phone has not allowed USB debugging from this computer. Unlock it and tap “Allow” in the USB debugging prompt.',
  'error.code.device-offline': 'The phone is offline. Unplug it and plug it back in, or restart adb.',
  'error.code.command-timeout': 'The phone took too long to answer. Check the connection and try again.',
  'error.code.command-failed':
    'The phone could not carry out the command. Try again; if it keeps failing, check the details below.',
  'error.code.cancelled': 'The operation was cancelled.',
  'error.code.device-busy':
    'PrivacyScope is already changing this phone in another window or from the command line. Wait until that finishes (or cancel it there), then try again. Nothing was changed.',
  'error.code.system-updated':
    'The phone’s system was updated after these changes were made, so what was recorded may no longer match. Check the phone, confirm in the notice above, then try again.',
  'error.code.internal':
    'PrivacyScope ran into an internal error. Try again; if it keeps happening, restart PrivacyScope.',
  ...deviceViewsEn,
  ...overviewViewsEn,
  ...phoneSettingsViewsEn,
  ...adbSettingsViewsEn,
  ...appViewsEn,
  ...appDetailViewsEn,
  ...changeViewsEn,
  ...rulesSettingsViewsEn,
  ...restoreViewsEn,
  ...systemUpdateViewsEn,
} as const;

export type EnglishCatalogue = typeof en;
export type MessageKey = keyof EnglishCatalogue;
/** What every other language must provide: the same keys, each a string. */
export type Catalogue = { readonly [K in MessageKey]: string };
