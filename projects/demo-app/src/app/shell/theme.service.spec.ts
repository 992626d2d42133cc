import { TestBed } from '@angular/core/testing';
import { DOCUMENT } from '@angular/common';
import { ThemeService } from './theme.service';

describe('ThemeService', () => {
  afterEach(() => localStorage.removeItem('panopto-ng-demo-theme'));

  it('sets data-theme on <html> and remembers the choice', () => {
    const service = TestBed.inject(ThemeService);
    const html = TestBed.inject(DOCUMENT).documentElement;
    service.set('dark');
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem('panopto-ng-demo-theme')).toBe('dark');
    service.toggle();
    expect(html.getAttribute('data-theme')).toBe('light');
  });

  it('starts from the stored theme', () => {
    localStorage.setItem('panopto-ng-demo-theme', 'dark');
    TestBed.inject(ThemeService);
    expect(TestBed.inject(DOCUMENT).documentElement.getAttribute('data-theme')).toBe('dark');
  });
});
