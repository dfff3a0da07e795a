// Network devices: `adb connect` / `disconnect` (over the server's host service) and
// `adb pair` (Android 11+ wireless debugging, through the adb binary). adb answers these
// with text and exit status 0 even on failure, so the text decides.
import type { AdbCliRunner } from './adb-cli';
import type { AdbkitClient } from './adbkit-client';
import type { CallOptions } from './deadline';
import { mapDeviceFailureText } from './error-mapping';
import { CommandFailed, DeviceNotFound, DeviceUnauthorized } from './errors';
import { parseNetworkAddress } from './network-address';

export type ConnectReply =
  | { readonly ok: true; readonly already: boolean }
  | { readonly ok: false; readonly reason: 'unauthorized' | 'failed'; readonly message: string };

export const parseConnectReply = (text: string): ConnectReply => {
  const trimmed = text.trim();
  if (/^already connected to /m.test(trimmed)) return { ok: true, already: true };
  if (/^connected to /m.test(trimmed)) return { ok: true, already: false };
  if (/failed to authenticate/.test(trimmed)) return { ok: false, reason: 'unauthorized', message: trimmed };
  return { ok: false, reason: 'failed', message: trimmed };
};

export const connectDevice = async (
  client: AdbkitClient,
  target: string,
  options: CallOptions = {},
): Promise<{ serial: string; already: boolean }> => {
  const address = parseNetworkAddress(target, 5555);
  // The server itself waits ~10 s for a device that never answers.
  const reply = parseConnectReply(await client.connect(address.text, { timeoutMs: 20_000, ...options }));
  if (reply.ok) return { serial: address.text, already: reply.already };
  if (reply.reason === 'unauthorized') {
    throw new DeviceUnauthorized(address.text, { details: [reply.message] });
  }
  throw new CommandFailed(`could not connect to ${address.text}`, { deviceMessage: reply.message });
};

export const disconnectDevice = async (
  client: AdbkitClient,
  target: string,
  options: CallOptions = {},
): Promise<void> => {
  const address = parseNetworkAddress(target, 5555);
  try {
    const reply = await client.disconnect(address.text, options);
    if (/no such device/.test(reply)) throw new DeviceNotFound(address.text, { details: [reply.trim()] });
  } catch (error) {
    if (error instanceof CommandFailed && /no such device/.test(error.deviceMessage)) {
      throw new DeviceNotFound(address.text, { cause: error, details: [error.deviceMessage] });
    }
    throw error;
  }
};

export type PairReply =
  | { readonly ok: true; readonly guid?: string }
  | { readonly ok: false; readonly unsupported: boolean; readonly message: string };

export const parsePairOutput = (text: string): PairReply => {
  const trimmed = text.trim();
  const success = /Successfully paired to \S+(?: \[guid=([^\]]+)\])?/.exec(trimmed);
  if (success) return success[1] === undefined ? { ok: true } : { ok: true, guid: success[1] };
  const unsupported = /unknown command pair|usage: adb/i.test(trimmed);
  return { ok: false, unsupported, message: trimmed };
};

const PAIRING_CODE = /^[0-9]{6}$/;

/** `adb pair host:port code`; the code is the 6 digits shown on the phone. */
export const pairDevice = async (request: {
  cli: AdbCliRunner;
  bin: string;
  port: number;
  target: string;
  code: string;
  options?: CallOptions;
}): Promise<{ target: string; guid?: string }> => {
  const address = parseNetworkAddress(request.target);
  if (!PAIRING_CODE.test(request.code)) {
    throw new CommandFailed('the pairing code must be the 6 digits shown on the phone');
  }
  const result = await request.cli({
    bin: request.bin,
    port: request.port,
    args: ['pair', address.text, request.code],
    timeoutMs: 30_000,
    ...request.options,
  });
  const reply = parsePairOutput(`${result.stdout}\n${result.stderr}`);
  if (reply.ok) return { target: address.text, ...(reply.guid === undefined ? {} : { guid: reply.guid }) };
  const device = mapDeviceFailureText(reply.message, { serial: address.text });
  if (device) throw device;
  throw new CommandFailed(
    reply.unsupported
      ? 'this adb does not support `adb pair`; wireless pairing needs platform-tools 30 or newer'
      : `pairing with ${address.text} failed`,
    { deviceMessage: reply.message, ...(result.exitCode === 0 ? {} : { exitCode: result.exitCode }) },
  );
};
