import { formatSeconds } from './format';

describe('formatSeconds', () => {
  it('formats minutes, hours and tenths', () => {
    expect(formatSeconds(75)).toBe('1:15');
    expect(formatSeconds(3725)).toBe('1:02:05');
    expect(formatSeconds(2.5, 1)).toBe('0:02.5');
    expect(formatSeconds(61.25, 1)).toBe('1:01.3');
    expect(formatSeconds(-3)).toBe('0:00');
  });
});
