// Text → HTML text or attribute value: every character that could open markup is escaped, so
// app labels, package names and device messages from a phone can never become markup.
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"'`]/g, (character) => ENTITIES[character] ?? character);
