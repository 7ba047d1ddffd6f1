/**
 * A tiny JSON Schema (draft 2020-12) validator for the keywords the intervention report's
 * schema uses, so the tests can check the published schema against documents without adding
 * a validator dependency. It refuses to validate a schema that uses any other keyword.
 */

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that only annotate. */
const annotations = new Set(['$schema', '$id', 'title', 'description', 'format']);
/** Keywords this validator checks. */
const assertions = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
  'enum',
  'const',
  'allOf',
  'anyOf',
  'not',
  'if',
  'then',
  'else',
]);

/** Every keyword used anywhere in a schema (property names under `properties` excluded). */
export function keywordsOf(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [key, value] of Object.entries(schema)) {
    found.add(key);
    if (key === 'properties') {
      for (const child of Object.values(value as object)) keywordsOf(child, found);
    } else if (Array.isArray(value)) {
      for (const child of value) keywordsOf(child, found);
    } else if (typeof value === 'object' && value !== null && key !== 'const') {
      keywordsOf(value, found);
    }
  }
  return found;
}

/** The keywords of a schema this validator does not know. */
export function unsupportedKeywords(schema: unknown): string[] {
  return [...keywordsOf(schema)].filter((k) => !annotations.has(k) && !assertions.has(k));
}

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      throw new Error(`unsupported type ${String(type)}`);
  }
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The JSON pointers of every failed assertion; empty when the document is valid. */
export function validate(schema: Schema, value: unknown, at = ''): string[] {
  const errors: string[] = [];
  const fail = (keyword: string) => errors.push(`${at || '/'}: ${keyword}`);
  if ('type' in schema && !typeOk(schema.type, value)) {
    fail('type');
    return errors;
  }
  if ('const' in schema && !equal(schema.const, value)) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => equal(v, value))) fail('enum');
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      fail('pattern');
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (typeof schema.items === 'object' && schema.items !== null) {
      value.forEach((item, i) => {
        errors.push(...validate(schema.items as Schema, item, `${at}/${i}`));
      });
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(object, key)) fail(`required ${key}`);
    }
    for (const [key, child] of Object.entries(object)) {
      if (Object.hasOwn(properties, key)) {
        errors.push(...validate(properties[key] as Schema, child, `${at}/${key}`));
      } else if (schema.additionalProperties === false) {
        fail(`additionalProperties ${key}`);
      }
    }
  }
  if (Array.isArray(schema.allOf)) {
    for (const sub of schema.allOf as Schema[]) errors.push(...validate(sub, value, at));
  }
  if (Array.isArray(schema.anyOf)) {
    if (!(schema.anyOf as Schema[]).some((sub) => validate(sub, value, at).length === 0)) {
      fail('anyOf');
    }
  }
  if (typeof schema.not === 'object' && schema.not !== null) {
    if (validate(schema.not as Schema, value, at).length === 0) fail('not');
  }
  if (typeof schema.if === 'object' && schema.if !== null) {
    const branch =
      validate(schema.if as Schema, value, at).length === 0 ? schema.then : schema.else;
    if (typeof branch === 'object' && branch !== null) {
      errors.push(...validate(branch as Schema, value, at));
    }
  }
  return errors;
}
