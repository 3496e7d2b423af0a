/**
 * A placeholder PNG: a light grey box with a border and a cross, the usual
 * "image goes here" sketch. Used where an article names an image the
 * corpus doesn't ship (check-corpus) and for the test fixtures' images.
 *
 * In:  width and height in pixels.  Out: the PNG file's bytes (a Buffer).
 */
import zlib from 'node:zlib';

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function placeholderPng(width = 320, height = 180) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width + 1)] = 0; // no filter
    for (let x = 0; x < width; x += 1) {
      const edge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      const cross =
        Math.abs(x * height - y * width) < width ||
        Math.abs((width - 1 - x) * height - y * width) < width;
      rows[y * (width + 1) + 1 + x] = edge || cross ? 0x8a : 0xe6;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, {level: 9})),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
