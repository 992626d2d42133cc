import { PanoptoConfigError } from 'panopto-ng/core';
import { attributeName, coerceAttribute } from './coerce-attribute';

describe('coerceAttribute', () => {
  it('names attributes as Angular Elements does', () => {
    expect(attributeName('sessionId')).toBe('session-id');
    expect(attributeName('canCreateAtRoot')).toBe('can-create-at-root');
    expect(attributeName('heading')).toBe('heading');
  });

  it('reads HTML boolean attributes: present, "true", its own name, "false"', () => {
    expect(coerceAttribute('boolean', '', 'panopto-wc-upload', 'autoStart')).toBe(true);
    expect(coerceAttribute('boolean', 'true', 'panopto-wc-upload', 'autoStart')).toBe(true);
    expect(coerceAttribute('boolean', 'auto-start', 'panopto-wc-upload', 'autoStart')).toBe(true);
    expect(coerceAttribute('boolean', 'false', 'panopto-wc-upload', 'autoStart')).toBe(false);
    expect(coerceAttribute('boolean', false, 'panopto-wc-upload', 'autoStart')).toBe(false);
  });

  it('keeps "auto" where the input takes it', () => {
    expect(coerceAttribute('boolean-or-auto', 'auto', 'panopto-wc-folder-browser', 'canManage')).toBe('auto');
    expect(coerceAttribute('boolean-or-auto', 'false', 'panopto-wc-folder-browser', 'canManage')).toBe(false);
  });

  it('turns numeric strings into numbers', () => {
    expect(coerceAttribute('number', '48', 'panopto-wc-folder-browser', 'rowHeight')).toBe(48);
    expect(coerceAttribute('number', 1.5, 'panopto-wc-player', 'aspectRatio')).toBe(1.5);
  });

  it('passes null and undefined through, so the default applies', () => {
    expect(coerceAttribute('number', null, 'panopto-wc-player', 'width')).toBeNull();
    expect(coerceAttribute('string', undefined, 'panopto-wc-player', 'label')).toBeUndefined();
  });

  it('refuses what cannot mean anything, naming the element and the attribute', () => {
    expect(() => coerceAttribute('number', 'tall', 'panopto-wc-folder-browser', 'rowHeight')).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('<panopto-wc-folder-browser row-height>'),
    );
    expect(() => coerceAttribute('boolean', 'yes', 'panopto-wc-player', 'autoplay')).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('<panopto-wc-player autoplay>'),
    );
  });
});
