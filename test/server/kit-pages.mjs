// The partner kit's test page: a blank page of a partner's site with the kit's snippet pasted into it as
// it is, between two pieces of text (so that a move of the text around the badge shows). With `?report`, the
// page also tells the test page (its parent) what the badge shows: for pages served under another host name.
// Test server only.
export function kitPages() {
  return async (ctx, next) => {
    if (ctx.path !== '/kit/pasted.html') return next();
    const snippet = String(ctx.query.snippet ?? '');
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A partner's page</title></head>
<body><main>
<h1>About us</h1>
<p>We are a Digital Partner of the Council of Europe:
${snippet}
and proud of it.</p>
<p>The text after the badge.</p>
</main>${ctx.query.report === undefined ? '' : '<script type="module" src="/test/fixtures/report-pasted-badge.js"></script>'}</body></html>
`;
  };
}
