import { bucketCoverage, clipIntervals, mergeIntervals, totalLength, uniqueLength } from './intervals';

describe('interval maths', () => {
  it('merges overlapping and touching intervals, dropping empty ones', () => {
    expect(
      mergeIntervals([
        { start: 30, end: 40 },
        { start: 0, end: 10 },
        { start: 5, end: 12 },
        { start: 12, end: 15 },
        { start: 50, end: 50 },
      ]),
    ).toEqual([
      { start: 0, end: 15 },
      { start: 30, end: 40 },
    ]);
  });

  it('counts overlapping seconds once for unique length and every time for total length', () => {
    const runs = [
      { start: 0, end: 60 },
      { start: 30, end: 90 },
    ];
    expect(uniqueLength(runs)).toBe(90);
    expect(totalLength(runs)).toBe(120);
  });

  it('clips to the duration', () => {
    expect(
      clipIntervals(
        [
          { start: -2, end: 5 },
          { start: 95, end: 130 },
          { start: 120, end: 130 },
        ],
        100,
      ),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 95, end: 100 },
    ]);
  });

  it('covers buckets fractionally, so a split run counts like an unbroken one', () => {
    expect(
      bucketCoverage(
        [
          { start: 0, end: 30 },
          { start: 0, end: 10 },
        ],
        30,
        3,
      ),
    ).toEqual([2, 1, 1]);
    expect(
      bucketCoverage(
        [
          { start: 0, end: 15 },
          { start: 15, end: 30 },
        ],
        30,
        3,
      ),
    ).toEqual([1, 1, 1]);
    expect(bucketCoverage([{ start: 5, end: 10 }], 30, 3)).toEqual([0.5, 0, 0]);
    expect(bucketCoverage([{ start: 0, end: 10 }], 0, 3)).toEqual([0, 0, 0]);
  });
});
