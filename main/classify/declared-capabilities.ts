// What a package declares on the phone that hints at its type. The reader fills it from the
// resolver tables of `dumpsys package` (AppEntry.capabilities, same shape; main/audit passes it
// to the classifier). Mirrors the virtual phone's DeclaredComponents (`inputMethods`, `handles`).

export interface DeclaredCapabilities {
  /** Declares an input-method service (BIND_INPUT_METHOD). */
  readonly inputMethod?: boolean;
  /** Handles http(s) VIEW intents with CATEGORY_BROWSABLE as a browser. */
  readonly browser?: boolean;
  /** Handles `geo:` URIs. */
  readonly geo?: boolean;
  /** Holds or can hold the default dialer role. */
  readonly dialer?: boolean;
  /** Holds or can hold the default SMS role. */
  readonly sms?: boolean;
  /** A home screen (CATEGORY_HOME). */
  readonly launcher?: boolean;
  /** An assistant (ACTION_ASSIST / voice interaction service). */
  readonly assistant?: boolean;
  /** Handles MediaStore.ACTION_IMAGE_CAPTURE. */
  readonly imageCapture?: boolean;
  /** An app store (installs other apps as their installer of record). */
  readonly appStore?: boolean;
}

export type CapabilityName = keyof DeclaredCapabilities;

type ComponentHandle =
  'browser' | 'geo' | 'image-capture' | 'sms' | 'dialer' | 'home' | 'assistant' | 'app-store';

const FROM_HANDLE: Readonly<Record<ComponentHandle, CapabilityName>> = {
  browser: 'browser',
  geo: 'geo',
  'image-capture': 'imageCapture',
  sms: 'sms',
  dialer: 'dialer',
  home: 'launcher',
  assistant: 'assistant',
  'app-store': 'appStore',
};

/** Capabilities from the component facts the virtual phone (and later the reader) models. */
export const capabilitiesFromComponents = (components: {
  readonly inputMethods?: readonly string[];
  readonly handles?: readonly ComponentHandle[];
}): DeclaredCapabilities => {
  const capabilities: Partial<Record<CapabilityName, boolean>> = {};
  if ((components.inputMethods?.length ?? 0) > 0) capabilities.inputMethod = true;
  for (const handle of components.handles ?? []) capabilities[FROM_HANDLE[handle]] = true;
  return capabilities;
};
