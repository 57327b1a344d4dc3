import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The toolbar's Language, Theme and Brand on the docs pages, where no story decorator runs: .storybook/preview.ts
 * writes them on the page's root (`data-toolbar-locale`, `-theme`, `-brand`) whenever they change, and what follows
 * them here reads them from there.
 */
export interface ToolbarChoice {
  readonly locale: string;
  readonly theme: 'light' | 'dark';
  readonly brand: string;
}

const ATTRIBUTES = ['data-toolbar-locale', 'data-toolbar-theme', 'data-toolbar-brand'];

/** The toolbar's current choice (English, light and the Council of Europe's brand until the preview writes one). */
export function toolbarChoice(): ToolbarChoice {
  const { toolbarLocale = 'en', toolbarTheme, toolbarBrand = 'coe' } = document.documentElement.dataset;
  return { locale: toolbarLocale, theme: toolbarTheme === 'dark' ? 'dark' : 'light', brand: toolbarBrand };
}

/** Calls `onChange` with the new choice each time the toolbar changes; `disconnect()` stops. */
function watchToolbar(onChange: (choice: ToolbarChoice) => void): MutationObserver {
  const observer = new MutationObserver(() => onChange(toolbarChoice()));
  observer.observe(document.documentElement, { attributeFilter: ATTRIBUTES });
  return observer;
}

/** A Lit element's toolbar choice (`this.toolbar.choice`), which re-renders it when the toolbar changes. */
export class ToolbarController implements ReactiveController {
  choice = toolbarChoice();
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (choice: ToolbarChoice) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.choice = toolbarChoice();
    this.observer = watchToolbar((choice) => {
      this.choice = choice;
      this.onChange?.(choice);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/**
 * @summary The frame of the widgets written straight into a docs page (the Introduction's grid and badge): it takes
 * the toolbar's language (`lang`, which the widgets follow), theme and brand, as the story frame does for stories
 * (preview.css styles both alike). The page's own prose keeps its language.
 */
export class DocsToolbarFrame extends HTMLElement {
  /** The tag, for MDX to render as `<DocsToolbarFrame.tag>`, as the other docs elements. */
  static readonly tag = 'docs-toolbar-frame';
  private observer: MutationObserver | undefined;

  connectedCallback(): void {
    this.apply(toolbarChoice());
    this.observer = watchToolbar((choice) => this.apply(choice));
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  private apply({ locale, theme, brand }: ToolbarChoice): void {
    this.lang = locale;
    this.dataset.theme = theme;
    this.dataset.brand = brand;
  }
}

if (!customElements.get(DocsToolbarFrame.tag)) customElements.define(DocsToolbarFrame.tag, DocsToolbarFrame);

declare global {
  interface HTMLElementTagNameMap {
    'docs-toolbar-frame': DocsToolbarFrame;
  }
}
