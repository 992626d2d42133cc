/** The progress milestone (25, 50, 75, 100) reached by `percent`, for announcements. */
export function milestone(percent: number): number {
  return percent >= 100 ? 100 : percent >= 75 ? 75 : percent >= 50 ? 50 : percent >= 25 ? 25 : 0;
}
