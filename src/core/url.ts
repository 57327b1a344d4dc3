/** URL safety: only these schemes ever become an `href` or `src`. */
const SAFE_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

export interface SafeUrlOptions {
  /** Schemes to allow, e.g. `['http:', 'https:']` for a website; default http, https and mailto. */
  readonly protocols?: readonly string[];
  /** Base for relative URLs; default the document's base URL (none outside a browser). */
  readonly base?: string;
}

/**
 * Whitespace or a control character inside a URL. Refused before parsing: Node (the server renderer)
 * refuses `https://exa mple.com/` where Chromium reads `https://exa%20mple.com/`, and one rule
 * must keep the same items on the server and in the browser.
 */
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/**
 * `value` parsed as a URL against `base`, trimmed; `undefined` when it is not a string, is empty, has
 * whitespace or a control character inside, or does not parse.
 */
function parseUrl(value: unknown, base: string | undefined): URL | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed || SPACE_OR_CONTROL.test(trimmed)) return undefined;
  try {
    return new URL(trimmed, base);
  } catch {
    return undefined;
  }
}

/**
 * Returns the absolute URL when `value` parses as a URL with an allowed scheme,
 * otherwise `undefined`. `javascript:`, `data:`, `vbscript:`, anything
 * unparsable and anything with whitespace or a control character inside
 * (around it is trimmed) never pass, in the browser and on the server alike.
 */
export function safeHref(
  value: unknown,
  { protocols = SAFE_PROTOCOLS, base = globalThis.document?.baseURI }: SafeUrlOptions = {},
): string | undefined {
  const url = parseUrl(value, base);
  return url && protocols.includes(url.protocol) && SAFE_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
}

const WEB_PROTOCOLS = ['http:', 'https:'];

/**
 * `safeHref` for web pages only (http, https; relative to `base`, default the page): websites, logos,
 * endpoints. Written apart from `safeHref`'s options so that the badge's file carries only this check.
 */
export function webHref(value: unknown, base: string | undefined = globalThis.document?.baseURI): string | undefined {
  const url = parseUrl(value, base);
  return url && WEB_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
}

/** True when `value` is an absolute http or https URL. */
export function isWebUrl(value: unknown): boolean {
  return webHref(value, 'invalid:/') !== undefined;
}
