/** The error `act` throws, to read its class, message and fields; no error fails the test. */
export function thrownError(act: () => unknown): Error {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** The class name and the message of the error `act` throws: `['TypeError', '…']`. */
export function thrownNameAndMessage(act: () => unknown): [string, string] {
  const error = thrownError(act);
  return [error.constructor.name, error.message];
}
