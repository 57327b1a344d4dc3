import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a widget's polite live region says, announced once the visitor pauses (the grid's result
 * count, the form's character count) or at once (the form's sending status). One timer per widget,
 * cleared when the widget leaves the page. `T` is what the widget keeps to word the announcement
 * (a count, a text), so a change of language words it again.
 */
export class AnnounceController<T = string> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly pauseMs: number;
  private timer?: ReturnType<typeof setTimeout>;
  /** What the live region says now; `undefined` before anything was announced. */
  value?: T;

  constructor(host: ReactiveControllerHost, pauseMs: number) {
    this.host = host;
    this.pauseMs = pauseMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Announces what `compute` gives once nothing else was asked for a pause (then runs `then` with it). */
  afterPause(compute: () => T, then?: (value: T) => void, pauseMs = this.pauseMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const value = compute();
      this.now(value);
      then?.(value);
    }, pauseMs);
  }

  /** Announces `value` now (`undefined` silences the region), dropping any pending announcement. */
  now(value: T | undefined): void {
    clearTimeout(this.timer);
    this.value = value;
    this.host.requestUpdate();
  }
}
