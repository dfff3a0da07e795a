// 简体中文消息目录：键与 en.ts 完全一致（由 `Catalogue` 类型和单元测试共同保证）。
import type { Catalogue } from './en';
import { adbSettingsViewsZhCN } from './messages/adb-settings-views';
import { appViewsZhCN } from './messages/app-views';
import { appDetailViewsZhCN } from './messages/app-detail-views';
import { changeViewsZhCN } from './messages/change-views';
import { rulesSettingsViewsZhCN } from './messages/rules-settings-views';
import { deviceViewsZhCN } from './messages/device-views';
import { overviewViewsZhCN } from './messages/overview-views';
import { phoneSettingsViewsZhCN } from './messages/phone-settings-views';
import { restoreViewsZhCN } from './messages/restore-views';
import { systemUpdateViewsZhCN } from './messages/system-update-views';

export const zhCN: Catalogue = {
  'app.name': 'PrivacyScope',
  'app.tagline': '安卓隐私体检',
  'app.skipToContent': '跳到主要内容',

  'nav.label': '主导航',
  'nav.devices': '设备',
  'nav.overview': '概览',
  'nav.apps': '应用',
  'nav.rules': '规则',
  'nav.history': '操作记录',
  'nav.settings': '设置',
  'nav.about': '关于与连接',

  'header.preferences': '显示设置',
  'header.language': '语言',
  'header.theme': '主题',
  'language.system': '跟随系统',
  'language.en': 'English',
  'language.zhCN': '简体中文',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',

  'settings.loadFailed': '无法读取已保存的偏好设置，当前使用默认设置。{reason}',
  'settings.saveFailed': '更改未能保存。{reason}',
  'settings.dismiss': '关闭提示',

  'view.notFound.title': '找不到页面',
  'view.notFound.body': '“{path}”这个页面不存在。',
  'view.notFound.link': '前往“关于与连接”',

  'about.title': '关于与连接',
  'about.intro': '查看当前运行的版本，以及 PrivacyScope 能否连上 adb。',
  'about.refresh': '刷新',
  'about.refreshing': '正在刷新…',
  'about.loading': '正在加载…',
  'about.checkedAt': '上次检查：{time}',
  'about.yes': '是',
  'about.no': '否',
  'about.unknown': '未知',
  'about.app.heading': '应用信息',
  'about.app.name': '名称',
  'about.app.version': '版本',
  'about.app.shell': '运行方式',
  'about.app.shell.electron': '桌面应用（Electron）',
  'about.app.shell.bridge': '浏览器（通过桥接服务）',
  'about.app.node': 'Node.js 版本',
  'about.app.electron': 'Electron 版本',
  'about.app.platform': '平台',
  'about.adb.heading': 'adb',
  'about.adb.found': '是否找到 adb',
  'about.adb.path': 'adb 路径',
  'about.adb.clientVersion': 'adb 版本',
  'about.adb.server': 'adb 服务',
  'about.adb.serverRunning': '运行中',
  'about.adb.serverRunningProtocol': '运行中（协议版本 {version}）',
  'about.adb.serverStopped': '未运行',
  'about.adb.port': '服务端口',
  'about.adb.problem': '问题',
  'about.adb.notFoundHint':
    '请安装 Android Platform Tools（其中包含 adb），或在“设置”中指定 adb 的路径，然后刷新。',
  'about.devices.heading': '设备',
  'about.devices.count': '已连接设备：{count} 台',
  'about.devices.counting': '正在统计已连接的设备…',
  'about.devices.live': '插入或拔出手机时，这个数字会自动更新。',

  'error.title': '出错了',
  'error.retry': '重试',
  'error.connection':
    '无法连接到 PrivacyScope。如果你在使用浏览器桥接模式，请确认 `privacyscope serve` 仍在运行，然后刷新此页面。',
  'error.unexpected': '发生了意外错误。请重试；如果反复出现，请重启 PrivacyScope。',
  'error.code.invalid-argument':
    '请求无效，已被 PrivacyScope 拒绝。请刷新页面；如果问题仍然存在，请反馈给我们。',
  'error.code.unknown-channel': '当前版本的 PrivacyScope 不支持此操作。请重启或升级 PrivacyScope。',
  'error.code.forbidden-sender':
    '请求来自 PrivacyScope 不信任的页面，已被拒绝。请重新打开 PrivacyScope 窗口。',
  'error.code.unauthorized':
    '当前浏览器会话未获授权。请重新打开 `privacyscope serve` 输出的完整链接（其中包含访问令牌）。',
  'about.adb.problem.server-not-running':
    'adb 服务没有运行，也无法自动启动。请重启 adb（先执行 `adb kill-server`，再执行 `adb start-server`），或检查其端口是否被占用。',
  'about.adb.problem.binary-broken':
    '找到了 adb 程序，但它无法运行。请重新安装 Android Platform Tools，或在“设置”中选择其他 adb。',
  'error.code.adb-unavailable':
    '找不到 adb，或 adb 无法启动。请安装 Android Platform Tools，或在“设置”中指定 adb 的路径。',
  'error.code.adb-version-mismatch':
    '有另一个版本不同的 adb 服务正在运行。请关闭其他安卓开发工具（例如 Android Studio）后重试。',
  'error.code.device-not-found': '手机已断开连接。请重新插好数据线后重试。',
  'error.code.device-unauthorized':
    '手机尚未允许这台电脑进行 USB 调试。请解锁手机，在“允许 USB 调试吗？”的提示中点按“允许”。',
  'error.code.device-offline': '手机处于离线状态。请拔下后重新连接，或重启 adb。',
  'error.code.command-timeout': '手机长时间没有响应。请检查连接后重试。',
  'error.code.command-failed': '手机未能执行该命令。请重试；如果仍然失败，请查看下方的详细信息。',
  'error.code.cancelled': '操作已取消。',
  'error.code.device-busy':
    'PrivacyScope 正在另一个窗口或命令行中更改这台手机。请等待其完成（或在那里取消）后再试。本次未做任何更改。',
  'error.code.system-updated':
    '这些更改完成后，手机系统已更新，之前记录的状态可能已与手机不符。请先检查手机，在上方提示中确认后再试。',
  'error.code.internal': 'PrivacyScope 内部出错。请重试；如果反复出现，请重启 PrivacyScope。',
  ...deviceViewsZhCN,
  ...overviewViewsZhCN,
  ...phoneSettingsViewsZhCN,
  ...adbSettingsViewsZhCN,
  ...appViewsZhCN,
  ...appDetailViewsZhCN,
  ...changeViewsZhCN,
  ...rulesSettingsViewsZhCN,
  ...restoreViewsZhCN,
  ...systemUpdateViewsZhCN,
};
