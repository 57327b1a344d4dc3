/** URL safety: only these schemes ever become an `href` or `src`. */
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

export interface SafeUrlOptions {
  /** Schemes to allow, e.g. `['http:', 'https:']` for a website; default http, https and mailto. */
  readonly protocols?: readonly string[];
  /** Base for relative URLs; default the document's base URL (none outside a browser). */
  readonly base?: string;
}

/**
 * Returns the absolute URL when `value` parses as a URL with an allowed scheme,
 * otherwise `undefined`. `javascript:`, `data:`, `vbscript:` and anything
 * unparsable never pass.
 */
export function safeHref(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const base = options.base ?? (typeof document === 'undefined' ? undefined : document.baseURI);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  const allowed = options.protocols ? new Set(options.protocols) : SAFE_PROTOCOLS;
  return allowed.has(url.protocol) && SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** True when `value` is an absolute http or https URL. */
export function isWebUrl(value: unknown): boolean {
  return safeHref(value, { protocols: ['http:', 'https:'], base: 'invalid:/' }) !== undefined;
}
