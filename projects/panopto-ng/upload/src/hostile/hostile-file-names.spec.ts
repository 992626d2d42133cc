import { DEFAULT_UPLOAD_OPTIONS } from 'panopto-ng/upload/options';
import { validateFile } from '../core/validation';
import { UploadSource } from '../core/upload-source';

// Hostile-input table: upload file names. Each row is [name, refused?, message pattern]; a refused name gets
// a 'name' validation error whose message says what to change.
const file = (name: string): UploadSource => ({ name, size: 1024, type: 'video/mp4' } as unknown as UploadSource);
const ROWS: readonly [name: string, refused: boolean, message?: RegExp][] = [
  ['lecture 1.mp4', false],
  ['Vorlesung – Ü1 (entwurf).mp4', false],
  ['講義.mp4', false],
  ['emoji 🎬.mp4', false],
  ['a.b.c.mp4', false],
  ['..', true, /\.\./],
  ['.', true, /name/],
  ['../lecture.mp4', true, /name/],
  ['..\\lecture.mp4', true, /name/],
  ['lecture..mp4', true, /\.\./],
  ['dir/lecture.mp4', true, /name/],
  ['   ', true, /name/],
  ['bell\u0007.mp4', true, /control character/],
  ['new\nline.mp4', true, /control character/],
  ['tab\t.mp4', true, /control character/],
  ['nul\u0000.mp4', true, /control character/],
  ['del\u007f.mp4', true, /control character/],
  ['c1\u0085.mp4', true, /control character/],
  ['bom-ish\ufffe.mp4', true, /U\+FFFE/],
  ['nonchar\uffff.mp4', true, /U\+FFFF/],
  ['lone\ud800.mp4', true, /surrogate/],
  ['lone\udc00.mp4', true, /surrogate/],
  ['reversed\udc00\ud800.mp4', true, /surrogate/],
];

describe('hostile input: upload file names (validateFile)', () => {
  for (const [name, refused, message] of ROWS) {
    it(`${refused ? 'refuses' : 'accepts'} ${JSON.stringify(name)}`, () => {
      const problem = validateFile(file(name), DEFAULT_UPLOAD_OPTIONS);
      if (!refused) {
        expect(problem).toBeNull();
        // The upload key can be built from it (no URIError).
        expect(() => encodeURIComponent(name)).not.toThrow();
        return;
      }
      expect(problem?.reason).toBe('name');
      if (message) expect(problem?.message).toMatch(message);
    });
  }
});
