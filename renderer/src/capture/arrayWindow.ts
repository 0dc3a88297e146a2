/**
 * A read-only array that shows a stretch of a longer backing array, made in constant time.
 *
 * The capture publishes a new array after every batch, and everything downstream (filters,
 * counters, the virtual table, the topology's pulses, exports) reads it with ordinary array
 * code: `length`, `[index]`, `at`, `slice`, `for…of`. A fresh copy of up to 1,000,000 events
 * per batch would cost time proportional to what is held (issue 10, section 4); this view
 * costs nothing to make, and a new one per batch still tells Vue and every memo that the
 * capture changed. The backing array is only ever appended to past every view's end, or
 * replaced by a new one, so a view never sees its contents move.
 *
 * Element reads go through a Proxy and are slower than a plain array's; code that walks many
 * events (a filter pass, a count) asks `spanOf` for the backing array and reads it directly.
 */

/** Where a list's events really are: `items[start]` up to, not including, `items[end]`. */
export interface ArraySpan<T> {
  items: readonly T[];
  start: number;
  end: number;
}

const spans = new WeakMap<object, ArraySpan<unknown>>();

/** `"12"` → 12; anything that is not a canonical array index → -1. */
function arrayIndex(key: string): number {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const index = Number(key);
  return Number.isInteger(index) && String(index) === key ? index : -1;
}

export function arrayWindow<T>(items: readonly T[], start: number, end: number): readonly T[] {
  const length = Math.max(0, end - start);
  const handler: ProxyHandler<T[]> = {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const index = arrayIndex(key);
        if (index >= 0) return index < length ? items[start + index] : undefined;
        if (key === 'length') return length;
        // Vue must never wrap a million events in a reactive proxy: the view is raw by design.
        if (key === '__v_skip') return true;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') {
        const index = arrayIndex(key);
        if (index >= 0) return index < length;
      }
      return Reflect.has(target, key);
    },
    ownKeys() {
      return [...Array.from({ length }, (_, index) => String(index)), 'length'];
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') {
        const index = arrayIndex(key);
        if (index >= 0) {
          if (index >= length) return undefined;
          const value = items[start + index];
          return { value, writable: false, enumerable: true, configurable: true };
        }
        // The empty target's own `length` is writable and not configurable: a proxy must agree.
        if (key === 'length') {
          return { value: length, writable: true, enumerable: false, configurable: false };
        }
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set: () => false,
    deleteProperty: () => false,
    defineProperty(target, key, descriptor) {
      if (typeof key === 'string' && (key === 'length' || arrayIndex(key) >= 0)) return false;
      return Reflect.defineProperty(target, key, descriptor);
    },
  };
  const view = new Proxy<T[]>([], handler);
  spans.set(view, { items, start, end: start + length });
  return view;
}

/** A plain copy of any list, made in one native copy when it is a view. */
export function toPlainArray<T>(list: readonly T[]): T[] {
  const { items, start, end } = spanOf(list);
  return items.slice(start, end);
}

/** The backing array behind a view, or the array itself: for loops over many elements. */
export function spanOf<T>(list: readonly T[]): ArraySpan<T> {
  return (
    (spans.get(list) as ArraySpan<T> | undefined) ?? { items: list, start: 0, end: list.length }
  );
}
