// How far apart two colours stay for readers with a colour-vision deficiency:
// each colour is passed through the Machado, Oliveira & Fernandes (2009)
// simulation at full severity (in linear RGB), then compared in CIELAB (ΔE 1976).
// The actor colours must stay apart for every kind, not only for trichromats:
// the old light palette's IS red and civilian orange were 8 apart for a
// deuteranope, the same dot in the timeline's small marks.

export const VISIONS = ["normal", "protanopia", "deuteranopia", "tritanopia"] as const;
export type Vision = (typeof VISIONS)[number];

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const matrices: Record<Vision, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
}

function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The colour as a reader with this vision sees it, in CIELAB. */
export function seenAs(hex: string, vision: Vision): [number, number, number] {
  const rgb = linearRgb(hex);
  const seen = matrices[vision].map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  return lab(seen);
}

/** ΔE 1976 between two colours as a reader with this vision sees them. */
export function distanceSeen(a: string, b: string, vision: Vision): number {
  const [p, q] = [seenAs(a, vision), seenAs(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Every pair of named colours closer than `min` for some vision, as "a/b: 8.3 (deuteranopia)". */
export function tooClose(colours: Readonly<Record<string, string>>, min: number): string[] {
  const names = Object.keys(colours);
  const found: string[] = [];
  for (const [i, a] of names.entries())
    for (const b of names.slice(i + 1))
      for (const vision of VISIONS) {
        const d = distanceSeen(colours[a], colours[b], vision);
        if (d < min) found.push(`${a}/${b}: ${d.toFixed(1)} (${vision})`);
      }
  return found;
}
