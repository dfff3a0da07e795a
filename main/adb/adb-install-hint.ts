// How to get `adb` on each OS; shown with "adb not found".

export const adbInstallHint = (platform: NodeJS.Platform): string => {
  switch (platform) {
    case 'win32':
      return 'Install Android SDK Platform-Tools (https://developer.android.com/tools/releases/platform-tools), e.g. `winget install Google.PlatformTools`, or set the adb path in Settings.';
    case 'darwin':
      return 'Install Android SDK Platform-Tools: `brew install --cask android-platform-tools`, or set the adb path in Settings.';
    default:
      return 'Install Android SDK Platform-Tools: `sudo apt install adb` (Debian/Ubuntu), `sudo dnf install android-tools` (Fedora), or download platform-tools and set the adb path in Settings.';
  }
};
