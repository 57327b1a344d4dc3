/** The sha384 SRI hash of a file the test server serves, computed here from its bytes. */
export async function sha384(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): run npm run build before the browser tests`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * Opens a blank page of a site with `snippet` pasted into it as it is (test/server/kit-pages.mjs), `width` CSS px
 * wide, once it has loaded (its module scripts run or refused).
 */
export async function pasteIntoPage(snippet: string, width = 640): Promise<{ doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '600';
  frame.src = `/kit/pasted.html?snippet=${encodeURIComponent(snippet)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}
