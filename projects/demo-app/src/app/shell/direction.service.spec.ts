import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { DirectionService } from './direction.service';

describe('DirectionService', () => {
  const KEY = 'panopto-ng-demo-dir';
  let html: HTMLElement;
  beforeEach(() => (html = TestBed.inject(DOCUMENT).documentElement));
  afterEach(() => {
    localStorage.removeItem(KEY);
    html.removeAttribute('dir');
  });

  it('sets dir on <html> and remembers the choice', () => {
    const service = TestBed.inject(DirectionService);
    expect(html.getAttribute('dir')).toBe('ltr');
    service.toggle();
    expect(html.getAttribute('dir')).toBe('rtl');
    expect(localStorage.getItem(KEY)).toBe('rtl');
    service.set('ltr');
    expect(html.getAttribute('dir')).toBe('ltr');
    expect(localStorage.getItem(KEY)).toBe('ltr');
  });

  it('starts from the stored direction', () => {
    localStorage.setItem(KEY, 'rtl');
    TestBed.inject(DirectionService);
    expect(html.getAttribute('dir')).toBe('rtl');
  });

  it('falls back to the page dir when the stored value is unknown', () => {
    localStorage.setItem(KEY, 'sideways');
    html.setAttribute('dir', 'rtl');
    TestBed.inject(DirectionService);
    expect(html.getAttribute('dir')).toBe('rtl');
  });
});
