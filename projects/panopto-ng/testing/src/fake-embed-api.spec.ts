import { FakeEmbedApi, installFakeEmbedApi } from './fake-embed-api';

describe('FakeEmbedApi', () => {
  let fake: FakeEmbedApi;
  let container: HTMLElement;
  beforeEach(() => {
    fake = installFakeEmbedApi();
    container = document.createElement('div');
    container.id = 'fake-embed-host';
    document.body.appendChild(container);
  });
  afterEach(() => {
    fake.uninstall();
    container.remove();
  });

  it('names its iframe as Panopto’s script does, so pages using the fake pass WCAG frame-title', () => {
    new fake.globals.EmbedApi('fake-embed-host', { sessionId: 'abc', serverName: 'panopto.test' });
    const iframe = container.querySelector('iframe');
    expect(iframe?.getAttribute('title')).toBe('Panopto Embedded Video Player');
  });
});
