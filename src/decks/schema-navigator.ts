// Finds the part of the deck schema that describes a given place in a file, so a message
// can list the fields allowed there ("did you mean ...?") or name what a union expects.
// It reads zod's schema definitions, which are plain data.
import * as z from 'zod';

interface LooseDef {
  type: string;
  innerType?: Schema;
  getter?: () => Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
}
interface Schema {
  _zod: { def: LooseDef; parent?: Schema };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

export interface SchemaPlace {
  schema: Schema;
  /** The `.meta({id})` of the schema itself or of a wrapper around it (`Condition`, `Value`...). */
  id?: string;
}

/** The id of a named schema; `.meta({description})` makes a copy whose parent holds the id. */
function metaId(schema: Schema): string | undefined {
  let current: Schema | undefined = schema;
  for (let guard = 0; current && guard < 20; guard++, current = current._zod.parent) {
    const id = z.globalRegistry.get(current as unknown as z.ZodType)?.id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function unwrap(start: Schema): SchemaPlace {
  let schema = start;
  let id: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    id ??= metaId(schema);
    const def = schema._zod.def;
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'lazy' ? def.getter?.() : def.type === 'pipe' ? def.in : undefined;
    if (!inner) break;
    schema = inner;
  }
  return id === undefined ? { schema } : { schema, id };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The union member that fits the data best: by discriminator, else by kind and shared keys. */
function pickOption(def: LooseDef, data: unknown): Schema | undefined {
  const options = def.options ?? [];
  if (def.discriminator && isPlainObject(data)) {
    const tag = data[def.discriminator];
    return options.find((o) => {
      const literal = unwrap(o).schema._zod.def.shape?.[def.discriminator ?? '']?._zod.def;
      return literal?.values?.includes(tag);
    });
  }
  let best: Schema | undefined;
  let bestScore = -1;
  for (const option of options) {
    const inner = unwrap(option).schema._zod.def;
    let score = -1;
    if (inner.type === 'object' && isPlainObject(data)) {
      score = 1 + Object.keys(data).filter((k) => inner.shape && k in inner.shape).length;
    } else if (inner.type === 'array' && Array.isArray(data)) score = 1;
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** The schema at `path` in `data`, following objects, arrays and unions; undefined when the path leaves the schema. */
export function schemaAt(root: z.ZodType, data: unknown, path: readonly PropertyKey[], options: { keepUnion?: boolean } = {}): SchemaPlace | undefined {
  let place = unwrap(root as unknown as Schema);
  let value = data;
  for (let i = 0; ; i++) {
    let def = place.schema._zod.def;
    if (i === path.length && options.keepUnion) return place;
    if (def.type === 'union') {
      const option = pickOption(def, value);
      if (!option) return undefined;
      place = unwrap(option);
      def = place.schema._zod.def;
    }
    if (i === path.length) return place;
    const key = path[i];
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) {
      place = unwrap(def.shape[key]);
      value = isPlainObject(value) ? value[key] : undefined;
    } else if (def.type === 'array' && typeof key === 'number' && def.element) {
      place = unwrap(def.element);
      value = Array.isArray(value) ? value[key] : undefined;
    } else {
      return undefined;
    }
  }
}

/** The field names a mapping at this place may hold. */
export function fieldsOf(place: SchemaPlace | undefined): string[] {
  return Object.keys(place?.schema._zod.def.shape ?? {});
}

/** The value found at `path` in plain data. */
export function dataAt(data: unknown, path: readonly PropertyKey[]): { value: unknown; found: boolean } {
  let value = data;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number' && key < value.length) value = value[key];
    else if (isPlainObject(value) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(value, key)) value = value[key];
    else return { value: undefined, found: false };
  }
  return { value, found: true };
}
