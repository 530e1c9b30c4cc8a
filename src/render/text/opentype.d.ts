// The part of opentype.js that generate-metrics.ts uses (the package ships no types).
declare module "opentype.js" {
  interface Glyph {
    index: number;
    advanceWidth?: number;
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBufferLike): Font };
  export default opentype;
}
