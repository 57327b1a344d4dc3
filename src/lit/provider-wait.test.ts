import { expect } from '@open-wc/testing';
import { pendingElements } from '../core/pending-elements.js';
import '../define/partner-grid.js';

// This file's page never defines <coe-partnership>: the CDN loader's import of it is played by hand.
describe('a data widget inside a provider the CDN loader is importing', () => {
  it('waits for that import, then draws its default lists when the provider could not be loaded', async () => {
    let settle!: () => void;
    pendingElements().set('coe-partnership', new Promise<void>((resolve) => (settle = resolve)));
    const provider = document.createElement('coe-partnership');
    const grid = document.createElement('coe-partner-grid');
    provider.append(grid);
    document.body.append(provider);
    const names = (): number => grid.shadowRoot?.querySelectorAll('.name').length ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(names(), 'nothing drawn while the provider is on its way').to.equal(0);

    // The loader's import failed: it lists the tag no more, and settles.
    pendingElements().delete('coe-partnership');
    settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await (grid as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(names(), 'the default partners').to.equal(27);
    provider.remove();
  });

  it('does not wait outside a provider, nor for a provider nothing is importing', async () => {
    const alone = document.createElement('coe-partner-grid');
    const provider = document.createElement('coe-partnership');
    const inside = document.createElement('coe-partner-grid');
    provider.append(inside);
    document.body.append(alone, provider);
    for (const grid of [alone, inside]) {
      await (grid as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(grid.shadowRoot!.querySelectorAll('.name')).to.have.length(27);
    }
    alone.remove();
    provider.remove();
  });
});
