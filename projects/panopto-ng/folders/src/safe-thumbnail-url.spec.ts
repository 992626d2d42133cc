import { formatDuration, safeThumbnailUrl } from './safe-thumbnail-url';

describe('safeThumbnailUrl', () => {
  const server = 'https://myuni.hosted.panopto.com';
  const id = '11111111-2222-3333-4444-555555555555';

  it('keeps an https thumbnail on the configured server and resolves relative ones against it', () => {
    expect(safeThumbnailUrl(server, id, `${server}/Panopto/Services/Thumb.png?x=1`)).toBe(
      `${server}/Panopto/Services/Thumb.png?x=1`,
    );
    expect(safeThumbnailUrl(server, id, '/Panopto/t.jpg')).toBe(`${server}/Panopto/t.jpg`);
  });

  it('refuses other hosts, other schemes and look-alike hosts, falling back to the preview image', () => {
    const preview = `${server}/Panopto/PublicAPI/SessionPreviewImage?id=${id}`;
    expect(safeThumbnailUrl(server, id, 'https://evil.example/x.png')).toBe(preview);
    expect(safeThumbnailUrl(server, id, 'javascript:alert(1)')).toBe(preview);
    expect(safeThumbnailUrl(server, id, 'data:image/png;base64,AAAA')).toBe(preview);
    expect(safeThumbnailUrl(server, id, 'https://myuni.hosted.panopto.com.evil.example/x.png')).toBe(preview);
    expect(safeThumbnailUrl(server, id, 'http://myuni.hosted.panopto.com/x.png')).toBe(preview);
  });

  it('gives no URL for a session id that is not a GUID', () => {
    expect(safeThumbnailUrl(server, '../../etc', null)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('formats seconds as m:ss or h:mm:ss', () => {
    expect(formatDuration(59)).toBe('0:59');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(-1)).toBeNull();
  });
});
