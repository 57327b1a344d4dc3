/**
 * What a server render knows that an element on the server cannot find out by
 * itself (there is no DOM around it): the language it inherits from the page,
 * the data document the caller gave, and where warnings go. It travels with
 * @lit-labs/ssr's `RenderInfo` to the element renderers.
 */
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { PartnershipData } from '../core/data/types.js';

export interface ServerContext {
  /** The `lang` of the page around the element (closest ancestor's, else the document's). */
  readonly inheritedLang?: string;
  /** A data document the caller gave instead of the default data. */
  readonly data?: PartnershipData;
  /** The address of the page being rendered, for the badge's domain check. */
  readonly pageUrl?: string;
  readonly warn: (message: string) => void;
}

const KEY = 'coeServerContext';

type WithContext = { [KEY]?: ServerContext };

export function withServerContext(renderInfo: Partial<RenderInfo>, context: ServerContext): Partial<RenderInfo> {
  return Object.assign(renderInfo, { [KEY]: context });
}

export function serverContextOf(renderInfo: RenderInfo): ServerContext {
  return (renderInfo as RenderInfo & WithContext)[KEY] ?? { warn: (message) => console.warn(message) };
}
