// The only ways untrusted event data reaches a page: `escapeHtml` for text and attribute values, `sanitizeHtml`
// for the fields that carry HTML (descriptions, abstracts, biographies, code of conduct), `safeUrl` for every
// href/src, and `jsonForScript` for data inlined in a <script type="application/json">. Every template uses
// these; none builds markup from raw data.
import sanitize from 'sanitize-html';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Tagged template that escapes every interpolation unless it is already `Html` (the output of another template). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = Html | string | number | null | undefined | false | HtmlPart[];

function renderPart(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(renderPart).join('');
  return escapeHtml(part);
}

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += renderPart(parts[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup we produced ourselves (sanitiser output, our own constant strings). */
export function raw(value: string): Html {
  return new Html(value);
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/**
 * An href/src we may write: http(s), mailto, or a relative path (no scheme, no protocol-relative '//').
 * Anything else (javascript:, data:, vbscript:, file:) is null, and the caller leaves the link out.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"); so do we.
  const url = value.trim();
  const probe = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (probe === '') return null;
  if (SAFE_SCHEMES.test(probe)) return /^mailto:/i.test(probe) || /^https?:\/\/[^/]/i.test(probe) ? url : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(probe) || probe.startsWith('//') || probe.startsWith('\\')) return null;
  return url;
}

export function isRemoteUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}

const SANITIZE_OPTIONS: sanitize.IOptions = {
  allowedTags: ['p', 'br', 'b', 'i', 'em', 'strong', 'u', 's', 'small', 'sub', 'sup', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'span', 'div', 'hr', 'dl', 'dt', 'dd'],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside dropped <script>/<style> must vanish too, not show up as code on the page.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object'],
  transformTags: {
    // The author's headings would clash with the page outline; keep them one level down, and make links inert
    // towards the opener.
    h1: 'h3',
    h2: 'h3',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
  },
};

// The same biography appears on every page of its speaker's sessions, and parsing is the renderer's main cost:
// results are memoised (bounded, so a huge event cannot grow it without limit).
const sanitized = new Map<string, Html>();
const SANITIZE_MEMO_LIMIT = 20_000;

/** Allow-list sanitiser for the data's HTML fields: formatting and links survive, scripts, handlers and styles do not. */
export function sanitizeHtml(value: string | null | undefined): Html {
  if (!value) return raw('');
  let out = sanitized.get(value);
  if (!out) {
    out = raw(sanitize(value, SANITIZE_OPTIONS).trim());
    if (sanitized.size >= SANITIZE_MEMO_LIMIT) sanitized.clear();
    sanitized.set(value, out);
  }
  return out;
}

/** Plain text of an HTML field, for search and for deciding whether it is empty. */
export function htmlToText(value: string | null | undefined): string {
  if (!value) return '';
  const text = sanitize(value, { allowedTags: [], allowedAttributes: {}, nonTextTags: SANITIZE_OPTIONS.nonTextTags });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16) || 32);
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10) || 32);
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[lower] ?? ' ';
  });
}

/**
 * JSON for a <script type="application/json"> element: `<` is written as \u003c so that `</script>` or
 * `<!--` in the data cannot end the element, and U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Lower-case ASCII slug for file names and hash fragments; never empty, never '.' or '..'. */
export function slugify(value: string, fallback = 'item'): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}
