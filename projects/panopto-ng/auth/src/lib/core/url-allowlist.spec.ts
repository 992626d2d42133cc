import { UrlAllowlist } from './url-allowlist';

describe('UrlAllowlist', () => {
  const list = new UrlAllowlist([
    'https://tenant.hosted.panopto.com/Panopto/api/v1/',
    'https://tenant.hosted.panopto.com/Panopto/PublicAPI/REST/',
    'https://upload.example.edu/Panopto/Upload',
  ]);
  const table: [string, boolean][] = [
    ['https://tenant.hosted.panopto.com/Panopto/api/v1/folders/search?searchQuery=x', true],
    ['https://tenant.hosted.panopto.com/Panopto/api/v1', true],
    ['https://tenant.hosted.panopto.com/panopto/API/v1/sessions', true],
    ['https://tenant.hosted.panopto.com/Panopto/PublicAPI/REST/sessionUpload', true],
    ['https://upload.example.edu/Panopto/Upload/abc/part1', true],
    ['https://tenant.hosted.panopto.com.evil.example/Panopto/api/v1/folders', false],
    ['https://tenant.hosted.panopto.com/Panopto/apiX', false],
    ['https://tenant.hosted.panopto.com/Panopto/api/v10/folders', false],
    ['https://tenant.hosted.panopto.com/Panopto/api/v1/../../Pages/Viewer.aspx', false],
    ['https://tenant.hosted.panopto.com/Panopto/oauth2/connect/token', false],
    ['http://tenant.hosted.panopto.com/Panopto/api/v1/folders', false],
    ['https://tenant.hosted.panopto.com:8443/Panopto/api/v1/folders', false],
    ['https://user:pw@tenant.hosted.panopto.com/Panopto/api/v1/folders', false],
    ['https://evil.example/?https://tenant.hosted.panopto.com/Panopto/api/v1/', false],
    ['https://cdn.jsdelivr.net/Panopto/api/v1/', false],
    ['//tenant.hosted.panopto.com.evil.example/Panopto/api/v1/', false],
    ['not a url', false],
  ];
  for (const [url, expected] of table) {
    it(`${expected ? 'sends' : 'never sends'} the token to ${url}`, () => {
      expect(list.matches(url, 'https://app.example.edu/')).toBe(expected);
    });
  }

  it('resolves relative URLs against the page before matching', () => {
    const same = new UrlAllowlist(['https://app.example.edu/Panopto/api/v1/']);
    expect(same.matches('/Panopto/api/v1/folders', 'https://app.example.edu/page')).toBeTrue();
    expect(same.matches('/other/api', 'https://app.example.edu/page')).toBeFalse();
  });

  it('matches nothing when no base is configured', () => {
    expect(new UrlAllowlist([]).matches('https://tenant.hosted.panopto.com/Panopto/api/v1/x')).toBeFalse();
  });
});
