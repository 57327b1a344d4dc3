import { expect, html } from '@open-wc/testing';
import '../../define/contact-form.js';
import type { CoeContactForm } from './contact-form.js';
import {
  endpointErrors,
  endpointFor,
  enter,
  fillValid,
  formFixture,
  inShadow,
  newKey,
  submit,
  visibleText,
  waitForSent,
} from '../../../test/helpers/contact-form.js';
import { wronglyMarked } from '../../../test/helpers/lang.js';

const germanForm = (action = endpointFor(newKey())): Promise<CoeContactForm> =>
  formFixture(html`<coe-contact-form lang="de" action=${action} id=${`form-${newKey()}`}></coe-contact-form>`);

const labels = (form: CoeContactForm): string[] => [...form.shadowRoot!.querySelectorAll('[part=label]')].map(visibleText);

describe('<coe-contact-form> in German', () => {
  it('labels every field and the button in German, and counts characters the German way', async () => {
    const form = await germanForm();
    expect(labels(form)).to.deep.equal([
      'Vollständiger Name',
      'E-Mail-Adresse',
      'Organisation (optional)',
      'Worum geht es in Ihrer Nachricht?',
      'Ihre Nachricht',
    ]);
    expect(visibleText(inShadow(form, '#email-hint'))).to.equal('Wir verwenden sie nur, um Ihnen zu antworten.');
    expect(visibleText(inShadow(form, 'button[type=submit]'))).to.equal('Nachricht senden');
    expect(visibleText(inShadow(form, '#message-limit'))).to.equal('Sie können bis zu 2.000 Zeichen eingeben');
    expect(visibleText(inShadow(form, '[part=character-count]'))).to.equal('Sie haben noch 2.000 Zeichen übrig');
    await enter(form, 'message', 'z'.repeat(2001));
    expect(visibleText(inShadow(form, '[part=character-count]'))).to.equal('Sie haben 1 Zeichen zu viel');
    expect(visibleText(inShadow(form, '[part=privacy-link]'))).to.equal(
      'Wie wir Ihre personenbezogenen Daten schützen (öffnet in einem neuen Tab)',
    );
    expect(wronglyMarked(form, 'de', new Set())).to.deep.equal([]);
  });

  it('names each mistake in German, in the summary and beside the field', async () => {
    const form = await germanForm();
    await enter(form, 'email', 'not-an-address');
    await submit(form);
    expect(visibleText(inShadow(form, '#error-summary-title'))).to.equal('Es gibt ein Problem');
    expect([...form.shadowRoot!.querySelectorAll('.error-summary a')].map(visibleText)).to.deep.equal([
      'Geben Sie Ihren vollständigen Namen ein',
      'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de',
      'Wählen Sie aus, worum es in Ihrer Nachricht geht',
      'Geben Sie Ihre Nachricht ein',
    ]);
    expect(visibleText(inShadow(form, '#name-error'))).to.equal('Fehler: Geben Sie Ihren vollständigen Namen ein');
    await enter(form, 'name', 'x'.repeat(201));
    expect(visibleText(inShadow(form, '#name-error'))).to.equal('Fehler: Der vollständige Name darf höchstens 200 Zeichen lang sein');
    expect(wronglyMarked(form, 'de', new Set())).to.deep.equal([]);
  });

  for (const lang of ['de', 'de-CH']) {
    it(`gets German words from the endpoint (body lang ${lang}), the same as the form's (contact-form.sending.test.ts)`, async () => {
      const errors = await endpointErrors(lang);
      expect(errors.message).to.equal('Ihre Nachricht darf höchstens 2.000 Zeichen lang sein');
      expect(errors.name).to.equal('Der vollständige Name darf höchstens 200 Zeichen lang sein');
    });
  }

  it('thanks the visitor in German once the message is sent', async () => {
    const form = await germanForm();
    await fillValid(form);
    await submit(form);
    const sent = await waitForSent(form);
    expect(sent.getAttribute('lang')).to.equal('de');
    expect(visibleText(sent)).to.equal(
      'Vielen Dank, Ihre Nachricht wurde gesendet Das Team der Digitalen Partnerschaft antwortet Ihnen per E-Mail. Weitere Nachricht senden',
    );
  });
});
