import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { DOCS_TOKENS, TOKEN_GROUPS, isLiteralColour, type DocsToken } from './docs-tokens.js';

/** JSDoc text with its `code` spans as code elements, not literal backticks. */
export function withCode(text: string): (string | TemplateResult)[] {
  return text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
}

/**
 * @summary The Theming page's table of every `--coe-` token: group, light and dark defaults (with swatches for
 * colours), the elements that read it and what for. Swatch colours are set through the CSSOM (no `style=`).
 */
export class DocsTokenTable extends LitElement {
  /**
   * The tag, for MDX to render as `<DocsTokenTable.tag />`: using an export keeps this module (and its registration) in the
   * build, which drops side-effect-only imports of files that package.json does not list in `sideEffects`.
   */
  static readonly tag = 'docs-token-table';

  static override styles = css`
    :host { display: block; font: 14px/1.45 system-ui, sans-serif; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: start; font-weight: 700; font-size: 16px; padding: 16px 0 6px; }
    th, td { text-align: start; vertical-align: top; border-bottom: 1px solid #d8dce6; padding: 6px 8px; }
    th { font-weight: 600; background: #f2f4f9; }
    /* A value or a name breaks only where it has a space: never inside a token (".5re m", "#0 39"). */
    code { font: 13px/1.4 ui-monospace, monospace; overflow-wrap: normal; word-break: keep-all; }
    th[scope='row'] code { white-space: nowrap; }
    .description { margin: 0 0 4px; }
    .value { display: flex; gap: 8px; align-items: center; }
    .swatch { flex: none; inline-size: 28px; block-size: 28px; border-radius: 6px; border: 1px solid #8a93a6; background: var(--swatch); }
    ul { margin: 0; padding-inline-start: 16px; }
    .tags { color: #4a5163; }
  `;

  override render() {
    return TOKEN_GROUPS.map((group) => {
      const tokens = DOCS_TOKENS.filter((token) => token.group === group);
      if (tokens.length === 0) return nothing;
      return html`<table>
        <caption>
          ${group}
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">What it sets, and in which elements</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map((token) => this.renderRow(token))}
        </tbody>
      </table>`;
    });
  }

  private renderRow(token: DocsToken) {
    return html`<tr>
      <th scope="row"><code>${token.name}</code></th>
      <td>${this.renderValue(token, 'light')}</td>
      <td>${this.renderValue(token, 'dark')}</td>
      <td>
        ${token.description ? html`<p class="description">${withCode(token.description)}</p>` : nothing}
        <div class="tags">${token.tags.map((tag) => `<${tag}>`).join(', ')}</div>
        ${
          token.usedBy.length
            ? html`<ul>
              ${token.usedBy.map((use) => html`<li><code>${use.tag}</code>: ${withCode(use.description)}</li>`)}
            </ul>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderValue(token: DocsToken, scheme: 'light' | 'dark') {
    const value = token[scheme];
    const swatch = token.group !== 'Spacing and size' && isLiteralColour(value);
    return html`<span class="value"
      >${swatch ? html`<span class="swatch" data-scheme=${scheme} data-colour=${token.value} aria-hidden="true"></span>` : nothing}<code
        >${value}</code
      ></span
    >`;
  }

  protected override updated(): void {
    // The swatch shows the token's whole default (light-dark() included) in its own colour scheme.
    // (color-scheme is set here too: lit-analyzer's CSS checker does not know the property.)
    for (const swatch of this.renderRoot.querySelectorAll<HTMLElement>('.swatch')) {
      swatch.style.setProperty('--swatch', swatch.dataset.colour!);
      swatch.style.setProperty('color-scheme', swatch.dataset.scheme!);
    }
  }
}

if (!customElements.get(DocsTokenTable.tag)) customElements.define(DocsTokenTable.tag, DocsTokenTable);

declare global {
  interface HTMLElementTagNameMap {
    'docs-token-table': DocsTokenTable;
  }
}
