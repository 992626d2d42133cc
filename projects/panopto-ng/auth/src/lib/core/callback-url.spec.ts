import { CALLBACK_PARAMS, cleanAddressBar, isCallbackLocation, safeReturnUrl } from './callback-url';

/** A document stand-in with a location and a history that records replaceState(). */
function fakeDocument(href: string): { doc: Document; replaced: string[] } {
  const replaced: string[] = [];
  const history = { state: { n: 1 }, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) };
  const doc = { location: { href }, defaultView: { history } } as unknown as Document;
  return { doc, replaced };
}

describe('callback-url', () => {
  it('safeReturnUrl follows app-relative paths only', () => {
    expect(safeReturnUrl('/videos?x=1')).toBe('/videos?x=1');
    expect(safeReturnUrl('//evil.example/x')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example/')).toBe('/');
    expect(safeReturnUrl(undefined as unknown as string)).toBe('/');
  });

  it('isCallbackLocation: the redirect URI with a state in the query', () => {
    const redirect = 'https://app.example.edu/auth/callback';
    expect(isCallbackLocation(fakeDocument(`${redirect}?code=c&state=s`).doc, redirect)).toBeTrue();
    expect(isCallbackLocation(fakeDocument(`${redirect}?code=c`).doc, redirect)).toBeFalse();
    expect(isCallbackLocation(fakeDocument('https://app.example.edu/other?state=s').doc, redirect)).toBeFalse();
    expect(isCallbackLocation(fakeDocument('not a url').doc, redirect)).toBeFalse();
  });

  it('cleanAddressBar removes the authorization response and the fragment, keeping other parameters', () => {
    const href = 'https://app.example.edu/auth/callback?code=c&state=s&iss=i&keep=1#frag';
    const { doc, replaced } = fakeDocument(href);
    cleanAddressBar(doc, new URL(href));
    expect(replaced).toEqual(['/auth/callback?keep=1']);
    expect(CALLBACK_PARAMS).toContain('session_state');
  });

  it('cleanAddressBar leaves another page alone', () => {
    const { doc, replaced } = fakeDocument('https://app.example.edu/home?code=c');
    cleanAddressBar(doc, new URL('https://app.example.edu/auth/callback?code=c'));
    expect(replaced).toEqual([]);
  });
});
