// Turns a data file's bytes into text, strictly: UTF-8 only, and a file in
// another encoding is refused with a message that names it and the line of
// the first byte that is not UTF-8. A wrong encoding never reaches a chart as
// "D�but".

import { DataError } from "../build/errors.js";

export const defaults = {
  /** A data file larger than this is refused before it is decoded (the largest today is about 12 kB). */
  maxBytes: 1_000_000,
};

const BOMS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["UTF-32 (little-endian)", [0xff, 0xfe, 0x00, 0x00]],
  ["UTF-32 (big-endian)", [0x00, 0x00, 0xfe, 0xff]],
  ["UTF-16 (little-endian)", [0xff, 0xfe]],
  ["UTF-16 (big-endian)", [0xfe, 0xff]],
];

const SAVE_AS = "save it as CSV UTF-8";

/** The encoding a byte-order mark names, or undefined. */
export function byteOrderMark(bytes: Uint8Array): string | undefined {
  return BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte))?.[0];
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1];
    if (
      (byte === 0xe0 && second < 0xa0) ||
      (byte === 0xed && second > 0x9f) ||
      (byte === 0xf0 && second < 0x90) ||
      (byte === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** The text of a UTF-8 data file (a UTF-8 byte-order mark is kept, for the table parser to drop). */
export function decodeData(file: string, bytes: Uint8Array, { maxBytes = defaults.maxBytes } = {}): string {
  if (bytes.length > maxBytes)
    throw new DataError([
      {
        file,
        expected: `a file of at most ${maxBytes.toLocaleString("en-US")} bytes`,
        got: `${bytes.length.toLocaleString("en-US")} bytes`,
      },
    ]);
  const mark = byteOrderMark(bytes);
  if (mark) throw new DataError([{ file, line: 1, expected: `UTF-8 text (${SAVE_AS})`, got: `a ${mark} byte-order mark` }]);
  // ASCII saved as UTF-16 without a mark is valid UTF-8, with a NUL byte before or after every character.
  if (bytes.subarray(0, 200).includes(0))
    throw new DataError([{ file, line: 1, expected: `UTF-8 text (${SAVE_AS})`, got: "NUL bytes, as UTF-16 without a byte-order mark" }]);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const index = at < 0 ? bytes.length - 1 : at;
    let line = 1;
    for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[index].toString(16).toUpperCase().padStart(2, "0");
    throw new DataError([{ file, line, expected: `UTF-8 text (${SAVE_AS})`, got: `byte 0x${byte}, not UTF-8: Latin-1 or Windows-1252?` }]);
  }
}
