// The contact form's endpoints inside Storybook, answered by Mock Service Worker (msw, through msw-storybook-addon)
// in the visitor's own browser: the published Storybook needs no server of ours, on any static host. The browser
// tests of the form keep posting to the real endpoint (server/contact-endpoint.mjs, test/server/).
//   POST /api/contact              checks the fields with the real endpoint's rules (server/contact-rules.mjs): 422 with
//                                  each field's error in the message's language, or 201
//   POST /api/contact-unavailable  a server that is down: 503, as a real one answers while it restarts
//   POST /api/contact-slow         a server that never answers (the request stays open until the page gives up)
//   POST /api/contact-flaky        503 the first time a message (its Idempotency-Key) arrives, 201 when it is sent again
import { delay, http, HttpResponse } from 'msw';
import { validateContactFields } from '../server/contact-rules.mjs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The body's fields as trimmed strings, from JSON or form-urlencoded, as the real endpoint reads them. */
async function fieldsOf(request: Request): Promise<Record<string, string>> {
  const text = await request.text();
  const parsed: Record<string, unknown> = /^application\/json\b/i.test(request.headers.get('Content-Type') ?? '')
    ? (JSON.parse(text) as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(text));
  return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, String(value).trim()]));
}

/** The real endpoint's answer to a message: its field errors, or stored. */
async function accept(request: Request): Promise<Response> {
  const fields = await fieldsOf(request);
  // Consent is the form's own check (`require-consent`); the mock, like an endpoint set up without it, does not ask.
  const errors = validateContactFields(fields);
  if (Object.keys(errors).length > 0) return HttpResponse.json({ errors }, { status: 422, headers: NO_STORE });
  return HttpResponse.json({ ok: true, id: crypto.randomUUID() }, { status: 201, headers: NO_STORE });
}

const unavailable = (): Response => HttpResponse.json({ error: 'unavailable' }, { status: 503, headers: NO_STORE });

/** Idempotency keys the flaky endpoint has refused once. */
const refusedOnce = new Set<string>();

/** The handlers every story and docs page gets (preview.ts `parameters.msw`). */
export const contactEndpointMocks = [
  http.post('*/api/contact', ({ request }) => accept(request)),
  http.post('*/api/contact-unavailable', unavailable),
  http.post('*/api/contact-slow', async () => {
    await delay('infinite');
    return unavailable();
  }),
  http.post('*/api/contact-flaky', ({ request }) => {
    const key = request.headers.get('Idempotency-Key') ?? '';
    if (refusedOnce.has(key)) return accept(request);
    refusedOnce.add(key);
    return unavailable();
  }),
];
