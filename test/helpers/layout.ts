import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * `template` inside a container of the given width, set through the CSSOM (as a strict-CSP page
 * could), not a `style=` attribute.
 */
export function inWidth(width: string, template: TemplateResult): TemplateResult {
  return html`<div ${ref((element) => element instanceof HTMLElement && element.style.setProperty('width', width))}>${template}</div>`;
}
