export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

export const mean = (xs: readonly number[]) =>
  xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
export const ratio = (x: number, y: number) => (y === 0 ? null : round(x / y));
