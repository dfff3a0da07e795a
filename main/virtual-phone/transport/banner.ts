// The CNXN banner: `device::ro.product.name=…;ro.product.model=…;ro.product.device=…;features=…`.
// The prefix sets adb's state for the transport; only implemented features are advertised
// (advertising stat_v2/ls_v2 makes adb 29 send STA2 and abort).

export interface PhoneBanner {
  readonly product?: string;
  readonly model?: string;
  readonly device?: string;
}

export const DEFAULT_BANNER = { product: 'privacyscope', model: 'Virtual_Phone', device: 'virtual' } as const;

/** Removes the characters that would break the banner's `key=value;` syntax. */
const clean = (value: string): string => value.replace(/[;=\0]/g, '_');

export const buildBanner = (options: { banner: PhoneBanner; shellV2: boolean }): string => {
  const product = clean(options.banner.product ?? DEFAULT_BANNER.product);
  const model = clean(options.banner.model ?? DEFAULT_BANNER.model);
  const device = clean(options.banner.device ?? DEFAULT_BANNER.device);
  const features = options.shellV2 ? 'shell_v2,cmd' : 'cmd';
  return `device::ro.product.name=${product};ro.product.model=${model};ro.product.device=${device};features=${features}`;
};
