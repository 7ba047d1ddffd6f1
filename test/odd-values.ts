import fc from 'fast-check';

/**
 * Every `fc.anything` option that makes values JSON cannot (issue 10: BigInt, boxed values,
 * Dates, Maps, Sets, null prototypes, objects that stringify oddly, holes, typed arrays), for
 * the properties that feed them to parsers, deciders, configurations and stores.
 */
export const oddValueOptions = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
} as const;

/** `fc.anything` with every odd option on, and `constraints` on top (keys, depth, …). */
export function anythingOdd(constraints: fc.ObjectConstraints = {}): fc.Arbitrary<unknown> {
  return fc.anything({ ...oddValueOptions, ...constraints });
}
