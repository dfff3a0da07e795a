// Messages of the History view's "system updated since" notice: batches made before the phone's
// last system update (OTA) and the confirmation that allows resuming, rolling back or undoing
// them. zh-CN has exactly the same keys.
export const systemUpdateViewsEn = {
  'history.systemUpdated.title': 'The phone’s system was updated after some of these changes',
  'history.systemUpdated.body':
    'An update can reset permissions and app settings, so what PrivacyScope recorded before it may no longer match the phone. Check the phone first; resuming, rolling back or undoing these changes will act on the phone as it is now.',
  'history.systemUpdated.builds': 'Made on {before}; the phone now runs {after}.',
  'history.systemUpdated.batch': 'Made before a system update',
  'history.systemUpdated.accept':
    'I have checked the phone: allow resuming, rolling back and undoing changes made before the update',
} as const;

export const systemUpdateViewsZhCN: { readonly [K in keyof typeof systemUpdateViewsEn]: string } = {
  'history.systemUpdated.title': '部分更改完成后，手机系统已更新',
  'history.systemUpdated.body':
    '系统更新可能会重置权限和应用设置，PrivacyScope 在更新前记录的状态可能已与手机不符。请先检查手机；继续执行、回滚或撤销这些更改时，将以手机当前的实际状态为准进行操作。',
  'history.systemUpdated.builds': '更改时的系统版本：{before}；当前版本：{after}。',
  'history.systemUpdated.batch': '在系统更新前做出的更改',
  'history.systemUpdated.accept': '我已检查过手机，允许继续执行、回滚或撤销系统更新前做出的更改',
};
