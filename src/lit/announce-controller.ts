import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of a widget's polite live region, announced once the visitor pauses (the grid's result
 * count, the form's character count) or at once (the form's sending status). One timer per widget,
 * cleared when the widget leaves the page.
 */
export class AnnounceController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly pauseMs: number;
  private timer?: ReturnType<typeof setTimeout>;
  /** What the live region says now. */
  text = '';

  constructor(host: ReactiveControllerHost, pauseMs: number) {
    this.host = host;
    this.pauseMs = pauseMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Announces what `compute` gives once nothing else was asked for `pauseMs` (then runs `then`). */
  afterPause(compute: () => string, then?: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.say(compute());
      then?.();
    }, this.pauseMs);
  }

  /** Announces `text` now (an empty text silences the region), dropping any pending announcement. */
  now(text: string): void {
    clearTimeout(this.timer);
    this.say(text);
  }

  private say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
