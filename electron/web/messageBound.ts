/**
 * The largest MessagePack frame a valid request can take, read from the contract's own zod
 * bounds, so browser mode's `maxPayload` follows the schema instead of a guess: a workspace
 * the schema accepts (500 snippets of 64 Ki characters) must be savable, and a frame larger
 * than any valid request is still refused before it is decoded.
 *
 * The bound is deliberately loose (plain maps, every string at 3 UTF-8 bytes per UTF-16 unit,
 * every header at its widest); it is `Infinity` for a part the schema leaves unbounded.
 */
import type { z } from 'zod';

/** The widest MessagePack header (str32, bin32, array32, map32) and the widest number. */
const HEADER_BYTES = 5;
const NUMBER_BYTES = 9;
/** A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair is 2 units, 4 bytes). */
const UTF8_BYTES_PER_UNIT = 3;

interface Definition {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; length?: number } } }>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** The largest count a length check allows, or Infinity when none limits it. */
function maxLength(definition: Definition): number {
  let limit = Infinity;
  for (const check of definition.checks ?? []) {
    const { check: kind, maximum, length } = check._zod.def;
    if (kind === 'max_length' || kind === 'max_size') limit = Math.min(limit, maximum ?? Infinity);
    if (kind === 'length_equals' || kind === 'size_equals')
      limit = Math.min(limit, length ?? limit);
  }
  return limit;
}

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return HEADER_BYTES + UTF8_BYTES_PER_UNIT * value.length;
  return NUMBER_BYTES;
}

/** Upper bound, in bytes, of any value `schema` accepts once encoded as MessagePack. */
export function maxEncodedBytes(schema: z.ZodType): number {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string':
      return HEADER_BYTES + UTF8_BYTES_PER_UNIT * maxLength(definition);
    case 'bytes':
    case 'custom': {
      const limit = maxLength(definition);
      return HEADER_BYTES + limit;
    }
    case 'number':
    case 'int':
    case 'bigint':
    case 'date':
      return NUMBER_BYTES;
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'void':
    case 'nan':
      return 1;
    case 'literal':
      return Math.max(...(definition.values ?? []).map(valueBytes));
    case 'enum':
      return Math.max(...Object.values(definition.entries ?? {}).map(valueBytes));
    case 'array':
      return HEADER_BYTES + maxLength(definition) * maxEncodedBytes(definition.element!);
    case 'object': {
      let total = HEADER_BYTES;
      for (const [key, field] of Object.entries(definition.shape ?? {})) {
        total += valueBytes(key) + maxEncodedBytes(field);
      }
      return total;
    }
    case 'tuple':
      return (definition.items ?? []).reduce(
        (total, item) => total + maxEncodedBytes(item),
        HEADER_BYTES,
      );
    case 'union':
      return Math.max(...(definition.options ?? []).map(maxEncodedBytes));
    case 'intersection':
      return maxEncodedBytes(definition.left!) + maxEncodedBytes(definition.right!);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return maxEncodedBytes(definition.innerType!);
    case 'pipe':
      return maxEncodedBytes(definition.in!);
    default:
      return Infinity;
  }
}
