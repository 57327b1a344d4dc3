import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { THEMES, type Theme } from '../core/theme.js';
import { baseStyles } from './base-styles.js';
import { hasTextsFor } from './language-texts.js';
import { LocaleController } from './locale-controller.js';
import { updateCompleteAfterOnDemand } from './on-demand.js';
import { keepToAllowedValues, oneOf } from './one-of.js';

export type { Theme };

/**
 * What every Lit widget shares: the base styles, the `theme` attribute and its language (a LocaleController). Its data
 * (for the data widgets) comes from a DataSourceController.
 */
export class CoeElement extends LitElement {
  static override styles = [baseStyles];

  protected readonly language = new LocaleController(this);
  /** Changes held while the widget waits for its language's texts, handed to the update that follows them. */
  private readonly heldChanges = new Map<PropertyKey, unknown>();

  /** `light` or `dark` forces a colour scheme; `auto` (default) follows the page's `color-scheme`, as the browser's own controls do (light where the page declares none). */
  @oneOf(THEMES) @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * A widget that speaks French or German draws once that language's texts arrived (imported on demand, so an
   * English page does not load them): never in one language and then another. Changes made meanwhile are kept.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.readyToDraw()) {
      // The value before the hold is the old value of the update that follows it.
      for (const [key, oldValue] of this.heldChanges) changed.set(key, oldValue);
      this.heldChanges.clear();
      return super.shouldUpdate(changed);
    }
    for (const [key, oldValue] of changed) if (!this.heldChanges.has(key)) this.heldChanges.set(key, oldValue);
    return false;
  }

  /**
   * Whether the widget has what its first draw needs: its language's texts (a data widget also waits for a provider
   * on its way). When not, it asks for them, and updates again once they are here.
   */
  protected readyToDraw(): boolean {
    return hasTextsFor(this.language.resolve());
  }

  /** Also waits for on-demand code under way (a language's texts, the data checks), so that it resolves once that is drawn. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteAfterOnDemand(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    keepToAllowedValues(this, changed);
  }
}
