/**
 * A lossless palette ("indexed colour") PNG encoder for cards. A card has a handful of flat colours plus
 * the anti-aliasing ramps of its text, about 200 distinct colours in all, so one byte per pixel says
 * everything three or four bytes would: the file is half the size of resvg's truecolour PNG and, since
 * zlib has a quarter of the bytes to squeeze, it is also quicker to write. Nothing is quantised: an image
 * with more than 256 colours, or with any transparency, is refused and the caller keeps truecolour.
 *
 * Loaded inside the card worker by Node itself, so relative imports carry their `.ts` extension.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** The most colours a palette PNG with 8-bit indices can hold. */
export const MAX_PALETTE = 256;

/**
 * zlib level 2: cell cards come out 18 % larger than at level 4 (about 31 KB, well inside the 100 KB
 * budget) in under half the time; once a card's bands are drawn, deflating is most of what it costs.
 */
const DEFLATE_LEVEL = 2;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_INDEXED = 3;

function pngChunk(type: string, data: Uint8Array): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  chunk.set(data, 8);
  // The CRC covers the type and the data, not the length.
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

/** Whole pixels as 32-bit words (one compare per pixel instead of four); copies when unaligned. */
function pixelWords(rgba: Uint8Array, count: number): Uint32Array {
  if (rgba.byteOffset % 4 === 0) return new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  return new Uint32Array(rgba.slice(0, count * 4).buffer);
}

/**
 * Opaque pixels as palette indices, one byte per pixel row by row, with the palette: each colour as a
 * 32-bit word (to compare and merge palettes) and as RGB bytes (to write them).
 */
export interface IndexedPixels {
  width: number;
  height: number;
  indices: Uint8Array;
  words: Uint32Array;
  rgb: Uint8Array;
}

/** Throws unless `rgba` holds exactly width × height pixels of a positive whole size. */
function checkSize(rgba: Uint8Array, width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`A PNG needs a positive whole width and height, got ${String(width)}×${String(height)}`);
  if (rgba.length !== width * height * 4)
    throw new Error(
      `${String(width)}×${String(height)} RGBA pixels take ${String(width * height * 4)} bytes, got ${String(rgba.length)}`,
    );
}

/**
 * Opaque RGBA pixels (row by row, 4 bytes each) as palette indices, exactly; null when the image has
 * more than 256 colours or a pixel that is not opaque.
 */
export function indexPixels(rgba: Uint8Array, width: number, height: number): IndexedPixels | null {
  checkSize(rgba, width, height);
  const count = width * height;
  const pixels = pixelWords(rgba, count);
  const indexOf = new Map<number, number>();
  const words = new Uint32Array(MAX_PALETTE);
  const rgb = new Uint8Array(MAX_PALETTE * 3);
  const indices = new Uint8Array(count);
  let pixel = 0;
  // An image is mostly runs of one colour: find where the run ends, look its colour up once, fill.
  while (pixel < count) {
    const word = pixels[pixel] ?? 0;
    let runEnd = pixel + 1;
    while (runEnd < count && pixels[runEnd] === word) runEnd += 1;
    let index = indexOf.get(word);
    if (index === undefined) {
      index = indexOf.size;
      // Colours are read back from the RGBA bytes, so the host's byte order never matters.
      if (index === MAX_PALETTE || rgba[pixel * 4 + 3] !== 0xff) return null;
      indexOf.set(word, index);
      words[index] = word;
      rgb.set(rgba.subarray(pixel * 4, pixel * 4 + 3), index * 3);
    }
    indices.fill(index, pixel, runEnd);
    pixel = runEnd;
  }
  return {
    width,
    height,
    indices,
    words: words.slice(0, indexOf.size),
    rgb: rgb.slice(0, indexOf.size * 3),
  };
}

/**
 * Palette indices laid out as a PNG's image data: each row starts with its filter byte, 0 ("none"):
 * indices of flat areas repeat and deflate well as they are, while the "up" and "sub" filters turn
 * palette indices into noise.
 */
export interface IndexedRows {
  width: number;
  height: number;
  /** (width + 1) × height bytes: a 0 filter byte, then the row's indices. */
  rows: Uint8Array;
  /** The palette as RGB bytes. */
  rgb: Uint8Array;
}

/** Writes indexed rows as a PNG, exactly (decoding gives the same pixels back). */
export function writeIndexedRows(image: IndexedRows): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bits per index
  header[9] = COLOUR_TYPE_INDEXED; // compression, filter method and interlace stay 0
  return Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('PLTE', image.rgb),
    pngChunk(
      'IDAT',
      deflateSync(image.rows, { level: DEFLATE_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY }),
    ),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** Writes palette indices as a PNG, exactly (decoding gives the same pixels back). */
export function writeIndexedPng(image: IndexedPixels): Buffer {
  const { width, height, indices } = image;
  const rows = new Uint8Array((width + 1) * height);
  for (let row = 0; row < height; row += 1)
    rows.set(indices.subarray(row * width, (row + 1) * width), row * (width + 1) + 1);
  return writeIndexedRows({ width, height, rows, rgb: image.rgb });
}

/**
 * Encodes opaque RGBA pixels (row by row, 4 bytes each) as a palette PNG, exactly (decoding gives the
 * same pixels back); null when the image has more than 256 colours or a pixel that is not opaque.
 */
export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  const indexed = indexPixels(rgba, width, height);
  return indexed === null ? null : writeIndexedPng(indexed);
}
