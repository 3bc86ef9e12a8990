/**
 * A small bounded least-recently-used cache on a Map (whose iteration order is insertion order):
 * a hit is re-inserted at the back, and the front entry is evicted when the cache is full. Tick
 * labels are measured on every frame, so text layout results are cached in these.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  /** A cache holding at most `capacity` entries. */
  constructor(readonly capacity: number) {}

  /** The cached value for `key`, marking it most recently used. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Stores `value` under `key`, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** The number of cached entries. */
  get size(): number {
    return this.map.size;
  }

  /** Drops every entry. */
  clear(): void {
    this.map.clear();
  }
}
