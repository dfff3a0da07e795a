// Test helpers: the real `dumpsys package` captures the parser is tested against.
export { readSample } from '../../../support/adb-samples';

export const DUMPSYS_PACKAGE_SAMPLES = {
  tvBox7: 'dumpsys-package_rockchip-tvbox_7.1.2_full.txt',
  samsung10: 'dumpsys-package_samsung_10_full-trimmed.txt',
  emulator11: 'dumpsys-package_emulator_11_com.sunmi.displaydemo.txt',
  wear14Hidden: 'dumpsys-package_wearos-qualcomm_14_pkg1-with-hidden-system.txt',
  pixel16: 'dumpsys-package_pixel_16_com.example.ytdash_rn.txt',
  notInstalled: 'dumpsys-package_unknown_unknown_not-installed.txt',
} as const;
