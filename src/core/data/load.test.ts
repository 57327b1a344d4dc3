import { expect } from '@open-wc/testing';
import { DataLoadError } from './errors.js';
import { fetchDataDocument, loadPartnershipData, loadPartnershipDataOnce } from './load.js';

/** The DataLoadError a load rejects with (fails the test when it resolves). */
async function loadFailure(url: string, options = {}): Promise<DataLoadError> {
  try {
    await fetchDataDocument(url, options);
  } catch (error) {
    expect(error).to.be.instanceOf(DataLoadError);
    return error as DataLoadError;
  }
  throw new Error(`${url} loaded, but a failure was expected`);
}

describe('loading a data document from a URL', () => {
  it('loads and validates a real JSON file', async () => {
    const { value, errors } = await loadPartnershipData('/test/fixtures/partnership.json');
    expect(errors).to.deep.equal([]);
    expect(value.partners?.map((partner) => partner.name)).to.deep.equal(['Fixture One', 'Fixture Two']);
  });

  it('keeps the valid part of a partly invalid file and reports the rest', async () => {
    const { value, errors } = await loadPartnershipData('/test/fixtures/partly-invalid.json');
    expect(value.partners?.map((partner) => partner.id)).to.deep.equal(['valid-partner']);
    expect(errors.map((error) => error.path)).to.deep.equal(['partners[1].website']);
  });

  it('says the server answered 404', async () => {
    const error = await loadFailure('/test/fixtures/missing.json');
    expect(error.reason).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('404');
  });

  it('says a 500 is an HTTP error', async () => {
    const error = await loadFailure('/test-api/status?code=500');
    expect([error.reason, error.status]).to.deep.equal(['http', 500]);
  });

  it('says a body that is not JSON is not JSON', async () => {
    expect((await loadFailure('/test-api/invalid-json')).reason).to.equal('parse');
  });

  it('gives up on a slow response after the timeout', async () => {
    const error = await loadFailure('/test-api/slow?ms=2000', { timeoutMs: 200 });
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.contain('200 ms');
  });

  it('waits for a slow response within the timeout', async () => {
    const document = (await fetchDataDocument('/test-api/slow?ms=300', { timeoutMs: 3000 })) as { partners: unknown[] };
    expect(document.partners).to.have.length(1);
  });

  it('refuses an oversized body, even without a Content-Length', async () => {
    const error = await loadFailure('/test-api/large?bytes=300000', { maxBytes: 100_000 });
    expect(error.reason).to.equal('too-large');
  });

  it('says the network failed when nothing answers', async () => {
    expect((await loadFailure('http://127.0.0.1:9/nothing.json')).reason).to.equal('network');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadFailure('/test-api/slow?ms=2000', { signal: controller.signal });
    controller.abort();
    expect((await pending).reason).to.equal('aborted');
  });

  it('rejects a src that is not a URL with a clear error instead of throwing', async () => {
    let failure: unknown;
    await loadPartnershipDataOnce('http://').catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(DataLoadError);
    expect((failure as DataLoadError).message).to.contain('not a valid URL');
  });
});
