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
 * Returns the absolute URL when `value` parses as a URL with an allowed scheme,
 * otherwise `undefined`. `javascript:`, `data:`, `vbscript:`, anything
 * unparsable and anything with whitespace or a control character inside
 * (around it is trimmed) never pass, in the browser and on the server alike.
 */
export function safeHref(
  value: unknown,
  { protocols = SAFE_PROTOCOLS, base = globalThis.document?.baseURI }: SafeUrlOptions = {},
): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed || SPACE_OR_CONTROL.test(trimmed)) return undefined;
  try {
    const { protocol, href } = new URL(trimmed, base);
    return protocols.includes(protocol) && SAFE_PROTOCOLS.includes(protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

const WEB_PROTOCOLS = ['http:', 'https:'];

/** `safeHref` for web pages only (http, https; relative to the page): websites, logos, endpoints. */
export function webHref(value: unknown): string | undefined {
  return safeHref(value, { protocols: WEB_PROTOCOLS });
}

/** True when `value` is an absolute http or https URL. */
export function isWebUrl(value: unknown): boolean {
  return safeHref(value, { protocols: WEB_PROTOCOLS, base: 'invalid:/' }) !== undefined;
}
