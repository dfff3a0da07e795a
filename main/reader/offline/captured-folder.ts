// A folder of captured outputs (`getprop.txt`, `dumpsys-package.txt`, … — captureFileName):
// reads whichever exist, decodes each (UTF-16 from Windows shells, UTF-8 BOM, bad bytes) and
// reports the rest as missing. Files larger than CAPTURE_MAX_FILE_BYTES are refused with a
// warning rather than read.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseWarning } from '../../snapshot/device-snapshot';
import { decodeText } from '../parsers/decode-text';
import { WarningSink } from '../parsers/parse-result';
import { CAPTURE_NAMES, captureFileName, type CaptureName, type CapturedOutputs } from './captured-outputs';

export const CAPTURE_MAX_FILE_BYTES = 256 * 1024 * 1024;

export class CapturedFolderError extends Error {
  override readonly name = 'CapturedFolderError';
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

export const readCapturedFolder = async (dir: string): Promise<CapturedOutputs> => {
  const dirInfo = await stat(dir).catch((error: unknown) => {
    throw new CapturedFolderError(`cannot read folder ${dir}: ${errorCode(error) ?? String(error)}`, {
      cause: error,
    });
  });
  if (!dirInfo.isDirectory()) throw new CapturedFolderError(`${dir} is not a folder`);
  const outputs: Partial<Record<CaptureName, string>> = {};
  const missing: CaptureName[] = [];
  const warnings: ParseWarning[] = [];
  const sink = new WarningSink('captured folder');
  let partial = false;
  for (const name of CAPTURE_NAMES) {
    const file = captureFileName(name);
    const path = join(dir, file);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile()) {
      missing.push(name);
      continue;
    }
    if (info.size > CAPTURE_MAX_FILE_BYTES) {
      sink.warn(`${file} is ${info.size} bytes (limit ${CAPTURE_MAX_FILE_BYTES}); not read`);
      missing.push(name);
      continue;
    }
    const decoded = decodeText(await readFile(path), file);
    warnings.push(...decoded.warnings);
    partial ||= decoded.partial;
    outputs[name] = decoded.value.text;
  }
  if (missing.length > 0) sink.warn(`not in the folder: ${missing.map(captureFileName).join(', ')}`);
  warnings.push(...sink.warnings);
  return { outputs, missing, warnings, partial };
};
