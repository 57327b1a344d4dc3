import { html, LitElement, type PropertyValues } from 'lit';
import '../../src/define/partner-badge.js';
import { BADGE_SIZES } from '../../src/components/partner-badge/partner-badge.styles.js';
import { BADGE_LANGUAGES, type BadgeLanguage } from '../../src/components/partner-badge/partner-badge.languages.js';
import type { BadgeVariant } from '../../src/components/partner-badge/partner-badge.js';
import { defaultPartners } from '../../src/core/data/default-partners.js';
import { THEMES, type Theme } from '../../src/core/theme.js';
import { AnnounceController } from '../../src/lit/announce-controller.js';
import { BADGE_CDN_BASE, BADGE_VARIANTS, DEFAULT_CHOICES, badgeScriptUrl, badgeSnippet, type BadgeChoices } from './badge-snippet.js';
import { partnerKitStyles } from './partner-kit.styles.js';

/** The partners by their full names, as a partner looks for their organisation. */
const PARTNERS = [...defaultPartners].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

/** A language's name in that language ("Deutsch", "Español"), as language menus show it. */
function ownName(code: BadgeLanguage): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

const VARIANT_LABELS: Record<BadgeVariant, string> = {
  compact: 'Compact',
  standard: 'Standard',
  full: 'Full (with the year you joined, when known)',
};
const THEME_LABELS: Record<Theme, string> = {
  auto: 'Automatic (follows your page’s colour scheme: light unless it declares dark)',
  light: 'Light',
  dark: 'Dark',
};

type CopyResult = 'copied' | 'failed';

/**
 * @summary The partner kit: a partner picks their organisation, the badge's variant, theme and language,
 * sees the live badge and copies the snippet for their site (demo only, not part of the library).
 *
 * @description The snippet (see `badge-snippet.ts`) loads the badge's CDN file with this build's SRI hash
 * (`integrity`, from dist/cdn/sri.json); without a hash the kit says so and offers no snippet. The Copy
 * button uses the Clipboard API and says, visibly and in a polite live region, whether it worked; the
 * snippet also sits in a read-only text box to select by hand.
 */
export class DemoPartnerKit extends LitElement {
  static override styles = [partnerKitStyles];

  static override properties = {
    integrity: {},
    scriptBase: { attribute: 'script-base' },
    choices: { attribute: false },
  };

  private readonly announce = new AnnounceController<CopyResult>(this, 0);

  /** This build's SRI hash of coe-partner-badge.js (`sha384-…`); `undefined` when the CDN files were not built. */
  declare integrity: string | undefined;
  /** Where the snippet's script comes from: the CDN folder of this release, or a test server's `/dist/cdn/`. */
  declare scriptBase: string;
  /** What the partner picked. */
  declare choices: BadgeChoices;

  constructor() {
    super();
    // Set here, not as class fields, so that the reactive accessors hold whatever the compiler's field semantics.
    this.integrity = undefined;
    this.scriptBase = BADGE_CDN_BASE;
    this.choices = DEFAULT_CHOICES;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A confirmation is about the snippet that was copied: any change makes it stale.
    if (changed.has('choices') || changed.has('integrity') || changed.has('scriptBase')) this.announce.value = undefined;
  }

  private pick<K extends keyof BadgeChoices>(key: K, value: BadgeChoices[K]): void {
    this.choices = { ...this.choices, [key]: value };
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce.now('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text so that one keystroke copies it.
      const box = this.renderRoot.querySelector('textarea')!;
      box.focus();
      box.select();
      this.announce.now('failed');
    }
  }

  protected override render() {
    const { partner, variant, theme, lang } = this.choices;
    return html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <label for="partner">Your organisation</label>
          <select id="partner" @change=${(event: Event) => this.pick('partner', (event.target as HTMLSelectElement).value)}>
            ${PARTNERS.map((item) => html`<option value=${item.id} ?selected=${item.id === partner}>${item.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="lang">Language of the badge</label>
          <select id="lang" @change=${(event: Event) => this.pick('lang', (event.target as HTMLSelectElement).value as BadgeLanguage)}>
            ${BADGE_LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === lang}>${ownName(code)}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Variant</legend>
          ${BADGE_VARIANTS.map(
            (item) => html`
              <label class="option">
                <input
                  type="radio"
                  name="variant"
                  .value=${item}
                  .checked=${item === variant}
                  @change=${() => this.pick('variant', item)}
                />
                <span>${VARIANT_LABELS[item]} <span class="hint">${BADGE_SIZES[item].width} × ${BADGE_SIZES[item].height} px</span></span>
              </label>
            `,
          )}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          ${THEMES.map(
            (item) => html`
              <label class="option">
                <input type="radio" name="theme" .value=${item} .checked=${item === theme} @change=${() => this.pick('theme', item)} />
                <span>${THEME_LABELS[item]}</span>
              </label>
            `,
          )}
        </fieldset>
      </form>

      <section aria-labelledby="preview-title">
        <h2 id="preview-title">Preview</h2>
        <div class="stage">
          <coe-partner-badge partner=${partner} variant=${variant} theme=${theme} lang=${lang}></coe-partner-badge>
        </div>
      </section>

      <section aria-labelledby="snippet-title">
        <h2 id="snippet-title">Your snippet</h2>
        ${this.integrity ? this.renderSnippet(this.integrity) : this.renderMissingHash()}
      </section>
    `;
  }

  private renderSnippet(integrity: string) {
    const snippet = badgeSnippet(this.choices, { src: badgeScriptUrl(this.scriptBase), integrity });
    const result = this.announce.value;
    return html`
      <p id="snippet-help">
        Paste it where the badge goes, or split it: the script once per page in the <code>&lt;head&gt;</code>, the rule in your stylesheet,
        the element where the badge goes. The link inside the element is what visitors see without JavaScript. The script comes from
        ${new URL(this.scriptBase).host}; to serve the file yourself, change its <code>src</code> and keep its <code>integrity</code>: the
        browser then runs it only if it is this exact file.
      </p>
      <label for="snippet">The snippet (HTML, read-only: select it to copy by hand)</label>
      <textarea id="snippet" readonly rows=${snippet.text.split('\n').length} spellcheck="false" aria-describedby="snippet-help" .value=${snippet.text}></textarea>
      <div class="actions">
        <button type="button" @click=${() => this.copy(snippet.text)}>Copy the snippet</button>
        <p role="status" class=${result ?? ''}>
          ${result === 'copied' ? 'Copied: paste it into your page.' : ''}
          ${result === 'failed' ? 'Could not copy: the snippet is selected, copy it with Ctrl+C (⌘C on a Mac).' : ''}
        </p>
      </div>
    `;
  }

  private renderMissingHash() {
    return html`<p class="missing">
      This build has no SRI hash for the badge's script, so it offers no snippet: run <code>npm run build</code> (it writes
      <code>dist/cdn/sri.json</code>) and reload.
    </p>`;
  }
}

/**
 * Registers the kit as `<demo-partner-kit>` (first wins). A call, not a side effect of the import: the
 * package's `sideEffects` list names the library's entry points only, so a bundler drops a bare import of this file.
 */
export function defineDemoPartnerKit(): void {
  if (!customElements.get('demo-partner-kit')) customElements.define('demo-partner-kit', DemoPartnerKit);
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-partner-kit': DemoPartnerKit;
  }
}
