import { PanoptoConfigError } from 'panopto-ng/core';
import { elementsProviders } from './elements-config';
import { ELEMENTS_AUTH_SUPPORT } from './sign-in/auth-support';

describe('PanoptoElements.configure() validation', () => {
  const auth = { clientId: 'c', redirectUri: 'https://lms.example.edu/videos.html' };

  it("uses the library's validation: a wrong serverUrl names the field", () => {
    expect(() => elementsProviders({ serverUrl: 'http://myuni.hosted.panopto.com' }, null)).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('`serverUrl`'),
    );
  });

  it('refuses an unknown option with a did-you-mean', () => {
    const config = { serverUrl: 'https://myuni.hosted.panopto.com', plyer: {} } as unknown as { serverUrl: string };
    expect(() => elementsProviders(config, null)).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('`plyer`') && e.message.includes('`player`'),
    );
  });

  it('checks sign-in options (broker mode needs brokerUrl)', () => {
    expect(() =>
      elementsProviders(
        { serverUrl: 'https://myuni.hosted.panopto.com', auth: { ...auth, mode: 'broker' } },
        ELEMENTS_AUTH_SUPPORT,
      ),
    ).toThrowMatching((e) => e instanceof PanoptoConfigError && e.message.includes('brokerUrl'));
  });

  it('says that the player-only bundle has no sign-in', () => {
    expect(() => elementsProviders({ serverUrl: 'https://myuni.hosted.panopto.com', auth }, null)).toThrowMatching(
      (e) =>
        e instanceof PanoptoConfigError && e.message.includes('`auth`') && e.message.includes('panopto-elements.js'),
    );
  });

  it('accepts a complete configuration', () => {
    expect(
      elementsProviders(
        { serverUrl: 'https://myuni.hosted.panopto.com', auth, player: { loadTimeoutMs: 5000 } },
        ELEMENTS_AUTH_SUPPORT,
      ).length,
    ).toBe(2);
  });
});
