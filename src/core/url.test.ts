import { expect } from '@open-wc/testing';
import { isWebUrl, safeHref, webHref } from './url.js';

describe('URL safety', () => {
  it('lets http, https and mailto links through', () => {
    expect(safeHref('https://www.coe.int/digital')).to.equal('https://www.coe.int/digital');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:digital@example.org')).to.equal('mailto:digital@example.org');
  });

  it('never lets script or data URLs become links, however they are written', () => {
    for (const hostile of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'blob:https://x/y',
    ]) {
      expect(safeHref(hostile), hostile).to.equal(undefined);
    }
  });

  it('refuses what is not a string or not a URL', () => {
    for (const value of [undefined, null, 42, {}, '', '   ', 'http://']) expect(safeHref(value), String(value)).to.equal(undefined);
  });

  it('resolves relative URLs against the page and can narrow the schemes', () => {
    expect(safeHref('/logo.svg')).to.equal(new URL('/logo.svg', document.baseURI).href);
    expect(safeHref('mailto:a@b.org', { protocols: ['https:'] })).to.equal(undefined);
  });

  // The server renderer (src/ssr) checks URLs with these same functions, so server and browser keep the same items.
  it('refuses a URL with whitespace or a control character inside, which Node refuses and the browser would percent-encode', () => {
    for (const value of [
      'https://exa mple.com/',
      'https://example.com/a b',
      'https://exa\u00a0mple.com/',
      'https://example.com/\u0000',
      'https://exa\tmple.com/',
      'https://example.com/\u2028x',
    ]) {
      expect(safeHref(value), JSON.stringify(value)).to.equal(undefined);
      expect(webHref(value), JSON.stringify(value)).to.equal(undefined);
      expect(isWebUrl(value), JSON.stringify(value)).to.equal(false);
    }
    expect(safeHref('  https://example.com/a%20b  ')).to.equal('https://example.com/a%20b');
  });

  it('accepts only absolute web addresses as websites', () => {
    expect(isWebUrl('https://www.apple.com/')).to.equal(true);
    expect(isWebUrl('/relative')).to.equal(false);
    expect(isWebUrl('mailto:a@b.org')).to.equal(false);
  });
});
