// `getprop` (toybox getprop.c / system/core toolbox): all properties as `[key]: [value]` sorted
// by key, or one value (`getprop KEY [DEFAULT]`), an empty line when unset.
import type { VirtualCommand } from './command';

export const getpropCommand: VirtualCommand = (context) => {
  const { props } = context.state;
  const [, key, fallback] = context.argv;
  if (key === undefined) {
    const keys = Object.keys(props).sort();
    context.stdout(keys.map((name) => `[${name}]: [${props[name] ?? ''}]\n`).join(''));
    return 0;
  }
  context.stdout(`${Object.hasOwn(props, key) ? (props[key] ?? '') : (fallback ?? '')}\n`);
  return 0;
};
