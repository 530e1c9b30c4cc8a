// The strict UTF-8 decoder of data files: which bytes it refuses, and the line
// and byte its message names.

import { expect, test } from "vitest";
import { DataError } from "../../src/build/errors.js";
import { byteOrderMark, decodeData, firstInvalidByte } from "../../src/schema/decode.js";

const bytes = (...values: number[]) => Uint8Array.from(values);

function problem(data: Uint8Array, options?: { maxBytes: number }): string {
  try {
    decodeData("data/x.csv", data, options);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error("data/x.csv was decoded");
}

test("firstInvalidByte() accepts every well-formed sequence at the edges of its range", () => {
  const valid = {
    "U+007F": [0x7f],
    "U+0080": [0xc2, 0x80],
    "U+07FF": [0xdf, 0xbf],
    "U+0800": [0xe0, 0xa0, 0x80],
    "U+D7FF": [0xed, 0x9f, 0xbf],
    "U+FFFF": [0xef, 0xbf, 0xbf],
    "U+10000": [0xf0, 0x90, 0x80, 0x80],
    "U+10FFFF": [0xf4, 0x8f, 0xbf, 0xbf],
  };
  for (const [what, sequence] of Object.entries(valid)) expect(firstInvalidByte(bytes(0x61, ...sequence, 0x62)), what).toBe(-1);
});

test("firstInvalidByte() gives the index of the first byte of a bad sequence", () => {
  const invalid = {
    "a lone continuation byte": [0x80],
    "0xC1, overlong": [0xc1, 0xbf],
    "0xC0": [0xc0, 0x80],
    "0xF5, past U+10FFFF": [0xf5, 0x80, 0x80, 0x80],
    "0xFF": [0xff],
    "an overlong three-byte form": [0xe0, 0x9f, 0xbf],
    "a surrogate": [0xed, 0xa0, 0x80],
    "an overlong four-byte form": [0xf0, 0x8f, 0xbf, 0xbf],
    "a code point past U+10FFFF": [0xf4, 0x90, 0x80, 0x80],
    "a continuation that is not one": [0xc3, 0x41],
    "a third byte that is not a continuation": [0xe2, 0x82, 0x41],
    "a sequence cut by the end of the file": [0xe2, 0x82],
    "continuation bytes only": [0x80, 0x80, 0x80, 0x80],
    "0xC0 and continuation bytes": [0xc0, 0x80, 0x80, 0x80],
    "0xF8 and continuation bytes": [0xf8, 0x80, 0x80, 0x80],
  };
  for (const [what, sequence] of Object.entries(invalid)) expect(firstInvalidByte(bytes(0x61, 0x62, ...sequence)), what).toBe(2);
});

test("byteOrderMark() names UTF-32 before UTF-16, and nothing for UTF-8", () => {
  expect(byteOrderMark(bytes(0xff, 0xfe, 0x00, 0x00, 0x61))).toBe("UTF-32 (little-endian)");
  expect(byteOrderMark(bytes(0x00, 0x00, 0xfe, 0xff))).toBe("UTF-32 (big-endian)");
  expect(byteOrderMark(bytes(0xff, 0xfe, 0x61, 0x00))).toBe("UTF-16 (little-endian)");
  expect(byteOrderMark(bytes(0xfe, 0xff))).toBe("UTF-16 (big-endian)");
  expect(byteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x61))).toBeUndefined();
  expect(byteOrderMark(bytes(0xff))).toBeUndefined();
});

test("decodeData() keeps a UTF-8 byte-order mark for the table parser, and takes a file of exactly the size bound", () => {
  expect(decodeData("data/x.csv", bytes(0xef, 0xbb, 0xbf, 0x61))).toBe("\uFEFFa");
  expect(decodeData("data/x.csv", bytes(0x61, 0x62), { maxBytes: 2 })).toBe("ab");
  expect(problem(bytes(0x61, 0x62, 0x63), { maxBytes: 2 })).toBe('data/x.csv: expected a file of at most 2 bytes, got "3 bytes"');
});

test("decodeData() names the line and the byte of the first bad byte, even at the end of the file", () => {
  const text = [..."a\nb\nc"].map((char) => char.charCodeAt(0));
  expect(problem(bytes(...text, 0xe9, 0x0a))).toBe(
    'data/x.csv, line 3: expected UTF-8 text (save it as CSV UTF-8), got "byte 0xE9, not UTF-8: Latin-1 or Windows-1252?"',
  );
  expect(problem(bytes(0x0a, 0x0a, 0x0a, 0xe2, 0x82))).toMatch(/^data\/x\.csv, line 4: .*got "byte 0xE2, not UTF-8/);
  expect(problem(bytes(0xe9, 0x0a, 0x61)), "a bad first byte").toBe(
    'data/x.csv, line 1: expected UTF-8 text (save it as CSV UTF-8), got "byte 0xE9, not UTF-8: Latin-1 or Windows-1252?"',
  );
  expect(problem(bytes(0x61, 0x00, 0x62, 0x00))).toBe(
    'data/x.csv, line 1: expected UTF-8 text (save it as CSV UTF-8), got "NUL bytes, as UTF-16 without a byte-order mark"',
  );
});
