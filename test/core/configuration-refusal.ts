import { ConfigurationError } from '../../src/core/configuration-error.js';

/**
 * The `ConfigurationError` that `act` throws, to read its `path` and `input`; any other error
 * is thrown again, and no error at all fails the test.
 */
export function configurationRefusal(act: () => unknown): ConfigurationError {
  try {
    act();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}
