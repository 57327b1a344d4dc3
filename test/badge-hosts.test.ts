// The badge's trust contract under real host names: pages served as www.microsoft.com, evil.example…
// (every test host name is sent to this machine: see test/helpers/test-hosts.js), each loading the
// built CDN file as a partner's page does (test/fixtures/badge-host.js), in a frame that reports back.
import { expect } from '@open-wc/testing';
import { DEFAULT_VERIFY_URL } from '../src/components/partner-badge/partner-badge.js';
import { TEST_HOSTS } from './helpers/test-hosts.js';
import { badgeSnippet, DEFAULT_CHOICES } from '../demo/kit/badge-snippet.js';

interface BadgeReport {
  readonly host: string;
  readonly name: string;
  readonly claim: string;
  readonly href: string;
  readonly lang: string;
  readonly isNeutral: boolean;
  readonly warnings: readonly string[];
}

interface LandingReport {
  readonly host: string;
  readonly hash: string;
  readonly marked: readonly string[];
  readonly mark: string;
  readonly announced: string;
}

const CLAIM = 'Digital Partner of the Council of Europe';
const LANDING_PAGE = `http://www.coe.int:${location.port}/test/fixtures/partners-landing.html`;

/** A page of ours served under `host`, in a frame; `next(type)` waits for the next report of that type it sends. */
function openOn(host: string, path: string): { next: <T>(type: string) => Promise<T>; send: (message: string) => void } {
  expect(TEST_HOSTS, 'a host name the browser sends to this machine').to.include(host);
  const frame = document.createElement('iframe');
  frame.title = `A page on ${host}`;
  frame.src = `http://${host}:${location.port}${path}`;
  document.body.append(frame);
  after(() => frame.remove());
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} report from ${host} within 8 s`)), 8000);
      const onMessage = (event: MessageEvent): void => {
        if (event.source !== frame.contentWindow || event.data?.type !== type) return;
        clearTimeout(timer);
        removeEventListener('message', onMessage);
        resolve(event.data as T);
      };
      addEventListener('message', onMessage);
    });
  return { next, send: (message) => frame.contentWindow!.postMessage(message, '*') };
}

const badgeOn = (host: string, query: Record<string, string>): Promise<BadgeReport> =>
  openOn(host, `/test/fixtures/badge-host.html?${new URLSearchParams(query)}`).next<BadgeReport>('badge');

describe("<coe-partner-badge> on real host names (the badge's trust contract)", () => {
  for (const host of ['www.microsoft.com', 'news.microsoft.com']) {
    it(`shows Microsoft's claim on ${host}, linking to the partnership page with #partner=microsoft`, async () => {
      const report = await badgeOn(host, { partner: 'microsoft' });
      expect(report.host).to.equal(host);
      expect(report).to.include({ isNeutral: false, name: 'Microsoft', claim: CLAIM, href: `${DEFAULT_VERIFY_URL}#partner=microsoft` });
      expect(report.warnings).to.deep.equal([]);
    });
  }

  for (const host of ['evil.example', 'microsoft.com.evil.example', 'evilmicrosoft.com']) {
    it(`shows the neutral state on ${host}, and one console warning naming the host and Microsoft's domains`, async () => {
      const report = await badgeOn(host, { partner: 'microsoft' });
      expect(report.host).to.equal(host);
      expect(report).to.include({ isNeutral: true, name: 'Partner not verified', href: DEFAULT_VERIFY_URL });
      expect(report.claim).to.not.contain('Digital Partner of');
      expect(report.warnings).to.have.length(1);
      expect(report.warnings[0]).to.contain(`"${host}"`).and.to.contain('microsoft.com');
    });
  }

  it('verifies a partner on any of its domains (ETNO, now Connect Europe, on its former www.etno.eu), and no other partner there', async () => {
    const etno = await badgeOn('www.etno.eu', { partner: 'etno', lang: 'de-AT' });
    expect(etno).to.include({ isNeutral: false, name: 'ETNO', claim: 'Digitaler Partner des Europarats', lang: 'de' });
    const microsoft = await badgeOn('www.etno.eu', { partner: 'microsoft' });
    expect(microsoft.isNeutral).to.equal(true);
  });

  it("shows any partner's claim on a Council of Europe host", async () => {
    const report = await badgeOn('www.coe.int', { partner: 'telefonica', lang: 'es' });
    expect(report).to.include({ isNeutral: false, name: 'Telefónica', claim: 'Socio digital del Consejo de Europa', lang: 'es' });
  });

  it("never verifies from the page's data: an invented partner, or a real one given the page's domain", async () => {
    const invented = {
      partners: [
        {
          id: 'scam',
          name: 'Scam Inc',
          kind: 'company',
          joined: '2020',
          website: 'https://www.microsoft.com/',
          domains: ['microsoft.com'],
        },
      ],
    };
    const onPartnerHost = await badgeOn('www.microsoft.com', { partner: 'scam', data: JSON.stringify(invented) });
    expect(onPartnerHost).to.include({ isNeutral: true, name: 'Partner not verified' });
    expect(onPartnerHost.warnings.join('\n')).to.contain('"scam" is not in this script\'s partner list');

    const redirected = {
      partners: [
        {
          id: 'microsoft',
          name: 'Microsoft',
          kind: 'company',
          joined: '2017',
          website: 'https://evil.example/',
          domains: ['evil.example'],
        },
      ],
    };
    const onOtherHost = await badgeOn('evil.example', { partner: 'microsoft', data: JSON.stringify(redirected) });
    expect(onOtherHost).to.include({ isNeutral: true, href: DEFAULT_VERIFY_URL });
  });

  it("verifies the partner kit's snippet, pasted into Microsoft's page on www.microsoft.com (integrity accepted), and nowhere else", async () => {
    const integrity = ((await (await fetch('/dist/cdn/sri.json')).json()) as Record<string, string>)['coe-partner-badge.js'];
    for (const [host, isVerified] of [
      ['www.microsoft.com', true],
      ['evilmicrosoft.com', false],
    ] as const) {
      // The script from the page's own origin, as a partner that hosts the file itself would paste it.
      const src = `http://${host}:${location.port}/dist/cdn/coe-partner-badge.js`;
      const { text } = badgeSnippet({ ...DEFAULT_CHOICES, partner: 'microsoft', variant: 'standard' }, { src, integrity });
      const pasted = await openOn(host, `/kit/pasted.html?report&snippet=${encodeURIComponent(text)}`).next<{
        isDefined: boolean;
        isNeutral: boolean;
        name: string;
        size: [number, number];
      }>('pasted');
      expect(pasted.isDefined, `${host}: the browser accepted the script's integrity`).to.equal(true);
      expect(pasted).to.include({ isNeutral: !isVerified, name: isVerified ? 'Microsoft' : 'Partner not verified' });
      expect(pasted.size).to.deep.equal([256, 72]);
    }
  });

  it('leads from the badge to the partnership page, where the grid marks the partner (click, land, see it marked)', async () => {
    const page = openOn(
      'www.microsoft.com',
      `/test/fixtures/badge-host.html?${new URLSearchParams({ partner: 'microsoft', 'verify-url': LANDING_PAGE })}`,
    );
    const badge = await page.next<BadgeReport>('badge');
    expect(badge).to.include({ isNeutral: false, href: `${LANDING_PAGE}#partner=microsoft` });
    const landed = page.next<LandingReport>('landing');
    page.send('click the badge');
    const landing = await landed;
    expect(landing).to.include({ host: 'www.coe.int', hash: '#partner=microsoft' });
    expect(landing.marked).to.deep.equal(['Microsoft']);
    expect(landing.mark).to.equal('✓ Verified Digital Partner of the Council of Europe since 8 November 2017');
    expect(landing.announced).to.equal('Microsoft: Verified Digital Partner of the Council of Europe since 8 November 2017');
  });
});
