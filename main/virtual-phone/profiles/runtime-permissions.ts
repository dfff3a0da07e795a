// Runtime (dangerous) permissions with the SDK level they became runtime permissions and the
// app op that backs them (AppOpsManager.permissionToOp). Generated from
// ../shared/reference/rules/permissions.json (androguard AOSP manifests API 23-36 and
// AppOpsManager OPSTR_* constants).

export interface RuntimePermissionInfo {
  readonly since: number;
  readonly op?: string;
}

export const RUNTIME_PERMISSIONS: Readonly<Record<string, RuntimePermissionInfo>> = {
  'android.permission.ACCEPT_HANDOVER': { since: 28, op: 'ACCEPT_HANDOVER' },
  'android.permission.ACCESS_BACKGROUND_LOCATION': { since: 29 },
  'android.permission.ACCESS_COARSE_LOCATION': { since: 23, op: 'COARSE_LOCATION' },
  'android.permission.ACCESS_FINE_LOCATION': { since: 23, op: 'FINE_LOCATION' },
  'android.permission.ACCESS_MEDIA_LOCATION': { since: 29, op: 'ACCESS_MEDIA_LOCATION' },
  'android.permission.ACTIVITY_RECOGNITION': { since: 29, op: 'ACTIVITY_RECOGNITION' },
  'com.android.voicemail.permission.ADD_VOICEMAIL': { since: 23, op: 'ADD_VOICEMAIL' },
  'android.permission.ANSWER_PHONE_CALLS': { since: 26, op: 'ANSWER_PHONE_CALLS' },
  'android.permission.BLUETOOTH_ADVERTISE': { since: 31, op: 'BLUETOOTH_ADVERTISE' },
  'android.permission.BLUETOOTH_CONNECT': { since: 31, op: 'BLUETOOTH_CONNECT' },
  'android.permission.BLUETOOTH_SCAN': { since: 31, op: 'BLUETOOTH_SCAN' },
  'android.permission.BODY_SENSORS': { since: 23, op: 'BODY_SENSORS' },
  'android.permission.BODY_SENSORS_BACKGROUND': { since: 33 },
  'android.permission.CALL_PHONE': { since: 23, op: 'CALL_PHONE' },
  'android.permission.CAMERA': { since: 23, op: 'CAMERA' },
  'android.permission.EYE_TRACKING_COARSE': { since: 36 },
  'android.permission.EYE_TRACKING_FINE': { since: 36 },
  'android.permission.FACE_TRACKING': { since: 36 },
  'android.permission.GET_ACCOUNTS': { since: 23, op: 'GET_ACCOUNTS' },
  'android.permission.HAND_TRACKING': { since: 36 },
  'android.permission.HEAD_TRACKING': { since: 36 },
  'android.permission.NEARBY_WIFI_DEVICES': { since: 33, op: 'NEARBY_WIFI_DEVICES' },
  'android.permission.POST_NOTIFICATIONS': { since: 33, op: 'POST_NOTIFICATION' },
  'android.permission.PROCESS_OUTGOING_CALLS': { since: 23, op: 'PROCESS_OUTGOING_CALLS' },
  'android.permission.RANGING': {
    since: 35,
    op: 'RANGING (PERMISSION LINK ONLY WHEN FLAG RANGINGPERMISSIONENABLED)',
  },
  'android.permission.READ_CALENDAR': { since: 23, op: 'READ_CALENDAR' },
  'android.permission.READ_CALL_LOG': { since: 23, op: 'READ_CALL_LOG' },
  'android.permission.READ_CELL_BROADCASTS': { since: 23, op: 'READ_CELL_BROADCASTS' },
  'android.permission.READ_CONTACTS': { since: 23, op: 'READ_CONTACTS' },
  'android.permission.READ_EXTERNAL_STORAGE': { since: 23, op: 'READ_EXTERNAL_STORAGE' },
  'android.permission.READ_MEDIA_AUDIO': { since: 33, op: 'READ_MEDIA_AUDIO' },
  'android.permission.READ_MEDIA_IMAGES': { since: 33, op: 'READ_MEDIA_IMAGES' },
  'android.permission.READ_MEDIA_VIDEO': { since: 33, op: 'READ_MEDIA_VIDEO' },
  'android.permission.READ_MEDIA_VISUAL_USER_SELECTED': { since: 34, op: 'READ_MEDIA_VISUAL_USER_SELECTED' },
  'android.permission.READ_PHONE_NUMBERS': { since: 26, op: 'READ_PHONE_NUMBERS' },
  'android.permission.READ_PHONE_STATE': { since: 23, op: 'READ_PHONE_STATE' },
  'android.permission.READ_SMS': { since: 23, op: 'READ_SMS' },
  'android.permission.RECEIVE_MMS': { since: 23, op: 'RECEIVE_MMS' },
  'android.permission.RECEIVE_SMS': { since: 23, op: 'RECEIVE_SMS' },
  'android.permission.RECEIVE_WAP_PUSH': { since: 23, op: 'RECEIVE_WAP_PUSH' },
  'android.permission.RECORD_AUDIO': { since: 23, op: 'RECORD_AUDIO' },
  'android.permission.SCENE_UNDERSTANDING_COARSE': { since: 36 },
  'android.permission.SCENE_UNDERSTANDING_FINE': { since: 36 },
  'android.permission.SEND_SMS': { since: 23, op: 'SEND_SMS' },
  'android.permission.USE_SIP': { since: 23, op: 'USE_SIP' },
  'android.permission.UWB_RANGING': { since: 31, op: 'UWB_RANGING' },
  'android.permission.WRITE_CALENDAR': { since: 23, op: 'WRITE_CALENDAR' },
  'android.permission.WRITE_CALL_LOG': { since: 23, op: 'WRITE_CALL_LOG' },
  'android.permission.WRITE_CONTACTS': { since: 23, op: 'WRITE_CONTACTS' },
  'android.permission.WRITE_EXTERNAL_STORAGE': { since: 23, op: 'WRITE_EXTERNAL_STORAGE' },
};

/** True when `name` is a runtime permission on a phone of this SDK level. */
export const isRuntimePermission = (name: string, sdk: number): boolean => {
  const info = RUNTIME_PERMISSIONS[name];
  return info !== undefined && info.since <= sdk;
};
