import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { plainConfiguration } from '../../src/core/plain-configuration.js';
import { anythingOdd } from '../odd-values.js';

describe('plainConfiguration', () => {
  it('copies plain data, keeping a __proto__ key as a key and never the caller objects', () => {
    const input = JSON.parse('{"a":[1,"x",null,true],"__proto__":{"b":2}}') as object;
    const copy = plainConfiguration(input, []) as Record<string, unknown>;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });

  test.prop([fc.jsonValue()])('gives back any JSON value unchanged', (value) => {
    expect(plainConfiguration(value, [])).toEqual(value);
  });

  test.prop([anythingOdd()])('copies anything or refuses it with a ConfigurationError', (value) => {
    try {
      plainConfiguration({ value }, ['spec']);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).path.slice(0, 2)).toEqual(['spec', 'value']);
    }
  });
});
