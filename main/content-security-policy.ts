// The renderer's Content Security Policy. The meta part is in renderer/index.html's
// <meta http-equiv> (a unit test keeps them equal); main (and the browser bridge) send the
// full policy as a response header, where `frame-ancestors` is honoured — browsers ignore
// it in a <meta> and log an error (Electron security checklist, item 7).
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

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
