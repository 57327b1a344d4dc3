// Host names the tests serve pages under, to check the badge's domain rule under real names: every one
// is sent to this machine (Chromium: --host-resolver-rules; Firefox: network.dns.localDomains; WebKit:
// /etc/hosts, see scripts/browsers.mjs). Plain JavaScript: the browser tests and the Node scripts share it.
export const TEST_HOSTS = [
  'www.microsoft.com',
  'news.microsoft.com',
  'evil.example',
  'microsoft.com.evil.example',
  'evilmicrosoft.com',
  'www.etno.eu',
  'www.coe.int',
];
