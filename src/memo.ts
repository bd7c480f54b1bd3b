/**
 * The one cache helper: a pure function with its answers kept, for the few arguments a run asks
 * about again and again (the words of a corpus). Owned by the run that makes it, never by a module.
 */

/** `compute` with its answers kept by argument, at most `max` of them (all forgotten when full). */
export function memo<A, R>(compute: (argument: A) => R, max = 100_000): (argument: A) => R {
  const known = new Map<A, R>();
  return (argument) => {
    if (known.has(argument)) return known.get(argument) as R;
    if (known.size >= max) known.clear();
    const answer = compute(argument);
    known.set(argument, answer);
    return answer;
  };
}
