import { expect } from '@open-wc/testing';
import { CoePartnership } from '../components/partnership/partnership.js';
import { defineElement } from './registration.js';
import { VERSION } from './version.js';
import { captureWarnings } from '../../test/helpers/wait.js';

describe('first-wins, version-aware registration', () => {
  it('defines a tag once and never throws on a second registration', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      expect(defineElement('test-first-wins', First)).to.equal(First);
      expect(defineElement('test-first-wins', Second)).to.equal(First);
    });
    expect(customElements.get('test-first-wins')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once when another version already holds the tags', async () => {
    class Old extends HTMLElement {}
    class New extends HTMLElement {}
    class OldToo extends HTMLElement {}
    class NewToo extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      defineElement('test-versions', Old, '0.0.1');
      defineElement('test-versions-too', OldToo, '0.0.1');
      defineElement('test-versions', New, '9.9.9');
      defineElement('test-versions', New, '9.9.9');
      defineElement('test-versions-too', NewToo, '9.9.9');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain('9.9.9');
  });

  it('lets a host register a class under its own tag name too', async () => {
    defineElement('coe-partnership', CoePartnership);
    const Mine = defineElement('acme-partnership', CoePartnership);
    const el = document.createElement('acme-partnership');
    document.body.append(el);
    expect(el).to.be.instanceOf(CoePartnership);
    expect(Mine).to.not.equal(undefined);
    el.remove();
  });

  it('carries the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
