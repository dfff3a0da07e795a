// Messages of "restore a snapshot" (History's stored scans → the plan review) and of the
// per-step progress of undo / resume / roll back in History. zh-CN has exactly the same keys.
export const restoreViewsEn = {
  'history.scanList': 'Stored scans',
  'history.scanTime': 'Scanned',
  'history.scanScore': 'Score',
  'history.scanApps': 'Apps',
  'history.scanAction': 'Restore',
  'history.latestScan': 'latest',
  'history.restoreScan': 'Restore this scan',
  'history.restoreScanLabel': 'Restore this scan ({time})',
  'history.resuming': 'Resuming',
  'history.rollingBack': 'Rolling back',
  'history.lastRun': 'What was just done, step by step',
  'history.stopped': 'Stopped before the end. The steps that did not run left the phone as it was.',
  'history.stepFallback': 'Step {id}',
  'history.undoOf': 'Undo: {what}',

  'restore.intro':
    'Bring the phone back to the scan of {time}. PrivacyScope first reads the phone as it is now, then lists every permission, app op, app state (installed, enabled, hidden, suspended) and accessibility or notification access that differs from that scan.',
  'restore.reading': 'Reading the phone as it is now…',
  'restore.nothing': 'The phone already matches this scan. There is nothing to restore.',
  'restore.back': 'Back to History',
  'restore.done': 'The phone is back to the scan of {time}, and every step was verified.',

  'action.restore-op': 'Set app op {op} of {app} back to {mode}',
  'action.restore-revoke': 'Revoke {permission} from {app} again, as in that scan',
  'action.other': '{kind} for {app}',
} as const;

export const restoreViewsZhCN: { readonly [K in keyof typeof restoreViewsEn]: string } = {
  'history.scanList': '已保存的扫描',
  'history.scanTime': '扫描时间',
  'history.scanScore': '得分',
  'history.scanApps': '应用数',
  'history.scanAction': '恢复',
  'history.latestScan': '最近一次',
  'history.restoreScan': '恢复到这次扫描',
  'history.restoreScanLabel': '恢复到这次扫描（{time}）',
  'history.resuming': '正在继续执行',
  'history.rollingBack': '正在回滚',
  'history.lastRun': '刚才执行的每一步',
  'history.stopped': '已在中途停止，未执行的步骤没有改动手机。',
  'history.stepFallback': '第 {id} 步',
  'history.undoOf': '还原：{what}',

  'restore.intro':
    '将手机恢复到 {time} 扫描时的状态。PrivacyScope 会先读取手机当前的状态，再列出与那次扫描不同的每一项权限、应用操作、应用状态（安装、启用、隐藏、暂停）以及无障碍和通知使用权。',
  'restore.reading': '正在读取手机当前的状态…',
  'restore.nothing': '手机已与这次扫描时的状态一致，无需恢复。',
  'restore.back': '返回操作记录',
  'restore.done': '手机已恢复到 {time} 扫描时的状态，每一步均已验证。',

  'action.restore-op': '将 {app} 的应用操作 {op} 恢复为 {mode}',
  'action.restore-revoke': '按那次扫描的状态，再次撤销 {app} 的 {permission} 权限',
  'action.other': '对 {app} 执行“{kind}”',
};
