import { UrlAllowlist } from '../core/url-allowlist';

// Hostile-input table: which request URLs may carry the access token. Each row is [url, attach?].
const list = new UrlAllowlist([
  'https://tenant.hosted.panopto.com/Panopto/api/v1/',
  'https://tenant.hosted.panopto.com/Panopto/PublicAPI/REST/',
]);
const API = 'https://tenant.hosted.panopto.com/Panopto/api/v1';
const ROWS: readonly [url: string, attach: boolean][] = [
  [`${API}/folders/search?searchQuery=x`, true],
  [`${API}/sessions/abc?q=%2F`, true],
  [`${API}/folders/a%20b`, true],
  [`${API}/folders/..%2F..%2FPages%2FViewer.aspx`, false],
  [`${API}/folders%2F..%2F..%2Foauth2`, false],
  [`${API}/folders%2f..%2f..%2foauth2`, false],
  [`${API}/folders%5C..%5C..%5Coauth2`, false],
  [`${API}/folders%5c..%5coauth2`, false],
  [`${API}/a/%2e%2e/%2e%2e/%2e%2e/oauth2/connect/token`, false],
  [`${API}\\..\\..\\oauth2`, false],
  [`${API}/../../oauth2/connect/token`, false],
  ['https://tenant.hosted.panopto.com.evil.example/Panopto/api/v1/folders', false],
  ['https://tenant.hosted.panopto.com@evil.example/Panopto/api/v1/folders', false],
  ['https://user:pw@tenant.hosted.panopto.com/Panopto/api/v1/folders', false],
  ['https://evil.example/?u=https://tenant.hosted.panopto.com/Panopto/api/v1/', false],
  ['https://evil.example/Panopto/api/v1/folders', false],
  ['http://tenant.hosted.panopto.com/Panopto/api/v1/folders', false],
  ['https://tenant.hosted.panopto.com:444/Panopto/api/v1/folders', false],
  ['https://TENANT.hosted.panopto.com/Panopto/api/v1/folders', true],
  ['https://tenant.hosted.panopto.com./Panopto/api/v1/folders', false],
  ['https://tenant.hosted.panopto.com/Panopto/apiX/v1', false],
  ['https://tenant.hosted.panopto.com/Panopto/oauth2/connect/token', false],
  ['//evil.example/Panopto/api/v1/folders', false],
  ['javascript:alert(1)', false],
  ['not a url at all', false],
  ['', false],
];

describe('hostile input: interceptor URLs (token allowlist)', () => {
  for (const [url, attach] of ROWS) {
    it(`${attach ? 'attaches to' : 'refuses'} ${JSON.stringify(url)}`, () => {
      expect(list.matches(url, 'https://app.example.edu/')).toBe(attach);
    });
  }
});
