// The renderer's Content Security Policy. The same string is in renderer/index.html's
// <meta http-equiv> (a unit test keeps them equal); main adds it as a response header too,
// where `frame-ancestors` is honoured (Electron security checklist, item 7).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string[] | string>;

/** Response headers with our policy in place of any Content-Security-Policy the response had. */
export const withContentSecurityPolicy = (headers: Headers | undefined): Record<string, string[]> => {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
};
