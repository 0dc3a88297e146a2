/**
 * A set of event sequence numbers kept as sorted, disjoint ranges (both ends inclusive): the
 * events this window knows exist but has not received yet. A window that fell behind has a
 * handful of such gaps at most, so plain arrays are enough.
 */
export interface SeqRange {
  from: number;
  to: number;
}

export class SeqRanges {
  #ranges: SeqRange[] = [];

  get size(): number {
    let total = 0;
    for (const range of this.#ranges) total += range.to - range.from + 1;
    return total;
  }

  first(): SeqRange | undefined {
    const range = this.#ranges[0];
    return range === undefined ? undefined : { ...range };
  }

  has(seq: number): boolean {
    return this.#ranges.some((range) => range.from <= seq && seq <= range.to);
  }

  add(from: number, to: number): void {
    if (to < from) return;
    const merged: SeqRange = { from, to };
    const kept: SeqRange[] = [];
    for (const range of this.#ranges) {
      if (range.to + 1 < merged.from || merged.to + 1 < range.from) kept.push(range);
      else {
        merged.from = Math.min(merged.from, range.from);
        merged.to = Math.max(merged.to, range.to);
      }
    }
    kept.push(merged);
    this.#ranges = kept.sort((left, right) => left.from - right.from);
  }

  /** Takes `from`…`to` out of the set and says how many of them it held. */
  remove(from: number, to: number): number {
    if (to < from) return 0;
    let removed = 0;
    const kept: SeqRange[] = [];
    for (const range of this.#ranges) {
      if (range.to < from || to < range.from) {
        kept.push(range);
        continue;
      }
      removed += Math.min(range.to, to) - Math.max(range.from, from) + 1;
      if (range.from < from) kept.push({ from: range.from, to: from - 1 });
      if (to < range.to) kept.push({ from: to + 1, to: range.to });
    }
    this.#ranges = kept;
    return removed;
  }

  clear(): void {
    this.#ranges = [];
  }
}
