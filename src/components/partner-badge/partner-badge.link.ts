/**
 * Where the badge leads. In a module of its own, without the element class,
 * so that the server renderer (`src/ssr/`) can use it in Node, where there is
 * no `HTMLElement` to extend.
 */

/** The Council of Europe's Digital Partnership page, where the badge leads unless `verify-url` says otherwise. */
export const DEFAULT_VERIFY_URL = 'https://www.coe.int/en/web/digital-governance/cooperation-with-companies';
