import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import '../../src/define/all.js';
import { longHex } from '../../src/core/styles/css-vars.js';
import { ToolbarController } from './docs-toolbar.js';
import { DOCS_TOKENS, TOKEN_GROUPS, isLiteralColour, type DocsToken } from './docs-tokens.js';

type Scheme = 'light' | 'dark';
/** An edited token: its light and dark values (the same text for a token that does not depend on the scheme). */
type Edit = { readonly light: string; readonly dark: string };

/** A few starting points; each is only a set of edits, printed as CSS like any other. */
const PRESETS: Readonly<Record<string, Readonly<Record<string, Edit>>>> = {
  'Council of Europe (default)': {},
  'A partner brand': {
    '--coe-color-primary': { light: '#6b1d5c', dark: '#f0a8dd' },
    '--coe-color-on-primary': { light: '#ffffff', dark: '#2b0a24' },
    '--coe-focus-color': { light: '#6b1d5c', dark: '#f0a8dd' },
    '--coe-radius': { light: '0.25rem', dark: '0.25rem' },
  },
  'High contrast': {
    '--coe-color-text': { light: '#000000', dark: '#ffffff' },
    '--coe-color-text-muted': { light: '#1b1f29', dark: '#eef1f8' },
    '--coe-color-primary': { light: '#00207a', dark: '#ffe14d' },
    '--coe-color-on-primary': { light: '#ffffff', dark: '#000000' },
    '--coe-color-border': { light: '#000000', dark: '#ffffff' },
    '--coe-color-field-border': { light: '#000000', dark: '#ffffff' },
    '--coe-color-surface': { light: '#ffffff', dark: '#000000' },
  },
};

function isPickable(token: DocsToken): boolean {
  return token.group !== 'Spacing and size' && isLiteralColour(token.light) && isLiteralColour(token.dark) && token.light !== 'transparent';
}

/** The value a custom property takes for an edit. */
function cssValue(edit: Edit): string {
  return edit.light === edit.dark ? edit.light : `light-dark(${edit.light}, ${edit.dark})`;
}

/**
 * @summary The Theming page's playground: edit any `--coe-` token and every widget below changes at once,
 * in light or dark; the CSS to copy is printed underneath. Tokens reach the widgets as custom properties set
 * through the CSSOM on the preview's box (no `style=` attribute is rendered).
 */
export class DocsTokenPlayground extends LitElement {
  /**
   * The tag, for MDX to render as `<DocsTokenPlayground.tag />`: using an export keeps this module (and its registration) in the
   * build, which drops side-effect-only imports of files that package.json does not list in `sideEffects`.
   */
  static readonly tag = 'docs-token-playground';

  static override styles = css`
    :host { display: block; font: 14px/1.45 system-ui, sans-serif; color: #1b1f29; }
    .layout { display: grid; gap: 16px; grid-template-columns: minmax(0, 20rem) minmax(0, 1fr); align-items: start; }
    @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    /* The whole list shows: no panel that scrolls inside the page and hides its last groups. */
    .controls { border: 1px solid #c5cbd8; border-radius: 8px; padding: 8px 12px; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; }
    legend { font-weight: 700; padding: 8px 0 4px; }
    .row { display: grid; grid-template-columns: 1fr auto auto; gap: 4px 6px; align-items: center; margin-block: 4px; }
    .row label, .row .name { font: 12px/1.3 ui-monospace, monospace; overflow-wrap: anywhere; }
    /* A text value gets the row's whole width under its name, so a long one ("var(--coe-color-primary)") shows whole. */
    .row--text { grid-template-columns: minmax(0, 1fr); }
    .row textarea { inline-size: 100%; box-sizing: border-box; font: 12px/1.4 ui-monospace, monospace; padding: 4px 6px; resize: vertical; }
    input[type='color'] { inline-size: 36px; block-size: 28px; padding: 0; border: 1px solid #4a5163; border-radius: 4px; }
    .bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-block-end: 12px; }
    button { font: inherit; padding: 4px 10px; border: 1px solid #4a5163; border-radius: 4px; background: #fff; color: #1b1f29; cursor: pointer; }
    button[aria-pressed='true'] { background: #003399; color: #fff; border-color: #003399; }
    :focus-visible { outline: 3px solid #003399; outline-offset: 2px; }
    .preview { display: grid; gap: 16px; }
    pre { background: #141821; color: #eef1f8; padding: 12px; border-radius: 8px; overflow: auto; font: 13px/1.5 ui-monospace, monospace; }
    .status { min-block-size: 1.5em; }
    h3 { font-size: 16px; margin: 16px 0 4px; }
  `;

  @state() private edits: Readonly<Record<string, Edit>> = {};
  /** The preview follows the toolbar's language, and its theme until a button here picks one. */
  private readonly toolbar = new ToolbarController(this, ({ theme }) => (this.scheme = theme));
  @state() private scheme: Scheme = this.toolbar.choice.theme;
  @state() private status = '';

  override render() {
    return html`
      <div class="bar" role="group" aria-label="Start from">
        ${Object.entries(PRESETS).map(
          ([name, edits]) => html`<button type="button" @click=${() => this.applyPreset(edits)}>${name}</button>`,
        )}
      </div>
      <h3>CSS to copy</h3>
      <pre><code>${this.cssText()}</code></pre>
      <div class="bar">
        <button type="button" @click=${this.copy}>Copy the CSS</button>
        <button type="button" @click=${() => this.applyPreset({})}>Reset every token</button>
        <span class="status" role="status">${this.status}</span>
      </div>
      <div class="layout">
        <form class="controls" aria-label="Tokens" @submit=${(event: Event) => event.preventDefault()}>
          ${TOKEN_GROUPS.map((group) => this.renderGroup(group))}
        </form>
        <div>
          <div class="bar" role="group" aria-label="Colour scheme of the widgets">
            ${(['light', 'dark'] as const).map(
              (scheme) =>
                html`<button type="button" aria-pressed=${this.scheme === scheme ? 'true' : 'false'} @click=${() => (this.scheme = scheme)}>
                  ${scheme === 'light' ? 'Light' : 'Dark'}
                </button>`,
            )}
          </div>
          <div class="preview" lang=${this.toolbar.choice.locale}>
            <coe-partner-badge partner="telefonica" theme=${this.scheme}></coe-partner-badge>
            <coe-partner-grid searchable filterable theme=${this.scheme}></coe-partner-grid>
            <coe-benefits-list layout="cards" theme=${this.scheme}></coe-benefits-list>
            <coe-highlights-timeline from="2021" theme=${this.scheme}></coe-highlights-timeline>
            <coe-contact-form id="docs-playground-form" theme=${this.scheme}></coe-contact-form>
          </div>
        </div>
      </div>
    `;
  }

  private renderGroup(group: (typeof TOKEN_GROUPS)[number]) {
    const tokens = DOCS_TOKENS.filter((token) => token.group === group);
    if (tokens.length === 0) return nothing;
    return html`<fieldset>
      <legend>${group}</legend>
      ${tokens.map((token) => this.renderControl(token))}
    </fieldset>`;
  }

  private renderControl(token: DocsToken) {
    const edit = this.edits[token.name];
    if (isPickable(token)) {
      const light = longHex(edit?.light ?? token.light);
      const dark = longHex(edit?.dark ?? token.dark);
      return html`<div class="row">
        <span class="name">${token.name}</span>
        <input
          type="color"
          aria-label="${token.name}, light"
          .value=${light}
          @input=${(event: Event) => this.edit(token, { light: (event.target as HTMLInputElement).value, dark })}
        />
        <input
          type="color"
          aria-label="${token.name}, dark"
          .value=${dark}
          @input=${(event: Event) => this.edit(token, { light, dark: (event.target as HTMLInputElement).value })}
        />
      </div>`;
    }
    const id = `token${token.name}`;
    const value = edit?.light ?? token.value;
    // A text area as tall as the value needs (about 34 characters a line here): a long value, such as the font
    // stack or a light-dark() pair, shows whole rather than cut at the field's edge.
    return html`<div class="row row--text">
      <label for=${id}>${token.name}</label>
      <textarea
        id=${id}
        rows=${Math.ceil(value.length / 34)}
        spellcheck="false"
        .value=${value}
        @change=${(event: Event) => {
          const typed = (event.target as HTMLTextAreaElement).value.replace(/\s+/g, ' ').trim();
          this.edit(token, { light: typed, dark: typed });
        }}
      ></textarea>
    </div>`;
  }

  private edit(token: DocsToken, edit: Edit): void {
    const isDefault = edit.light === longHex(token.light) && edit.dark === longHex(token.dark);
    const others = Object.fromEntries(Object.entries(this.edits).filter(([name]) => name !== token.name));
    this.edits = isDefault || edit.light === '' || edit.light === token.value ? others : { ...others, [token.name]: edit };
    this.status = '';
  }

  private applyPreset(edits: Readonly<Record<string, Edit>>): void {
    this.edits = { ...edits };
    this.status = '';
  }

  private cssText(): string {
    const lines = Object.entries(this.edits).map(([name, edit]) => `  ${name}: ${cssValue(edit)};`);
    if (lines.length === 0) return '/* Change a token above: the CSS for your page appears here. */';
    return `/* On the page, or on any element around the widgets. */\n:root {\n${lines.join('\n')}\n}`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.cssText());
      this.status = 'Copied.';
    } catch {
      this.status = 'The browser did not allow copying here: select the CSS and copy it.';
    }
  }

  protected override updated(): void {
    // The edited tokens, as custom properties on the box around the widgets (CSSOM, not a style= attribute).
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview')!;
    for (const token of DOCS_TOKENS) {
      const edit = this.edits[token.name];
      if (edit) preview.style.setProperty(token.name, cssValue(edit));
      else preview.style.removeProperty(token.name);
    }
  }
}

if (!customElements.get(DocsTokenPlayground.tag)) customElements.define(DocsTokenPlayground.tag, DocsTokenPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'docs-token-playground': DocsTokenPlayground;
  }
}
