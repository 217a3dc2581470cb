/**
 * A map from pairs of non-negative 32-bit integers to non-negative ones
 * (Model 1's dictionary pairs of a bead: source word, target word), by open
 * addressing with linear probing (Knuth, TAOCP vol. 3, §6.4). A `Map` keyed
 * by z·V + e stores and hashes keys past 2^30 as doubles. A bucket is four
 * integers side by side (a, b, value, stamp), so a probe reads one cache
 * line; `clear` is O(1): a bucket holds a key only when its stamp is the
 * table's current one.
 */

export class PairTable {
  private buckets = new Int32Array(4 << 10);
  private stamp = 1;
  private size = 0;

  /** The value of (a, b), or −1. */
  get(a: number, b: number): number {
    const { buckets, stamp } = this;
    const mask = (buckets.length >> 2) - 1;
    for (let h = hashPair(a, b) & mask; buckets[4 * h + 3] === stamp; h = (h + 1) & mask) {
      if (buckets[4 * h] === a && buckets[4 * h + 1] === b) return buckets[4 * h + 2]!;
    }
    return -1;
  }

  set(a: number, b: number, value: number): void {
    const { buckets, stamp } = this;
    const mask = (buckets.length >> 2) - 1;
    let h = hashPair(a, b) & mask;
    for (; buckets[4 * h + 3] === stamp; h = (h + 1) & mask) {
      if (buckets[4 * h] === a && buckets[4 * h + 1] === b) {
        buckets[4 * h + 2] = value;
        return;
      }
    }
    buckets[4 * h] = a;
    buckets[4 * h + 1] = b;
    buckets[4 * h + 2] = value;
    buckets[4 * h + 3] = stamp;
    // At most half full, so probes stay short.
    if (++this.size * 4 > buckets.length >> 1) this.grow();
  }

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  private grow(): void {
    const { buckets, stamp } = this;
    this.buckets = new Int32Array(2 * buckets.length);
    this.stamp = 1;
    this.size = 0;
    for (let at = 0; at < buckets.length; at += 4) if (buckets[at + 3] === stamp) this.set(buckets[at]!, buckets[at + 1]!, buckets[at + 2]!);
  }
}

function hashPair(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77);
  return (h ^ (h >>> 16)) >>> 0;
}
