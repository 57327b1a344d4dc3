import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/contact-form.js';
import type { CoeContactForm } from './contact-form.js';
import { isValidEmail } from './contact-form.rules.js';
import type { CoeContactSubmitEvent } from '../../core/events.js';
import { isValidEmail as serverAcceptsEmail } from '../../../server/contact-rules.mjs';
import { expectAccessibleIn, LOCALES } from '../../../test/helpers/a11y.js';
import {
  control,
  endpointFor,
  enter,
  fillValid,
  focused,
  formFixture,
  inShadow,
  newKey,
  recordOf,
  submit,
  visibleText,
} from '../../../test/helpers/contact-form.js';
import { boundaryContrast, hasBorder, ratio, textContrast } from '../../../test/helpers/contrast.js';
import { emulateForcedColors, FORCED_COLORS_NEED_CDP, itIn, MEDIA_EMULATION } from '../../../test/helpers/engine.js';
import { captureConsoleErrors } from '../../../test/helpers/wait.js';

const SUMMARY_TITLE = { en: 'There is a problem', fr: 'Il y a un problème' } as const;
const liveRegion = (form: HTMLElement) => form.shadowRoot!.querySelector('[aria-live=polite]')!;

describe('<coe-contact-form>', () => {
  // Drafts live in sessionStorage, which every test of this file shares.
  beforeEach(() => sessionStorage.clear());

  it('labels every field, marks the optional one and offers the four topics', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    const labels = [...form.shadowRoot!.querySelectorAll('label')].filter((label) => !label.closest('.honeypot'));
    expect(labels.map((label) => [label.htmlFor, visibleText(label)])).to.deep.equal([
      ['name', 'Full name'],
      ['email', 'Email address'],
      ['organisation', 'Organisation (optional)'],
      ['topic', 'What is your message about?'],
      ['message', 'Your message'],
    ]);
    expect(control(form, 'name').autocomplete).to.equal('name');
    expect(control(form, 'email').autocomplete).to.equal('email');
    expect(control(form, 'organisation').autocomplete).to.equal('organization');
    expect([...control(form, 'topic').querySelectorAll('option')].map((option) => visibleText(option))).to.deep.equal([
      'Choose a topic',
      'Joining the partnership',
      'An existing partnership',
      'Media enquiry',
      'Something else',
    ]);
    expect(inShadow<HTMLFormElement>(form, 'form')!.noValidate).to.equal(true);
    expect(inShadow(form, '#consent')).to.equal(null);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws every field's edge at 3:1 or more against what surrounds it (${theme} theme)`, async () => {
      const form = await formFixture(html`<coe-contact-form theme=${theme}></coe-contact-form>`);
      const fields = [...form.shadowRoot!.querySelectorAll('input:not([type=checkbox]), select, textarea')].filter(
        (field) => !field.closest('.honeypot'),
      );
      expect(fields).to.have.length(5);
      for (const field of fields) {
        const contrast = boundaryContrast(field);
        expect(contrast, `#${field.id} edge ${ratio(contrast)}`).to.be.at.least(3);
      }
    });
  }

  itIn(MEDIA_EMULATION, FORCED_COLORS_NEED_CDP, 'keeps the send button readable and bounded in forced colours', async () => {
    await emulateForcedColors('active');
    try {
      for (const theme of ['light', 'dark']) {
        const form = await formFixture(html`<coe-contact-form theme=${theme}></coe-contact-form>`);
        const button = inShadow(form, 'button[type=submit]')!;
        const [text, edge] = [textContrast(button), boundaryContrast(button)];
        expect(text, `Send label ${ratio(text)} (${theme})`).to.be.at.least(4.5);
        expect(hasBorder(button), `Send border (${theme})`).to.equal(true);
        expect(edge, `Send border ${ratio(edge)} (${theme})`).to.be.at.least(3);
      }
    } finally {
      await emulateForcedColors('none');
    }
  });

  it('says who receives the message and why, linking to the privacy notice only when its URL is safe', async () => {
    const form = await formFixture(html`<coe-contact-form privacy-url="https://www.coe.int/en/web/data-protection"></coe-contact-form>`);
    expect(visibleText(inShadow(form, '.privacy'))).to.contain(
      'Digital Partnership team of the Council of Europe, who use it only to answer you',
    );
    const link = inShadow<HTMLAnchorElement>(form, '.privacy a')!;
    expect(link.href).to.equal('https://www.coe.int/en/web/data-protection');
    expect(visibleText(link)).to.equal('How we protect your personal data (opens in a new tab)');
    form.privacyUrl = 'javascript:alert(1)';
    await form.updateComplete;
    expect(inShadow(form, '.privacy a')).to.equal(null);
  });

  for (const lang of LOCALES) {
    it(`shows an error summary in ${lang} that takes focus and links to each field`, async () => {
      const form = await formFixture(html`<coe-contact-form lang=${lang}></coe-contact-form>`);
      await submit(form);
      const summary = inShadow(form, '.error-summary')!;
      expect(focused(form)).to.equal(summary);
      expect(visibleText(summary.querySelector('h2'))).to.equal(SUMMARY_TITLE[lang]);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => link.dataset.field)).to.deep.equal(['name', 'email', 'topic', 'message']);
      for (const link of links) {
        const field = link.dataset.field!;
        const input = control(form, field);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain(`${field}-error`);
        expect(visibleText(inShadow(form, `#${field}-error`))).to.contain(visibleText(link));
      }
      links[1].click();
      expect(focused(form)).to.equal(control(form, 'email'));
      links[2].click();
      expect(focused(form)).to.equal(control(form, 'topic'));
      await expect(form).to.be.accessible();
    });
  }

  it('treats whitespace as empty and checks the email address properly', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    await fillValid(form, { name: '   ', email: 'ada@example' });
    await submit(form);
    expect(visibleText(inShadow(form, '#name-error'))).to.equal('Error: Enter your full name');
    expect(visibleText(inShadow(form, '#email-error'))).to.equal(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect([...form.shadowRoot!.querySelectorAll('.error-summary a')]).to.have.length(2);
  });

  it('accepts and refuses the same email addresses as the endpoint', () => {
    const good = [
      'ada@example.org',
      'a.b+tag@mail.example.co.uk',
      'élise@exemple.fr',
      "o'neil@example.ie",
      'name@xn--bcher-kva.example',
      'user@sub-domain.example.com',
    ];
    const bad = [
      'ada@example',
      'ada@@example.org',
      'ada example@example.org',
      '.ada@example.org',
      'ada.@example.org',
      'ada..b@example.org',
      'ada@-example.org',
      'ada@example..org',
      '@example.org',
      'ada@',
      'ada@example.o',
      `${'a'.repeat(65)}@example.org`,
    ];
    for (const email of good) expect([email, isValidEmail(email), serverAcceptsEmail(email)]).to.deep.equal([email, true, true]);
    for (const email of bad) expect([email, isValidEmail(email), serverAcceptsEmail(email)]).to.deep.equal([email, false, false]);
  });

  it('validates a touched field live, and leaves untouched fields alone', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    await enter(form, 'email', 'ada@');
    expect(visibleText(inShadow(form, '#email-error'))).to.contain('Enter an email address in the correct format');
    expect(inShadow(form, '#name-error')).to.equal(null);
    expect(inShadow(form, '.error-summary')).to.equal(null);
    const email = control(form, 'email');
    email.value = 'ada@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    await form.updateComplete;
    expect(inShadow(form, '#email-error')).to.equal(null);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
  });

  it('counts characters as the visitor types and announces the count politely once typing pauses', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    control(form, 'message').focus();
    await sendKeys({ type: 'Hello' });
    await form.updateComplete;
    expect(visibleText(inShadow(form, '.count'))).to.equal('You have 1,995 characters remaining');
    expect(visibleText(liveRegion(form))).to.equal('');
    expect(control(form, 'message').getAttribute('aria-describedby')).to.equal('message-limit');
    expect(visibleText(inShadow(form, '#message-limit'))).to.equal('You can enter up to 2,000 characters');
    await waitUntil(() => visibleText(liveRegion(form)) === 'You have 1,995 characters remaining', 'the polite announcement', {
      timeout: 3000,
    });
  });

  it('announces the count in French, and says when the message is too long', async () => {
    const form = await formFixture(html`<coe-contact-form lang="fr"></coe-contact-form>`);
    await enter(form, 'message', 'x'.repeat(1880));
    await waitUntil(() => visibleText(liveRegion(form)) === 'Il vous reste 120 caractères', 'the French announcement', { timeout: 3000 });
    await enter(form, 'message', 'x'.repeat(2005));
    expect(visibleText(inShadow(form, '.count'))).to.equal('Vous avez 5 caractères en trop');
    await submit(form);
    expect(visibleText(inShadow(form, '#message-error'))).to.equal('Erreur : Votre message doit compter au maximum 2 000 caractères');
  });

  it('counts by each language’s plural rules: 0 and 1 caractère in French, 0 characters and 1 character in English', async () => {
    const expectations = [
      ['fr', 2000, 'Il vous reste 0 caractère'],
      ['fr', 1999, 'Il vous reste 1 caractère'],
      ['fr', 2001, 'Vous avez 1 caractère en trop'],
      ['en', 2000, 'You have 0 characters remaining'],
      ['en', 1999, 'You have 1 character remaining'],
      ['en', 2001, 'You have 1 character too many'],
    ] as const;
    for (const [lang, length, text] of expectations) {
      const form = await formFixture(html`<coe-contact-form lang=${lang}></coe-contact-form>`);
      await enter(form, 'message', 'x'.repeat(length));
      expect(visibleText(inShadow(form, '.count')), `${lang}, ${length} characters typed`).to.equal(text);
    }
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    const honeypot = control(form, 'website');
    expect(honeypot.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.getAttribute('autocomplete')).to.equal('off');
    expect(honeypot.getBoundingClientRect().right).to.be.at.most(0);
  });

  it('asks for an acknowledgement, never ticked in advance, only when the host requires consent', async () => {
    const form = await formFixture(html`<coe-contact-form require-consent></coe-contact-form>`);
    const consent = control(form, 'consent');
    expect(consent.checked).to.equal(false);
    await fillValid(form);
    await submit(form);
    expect([...form.shadowRoot!.querySelectorAll('.error-summary a')].map((link) => visibleText(link))).to.deep.equal([
      'Confirm that you have read the privacy statement',
    ]);
    await enter(form, 'consent', true);
    expect(inShadow(form, '.error-summary')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('lets a host that cancels coe-contact-submit send the data itself: nothing is posted', async () => {
    const key = newKey();
    const form = await formFixture(html`<coe-contact-form action=${endpointFor(key)}></coe-contact-form>`);
    form.addEventListener('coe-contact-submit', (event) => event.preventDefault());
    await fillValid(form);
    setTimeout(() => void submit(form));
    const event = (await oneEvent(form, 'coe-contact-submit')) as CoeContactSubmitEvent;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.composed && event.bubbles).to.equal(true);
    expect(event.detail.data).to.include({ name: 'Ada Lovelace', email: 'ada@example.org', topic: 'joining', lang: 'en', website: '' });
    expect(event.detail.data.elapsedMs).to.match(/^\d+$/);
    await form.updateComplete;
    expect(inShadow(form, '.failure')).to.equal(null);
    expect((await recordOf(key)).requests).to.have.length(0);
  });

  it('says it is not configured, to the author in the console and politely to the visitor, without an action', async () => {
    const form = await formFixture(html`<coe-contact-form></coe-contact-form>`);
    await fillValid(form);
    const logged = await captureConsoleErrors(async () => {
      setTimeout(() => void submit(form));
      const event = await oneEvent(form, 'coe-contact-error');
      expect(event.detail.error.kind).to.equal('not-configured');
    });
    expect(logged.join('\n')).to.contain('<coe-contact-form> cannot send: its action is not set');
    await form.updateComplete;
    expect(visibleText(inShadow(form, '.failure'))).to.contain('This form cannot send messages at the moment');
    expect(inShadow(form, '.failure button')).to.equal(null);
  });

  it('restores an unsent message after a reload', async () => {
    const id = `draft-${newKey()}`;
    const first = await formFixture(html`<coe-contact-form id=${id}></coe-contact-form>`);
    await fillValid(first, { message: 'Half-written thoughts' });
    first.remove();
    const second = await formFixture(html`<coe-contact-form id=${id}></coe-contact-form>`);
    expect(control(second, 'name').value).to.equal('Ada Lovelace');
    expect(control(second, 'topic').value).to.equal('joining');
    expect(control(second, 'message').value).to.equal('Half-written thoughts');
    expect(visibleText(inShadow(second, '.note'))).to.equal('We have restored the message you had not sent yet.');
    const other = await formFixture(html`<coe-contact-form id="${id}-other"></coe-contact-form>`);
    expect(control(other, 'name').value).to.equal('');
  });

  for (const lang of LOCALES) {
    it(`is accessible in ${lang}, empty and with errors`, async () => {
      const form = (await expectAccessibleIn(
        lang,
        html`<coe-contact-form privacy-url="https://www.coe.int/en/web/data-protection"></coe-contact-form>`,
      )) as CoeContactForm;
      await submit(form);
      expect(visibleText(form.shadowRoot!.querySelector('.error-summary h2'))).to.equal(SUMMARY_TITLE[lang]);
      await expect(form.parentElement).to.be.accessible();
    });
  }
});
