// Headers on every bridge response: the renderer's own CSP plus the usual hardening set.
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';

export const BRIDGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const applySecurityHeaders = (response: ServerResponse): void => {
  for (const [name, value] of Object.entries(BRIDGE_SECURITY_HEADERS)) response.setHeader(name, value);
};

/** An empty answer: refusals carry no content at all (not even index.html). */
export const sendEmpty = (
  response: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void => {
  response.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': '0', ...headers });
  response.end();
};
