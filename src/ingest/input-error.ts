/** The one error class for problems with the inputs themselves. */

/** A problem with the inputs themselves (missing path, nothing to read, not text): the user must act. */
export class InputError extends Error {
  override name = 'InputError';
}
