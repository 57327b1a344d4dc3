import { waitUntil } from '@open-wc/testing';

export interface Recorded {
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
}

export type FrameWindow = Window & typeof globalThis & { recorded: Recorded };

export const WIDGET_TAGS = [
  'coe-partner-badge',
  'coe-partner-grid',
  'coe-highlights-timeline',
  'coe-benefits-list',
  'coe-contact-form',
] as const;

/** Opens `url` in an iframe of the given width and waits until every coe- widget in it has rendered. */
export async function openFrame(url: string, width = 960): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  await waitUntil(
    () =>
      [...doc.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('coe-') && el.localName !== 'coe-partnership')
        .every((el) => el.shadowRoot?.childElementCount),
    `every widget of ${url} rendered`,
    { timeout: 10000 },
  );
  return { frame, win, doc };
}

/** Every element inside `root` and the shadow roots below it. */
export function deepElements(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}
