import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflate, crc32 } from 'node:zlib';

/**
 * Is the whole file built like its type, beyond the first bytes? A strict structural parse, not a
 * pixel decode: decoding a 10 MB photo in JavaScript takes seconds of CPU (measured: 1.5–7 s for
 * pngjs / jpeg-js on this project's machine), so a few uploads would stall the server. The parse
 * reads each container's own framing (chunk CRCs, segment lengths, cross-reference offsets, the
 * central directory, the FAT) and runs a PNG's compressed stream through zlib (off the main
 * thread), which refuses a renamed or truncated file and one that merely starts like its type.
 */
export async function hasStructureOf(type: string, bytes: Buffer): Promise<boolean> {
  try {
    switch (type) {
      case 'application/pdf':
        return isPdf(bytes);
      case 'image/png':
        return await isPng(bytes);
      case 'image/jpeg':
        return await isJpeg(bytes);
      case 'application/msword':
        return await isWordBinary(bytes);
      case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
        return await isDocx(bytes);
      default:
        return false;
    }
  } catch {
    return false; // a length or offset pointing outside the file
  }
}

/**
 * Lets other requests run every few thousand steps: a crafted file (800,000 empty PNG chunks, a
 * JPEG scan made of stuffed bytes) takes a few hundred milliseconds to walk, and must not stall
 * the server for that long in one piece.
 */
const breathe = (step: number): Promise<void> | undefined => (step % 4096 === 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined);

const latin1 = (bytes: Buffer, start = 0, end = bytes.length) => bytes.toString('latin1', Math.max(0, start), Math.min(bytes.length, end));

/**
 * PDF: a `%PDF-x.y` header, `%%EOF` in the last kilobyte, and the last `startxref` pointing at a
 * cross-reference table (`xref`) or stream (`n g obj … /XRef`). Incremental updates append a new
 * trailer each, so the last one is near the end.
 */
function isPdf(bytes: Buffer): boolean {
  if (!/^%PDF-\d\.\d/.test(latin1(bytes, 0, 8))) return false;
  const tail = latin1(bytes, bytes.length - 1024);
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0 || /\S/.test(tail.slice(eof + 5).replace(/\0/g, ''))) return false;
  const trailer = /startxref\s+(\d+)\s*$/.exec(tail.slice(0, eof));
  if (!trailer) return false;
  const offset = Number(trailer[1]);
  if (offset <= 0 || offset >= bytes.length) return false;
  const target = latin1(bytes, offset, offset + 4096); // an xref stream's dictionary comes first
  return /^\s*xref\b/.test(target) || (/^\s*\d+\s+\d+\s+obj\b/.test(target) && /\/Type\s*\/XRef\b/.test(target));
}

/** PNG samples per pixel by colour type. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7 passes: [x start, y start, x step, y step]. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
/** Decoded rows larger than this (≈ 16,000 × 16,000 grey pixels) are no scan of a paper. */
const MAX_PNG_RAW_BYTES = 256 * 1024 * 1024;
/** Encoders write image data in chunks of 8 KB or more: 10 MB is about 1,300 of them. */
const MAX_PNG_CHUNKS = 20_000;

/**
 * PNG: signature, IHDR first with valid fields, every chunk's CRC (at most `MAX_PNG_CHUNKS`),
 * IDATs in one run, IEND last with nothing after it, and the zlib stream inflating to exactly the size IHDR promises, each row
 * starting with a valid filter byte.
 */
async function isPng(bytes: Buffer): Promise<boolean> {
  let at = 8;
  let header: { width: number; height: number; depth: number; color: number; interlaced: boolean } | undefined;
  const idat: Buffer[] = [];
  let idatDone = false;
  let palette = false;
  for (let step = 1; ; step++) {
    if (step > MAX_PNG_CHUNKS) return false;
    await breathe(step);
    const length = bytes.readUInt32BE(at);
    const type = latin1(bytes, at + 4, at + 8);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length || !/^[A-Za-z]{4}$/.test(type)) return false;
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(end - 4)) return false;
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return false;
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8]!, color: data[9]!, interlaced: data[12] === 1 };
      if (!header.width || !header.height || !BIT_DEPTHS[header.color]?.includes(header.depth) || data[10] !== 0 || data[11] !== 0 || data[12]! > 1) return false;
    } else if (type === 'IDAT') {
      if (idatDone) return false;
      idat.push(data);
    } else {
      if (idat.length) idatDone = true;
      if (type === 'PLTE') palette = true;
      if (type === 'IEND') {
        if (end !== bytes.length || !idat.length || (header.color === 3 && !palette)) return false;
        break;
      }
    }
    at = end;
  }
  const { width, height, depth, color, interlaced } = header;
  const rowBytes = (w: number) => Math.ceil((w * depth * CHANNELS[color]!) / 8);
  // Rows of each pass as [count, bytes per row without its filter byte]; a plain image is one pass.
  const passes = (interlaced ? ADAM7 : [[0, 0, 1, 1]])
    .map(([x0, y0, dx, dy]) => [Math.ceil((height - y0!) / dy!), rowBytes(Math.ceil((width - x0!) / dx!))] as const)
    .filter(([rows, bytesPerRow]) => rows > 0 && bytesPerRow > 0);
  const expected = passes.reduce((sum, [rows, bytesPerRow]) => sum + rows * (bytesPerRow + 1), 0);
  if (expected > MAX_PNG_RAW_BYTES) return false;
  let produced = 0;
  let pass = 0;
  let rowInPass = 0;
  let nextRowAt = 0;
  let filtersValid = true;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      while (nextRowAt < produced + chunk.length && pass < passes.length) {
        if (chunk[nextRowAt - produced]! > 4) filtersValid = false;
        nextRowAt += passes[pass]![1] + 1;
        if (++rowInPass === passes[pass]![0]) [pass, rowInPass] = [pass + 1, 0];
      }
      produced += chunk.length;
      callback(produced > expected || !filtersValid ? new Error('not this image') : null);
    },
  });
  await pipeline(Readable.from(idat), createInflate(), counter);
  return produced === expected && filtersValid;
}

const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * JPEG: SOI, then marker segments whose lengths fit the file, a frame header (SOF) with a size and
 * 1–4 components, quantisation and Huffman (or arithmetic) tables, scans whose entropy-coded data
 * runs to the next marker, and EOI. Bytes after EOI (some phones append their own data) are
 * ignored, as every decoder does.
 */
async function isJpeg(bytes: Buffer): Promise<boolean> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  let frame = false;
  let tables = false;
  let coding = false;
  let scans = 0;
  let step = 0;
  while (at < bytes.length) {
    await breathe(++step);
    if (bytes[at] !== 0xff) return false;
    while (bytes[at] === 0xff) at++; // fill bytes
    const marker = bytes[at++]!;
    if (marker === 0xd9) return frame && tables && coding && scans > 0;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    const length = bytes.readUInt16BE(at);
    const end = at + length;
    if (length < 2 || end > bytes.length) return false;
    if (isSof(marker)) {
      const components = bytes[at + 7]!;
      if (frame || bytes.readUInt16BE(at + 3) === 0 || bytes.readUInt16BE(at + 5) === 0 || components < 1 || components > 4 || length !== 8 + 3 * components) return false;
      frame = true;
    } else if (marker === 0xdb) {
      tables = true;
    } else if (marker === 0xc4 || marker === 0xcc) {
      coding = true;
    } else if (marker === 0xda) {
      const components = bytes[at + 2]!;
      if (!frame || components < 1 || components > 4 || length !== 6 + 2 * components) return false;
      scans++;
      // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or a restart marker inside it.
      let next = end;
      for (;;) {
        await breathe(++step);
        next = bytes.indexOf(0xff, next);
        if (next < 0 || next + 1 >= bytes.length) return false;
        const after = bytes[next + 1]!;
        if (after !== 0x00 && !(after >= 0xd0 && after <= 0xd7) && after !== 0xff) break;
        next += after === 0xff ? 1 : 2;
      }
      at = next;
      continue;
    }
    at = end;
  }
  return false;
}

/**
 * A Word 97–2003 file is an OLE compound file: its 512-byte header (signature, byte order,
 * version and sector size that agree), FAT sectors inside the file, and a directory, reached
 * through the FAT, whose root is "Root Entry" and that holds a "WordDocument" stream.
 */
async function isWordBinary(bytes: Buffer): Promise<boolean> {
  const major = bytes.readUInt16LE(26);
  const shift = bytes.readUInt16LE(30);
  if (bytes.readUInt16LE(28) !== 0xfffe || bytes.readUInt16LE(32) !== 6 || !((major === 3 && shift === 9) || (major === 4 && shift === 12))) return false;
  const size = 1 << shift;
  const sectors = Math.ceil((bytes.length - size) / size);
  const sectorAt = (n: number) => (n + 1) * size;
  const perSector = size / 4;
  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatCount = bytes.readUInt32LE(44);
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatCount, 109); i++) fat.push(bytes.readUInt32LE(76 + 4 * i));
  for (let difat = bytes.readUInt32LE(68), hops = 0; fat.length < fatCount && difat < sectors && hops <= sectors; hops++) {
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(bytes.readUInt32LE(sectorAt(difat) + 4 * i));
    difat = bytes.readUInt32LE(sectorAt(difat) + size - 4);
  }
  if (!fatCount || fat.length !== fatCount || fat.some((s) => s >= sectors)) return false;
  const next = (n: number) => bytes.readUInt32LE(sectorAt(fat[Math.floor(n / perSector)]!) + 4 * (n % perSector));
  const names: string[] = [];
  for (let sector = bytes.readUInt32LE(48), hops = 0; sector !== 0xfffffffe; sector = next(sector), hops++) {
    await breathe(hops + 1);
    if (sector >= sectors || hops > sectors || Math.floor(sector / perSector) >= fat.length) return false;
    for (let entry = sectorAt(sector); entry < sectorAt(sector) + size; entry += 128) {
      const nameBytes = Math.min(64, bytes.readUInt16LE(entry + 64));
      names.push(bytes.toString('utf16le', entry, entry + Math.max(0, nameBytes - 2)));
      if (names.length === 1 && bytes[entry + 66] !== 5) return false;
    }
  }
  return names[0] === 'Root Entry' && names.includes('WordDocument');
}

/**
 * DOCX is a ZIP package: an end-of-central-directory record, a central directory inside the file
 * whose entries are well formed, and among them `[Content_Types].xml` and `word/document.xml`.
 */
async function isDocx(bytes: Buffer): Promise<boolean> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), bytes.length - 22);
  if (eocd < 0 || eocd < bytes.length - 22 - 0xffff) return false;
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirStart = bytes.readUInt32LE(eocd + 16);
  if (dirStart + dirSize > eocd) return false;
  const names = new Set<string>();
  let at = dirStart;
  for (let i = 0; i < count; i++) {
    await breathe(i + 1);
    if (bytes.readUInt32LE(at) !== 0x02014b50) return false;
    const nameLength = bytes.readUInt16LE(at + 28);
    const entryEnd = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    if (entryEnd > dirStart + dirSize || local >= dirStart || bytes.readUInt32LE(local) !== 0x04034b50) return false;
    names.add(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at = entryEnd;
  }
  return names.has('[Content_Types].xml') && names.has('word/document.xml');
}
