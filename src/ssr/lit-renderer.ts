/**
 * The @lit-labs/ssr renderer of the Lit widgets: Lit's own, plus the language
 * the widget inherits from the page (on the server it has no ancestors to ask;
 * see `resolveServerLocale`).
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { INHERITED_LANG } from '../core/i18n/locale.js';
import { serverContextOf } from './server-context.js';

export class CoeLitElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    // Rendering the template happens later, in a thunk: the language is in place by then.
    Object.assign(this.element, { [INHERITED_LANG]: serverContextOf(renderInfo).inheritedLang });
    return super.renderShadow(renderInfo);
  }
}
