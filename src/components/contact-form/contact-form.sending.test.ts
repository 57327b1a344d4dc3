import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/contact-form.js';
import type { CoeContactForm } from './contact-form.js';
import type { ContactSendError } from './contact-form.send.js';
import { expectAccessibleIn, LOCALES } from '../../../test/helpers/a11y.js';
import {
  control,
  endpointErrors,
  endpointFor,
  enter,
  fillValid,
  focused,
  formFixture,
  inShadow,
  MISTAKES,
  newKey,
  recordOf,
  submit,
  submitButton,
  VALID_MESSAGE,
  visibleText,
  waitForFailure,
  waitForSent,
} from '../../../test/helpers/contact-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A form that retries fast, so the tests stay quick. */
const quickForm = (action: string, extra: Partial<Pick<CoeContactForm, 'timeout' | 'retries' | 'encoding'>> = {}) =>
  formFixture(html`<coe-contact-form
    id=${`form-${newKey()}`}
    action=${action}
    encoding=${extra.encoding ?? 'json'}
    timeout=${extra.timeout ?? 5000}
    .retries=${extra.retries ?? 2}
    .retryDelay=${5}
  ></coe-contact-form>`);

async function sendValid(form: CoeContactForm): Promise<void> {
  await fillValid(form);
  await submit(form);
}

/** The contact-error event of the next failed send. */
async function failureOf(form: CoeContactForm, send: () => Promise<void>): Promise<ContactSendError> {
  const event = oneEvent(form, 'coe-contact-error');
  await send();
  return (await event).detail.error as ContactSendError;
}

describe('<coe-contact-form> sending', () => {
  beforeEach(() => sessionStorage.clear());

  it('posts JSON once, with Accept and an Idempotency-Key, then thanks the visitor and focuses the thanks', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key));
    const success = oneEvent(form, 'coe-contact-success');
    await sendValid(form);
    const { detail } = await success;
    const sent = await waitForSent(form);
    expect(visibleText(sent.querySelector('h2'))).to.equal('Thank you, your message has been sent');
    expect(focused(form)).to.equal(sent.querySelector('h2'));
    const { requests, stored } = await recordOf(key);
    expect(requests).to.have.length(1);
    expect(requests[0].contentType).to.equal('application/json');
    expect(requests[0].accept).to.equal('application/json');
    expect(requests[0].idempotencyKey).to.match(UUID);
    const body = JSON.parse(requests[0].body) as Record<string, string>;
    expect(body).to.include({ ...VALID_MESSAGE, lang: 'en', website: '' });
    expect(body.elapsedMs).to.match(/^\d+$/);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ ...VALID_MESSAGE, lang: 'en', idempotencyKey: requests[0].idempotencyKey });
    expect(detail.response).to.deep.equal({ ok: true, id: stored[0].id });
  });

  it('posts form-urlencoded data with encoding="form"', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key), { encoding: 'form' });
    await sendValid(form);
    await waitForSent(form);
    const { requests, stored } = await recordOf(key);
    expect(requests).to.have.length(1);
    expect(requests[0].contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(requests[0].idempotencyKey).to.match(UUID);
    expect(Object.fromEntries(new URLSearchParams(requests[0].body))).to.include({ ...VALID_MESSAGE, website: '' });
    expect(stored.map((message) => message.email)).to.deep.equal([VALID_MESSAGE.email]);
  });

  it('clears the draft after success and offers to send another message', async () => {
    const form = await quickForm(endpointFor(newKey()));
    await sendValid(form);
    await waitForSent(form);
    expect(sessionStorage.length).to.equal(0);
    inShadow<HTMLButtonElement>(form, '.sent button')!.click();
    await form.updateComplete;
    expect(focused(form)).to.equal(control(form, 'name'));
    expect(['name', 'email', 'topic', 'message'].map((id) => control(form, id).value)).to.deep.equal(['', '', '', '']);
  });

  it('retries a 500 with the same Idempotency-Key, and the server stores one message', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'fail=500&times=1'));
    await sendValid(form);
    await waitForSent(form);
    const { requests, stored } = await recordOf(key);
    expect(requests).to.have.length(2);
    expect(requests[1].idempotencyKey).to.equal(requests[0].idempotencyKey);
    expect(stored).to.have.length(1);
  });

  it('says it will try again while it waits after a failed attempt, and keeps the message as it was sent', async () => {
    const key = newKey();
    const form = await formFixture(
      html`<coe-contact-form id=${`form-${key}`} action=${endpointFor(key, 'fail=503&times=1')} .retryDelay=${1500}></coe-contact-form>`,
    );
    await sendValid(form);
    const liveRegion = inShadow(form, '[aria-live=polite]');
    await waitUntil(() => visibleText(liveRegion) === 'Not sent yet: trying again in a moment…', 'the wait before the retry is announced', {
      timeout: 3000,
    });
    expect(visibleText(submitButton(form))).to.equal('Sending…');
    expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
    const name = control(form, 'name');
    const sentName = name.value;
    name.focus();
    await sendKeys({ type: ' changed' });
    await form.updateComplete;
    expect(name.value, 'no edit while the message waits to be sent again').to.equal(sentName);
    await waitForSent(form);
    const { requests, stored } = await recordOf(key);
    expect(requests).to.have.length(2);
    expect((stored[0] as { name: string }).name).to.equal(sentName);
  });

  it('gives up at once on a Retry-After beyond reason, and says to wait', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'fail=429&retryAfter=3600&times=all'));
    const error = await failureOf(form, () => sendValid(form));
    expect([error.kind, error.status]).to.deep.equal(['rate-limited', 429]);
    expect(visibleText(await waitForFailure(form))).to.contain('Wait a minute, then try again');
    expect((await recordOf(key)).requests).to.have.length(1);
  });

  it('times out a slow server, retries a bounded number of times, then offers a retry', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'delay=3000&times=all'), { timeout: 200, retries: 1 });
    const error = await failureOf(form, () => sendValid(form));
    expect([error.kind, error.attempts]).to.deep.equal(['timeout', 2]);
    const failure = await waitForFailure(form);
    expect(focused(form)).to.equal(failure);
    expect(visibleText(failure)).to.contain('The server took too long to answer');
    expect(visibleText(failure)).to.contain('Your message is kept on this page');
    expect(visibleText(failure.querySelector('button'))).to.equal('Try again');
    expect((await recordOf(key)).requests).to.have.length(2);
  });

  it('survives a network failure: the draft stays, and a retry sends it with the same key', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'drop=1&times=all'), { retries: 1 });
    const error = await failureOf(form, () => sendValid(form));
    expect(error.kind).to.equal('network');
    const failure = await waitForFailure(form);
    expect(visibleText(failure)).to.contain('We could not reach the server');
    expect(control(form, 'message').value).to.equal(VALID_MESSAGE.message);
    form.action = endpointFor(key);
    failure.querySelector('button')!.click();
    await waitForSent(form);
    const { requests, stored } = await recordOf(key);
    expect(requests.length).to.be.at.least(3);
    expect(new Set(requests.map((request) => request.idempotencyKey)).size).to.equal(1);
    expect(stored).to.have.length(1);
  });

  it('keeps the draft across a failed send and a reload, and clears it once sent', async () => {
    const key = newKey();
    const id = `reload-${key}`;
    const first = await formFixture(
      html`<coe-contact-form id=${id} action=${endpointFor(key, 'fail=503&times=all')} .retries=${0}></coe-contact-form>`,
    );
    await sendValid(first);
    await waitForFailure(first);
    first.remove();
    const second = await formFixture(html`<coe-contact-form id=${id} action=${endpointFor(key)}></coe-contact-form>`);
    expect(control(second, 'email').value).to.equal(VALID_MESSAGE.email);
    expect(control(second, 'message').value).to.equal(VALID_MESSAGE.message);
    await submit(second);
    await waitForSent(second);
    const { requests, stored } = await recordOf(key);
    expect(requests.map((request) => request.idempotencyKey)).to.deep.equal([requests[0].idempotencyKey, requests[0].idempotencyKey]);
    expect(stored).to.have.length(1);
    second.remove();
    const third = await formFixture(html`<coe-contact-form id=${id}></coe-contact-form>`);
    expect(control(third, 'message').value).to.equal('');
  });

  it('shows the server’s field errors in the summary and beside the field, then sends once corrected', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'fieldErrors=email&times=1'));
    const error = await failureOf(form, () => sendValid(form));
    expect([error.kind, error.status, error.fieldErrors]).to.deep.equal(['rejected', 422, { email: 'The server refused this email.' }]);
    await form.updateComplete;
    const summary = inShadow(form, '.error-summary')!;
    expect(focused(form)).to.equal(summary);
    expect(visibleText(summary.querySelector('a'))).to.equal('The server refused this email.');
    expect(visibleText(inShadow(form, '#email-error'))).to.equal('Error: The server refused this email.');
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    await enter(form, 'email', 'ada.lovelace@example.org');
    expect(inShadow(form, '#email-error')).to.equal(null);
    await submit(form);
    await waitForSent(form);
    expect((await recordOf(key)).stored.map((message) => message.email)).to.deep.equal(['ada.lovelace@example.org']);
  });

  for (const lang of [...LOCALES, 'de', 'de-CH']) {
    it(`gets the same words from the endpoint as from the form for each mistake (${lang})`, async () => {
      const errors = await endpointErrors(lang);
      const form = await formFixture(html`<coe-contact-form lang=${lang} id=${`form-${newKey()}`}></coe-contact-form>`);
      for (const [field, value] of Object.entries(MISTAKES)) await enter(form, field, value);
      await submit(form);
      const shown = Object.fromEntries(
        Object.keys(MISTAKES).map((field) => [
          field,
          visibleText(inShadow(form, `#${field}-error`)).replace(/^(Error|Erreur|Fehler)\s*:\s*/, ''),
        ]),
      );
      // visibleText folds every space (the French thousands separator too): fold the endpoint's the same way.
      expect(Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, text.replace(/\s+/g, ' ')]))).to.deep.equal(shown);
    });
  }

  it('sends one message however often the visitor clicks or presses Enter while sending', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key, 'delay=1500'));
    await fillValid(form);
    const button = submitButton(form);
    button.focus();
    button.click();
    await form.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(visibleText(button)).to.equal('Sending…');
    button.click();
    await sendKeys({ press: 'Enter' });
    expect(focused(form)).to.equal(button);
    control(form, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await waitForSent(form);
    const { requests, stored } = await recordOf(key);
    expect(requests).to.have.length(1);
    expect(stored).to.have.length(1);
  });

  it('sends the honeypot and the time the form was open, so the server drops bots quietly', async () => {
    const key = newKey();
    const form = await quickForm(endpointFor(key));
    control(form, 'website').value = 'https://spam.example';
    await sendValid(form);
    await waitForSent(form);
    const instant = newKey();
    const hurried = await quickForm(endpointFor(instant, 'minElapsedMs=60000'));
    await sendValid(hurried);
    await waitForSent(hurried);
    const [bot, tooFast] = await Promise.all([recordOf(key), recordOf(instant)]);
    expect(JSON.parse(bot.requests[0].body)).to.include({ website: 'https://spam.example' });
    expect(Number(JSON.parse(tooFast.requests[0].body).elapsedMs)).to.be.below(60000);
    expect([bot.stored, tooFast.stored]).to.deep.equal([[], []]);
  });

  for (const lang of LOCALES) {
    it(`is accessible in ${lang} while sending, after a failure and once sent`, async () => {
      const slow = (await expectAccessibleIn(
        lang,
        html`<coe-contact-form action=${endpointFor(newKey(), 'delay=1500')}></coe-contact-form>`,
        async (root) => {
          await sendValid(root as CoeContactForm);
          expect(submitButton(root as CoeContactForm).getAttribute('aria-disabled')).to.equal('true');
        },
      )) as CoeContactForm;
      await waitForSent(slow);
      await expect(slow.parentElement).to.be.accessible();
      const failing = (await expectAccessibleIn(
        lang,
        html`<coe-contact-form action=${endpointFor(newKey(), 'fail=500&times=all')} .retries=${0}></coe-contact-form>`,
        async (root) => {
          await sendValid(root as CoeContactForm);
          await waitForFailure(root as CoeContactForm);
        },
      )) as CoeContactForm;
      expect(inShadow(failing, '.failure h2')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
      await waitUntil(() => focused(failing) === inShadow(failing, '.failure'), 'the failure panel takes focus');
    });
  }
});
