/**
 * Words that make a different office of a title: a `deputy mayor` is not the `mayor`. A title
 * with one of these and a title without it are different roles, not fuller and shorter forms.
 */
export const ROLE_CHANGERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'former', 'ex', 'assistant', 'associate', 'under', 'undersecretary', 'first', 'second',
]);

/**
 * Words that place an office in time or say how it is held (`former`, `acting`, `caretaker`,
 * `self-proclaimed`): the office stays the same, so titles that differ only by them are compatible.
 */
export const TIME_QUALIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'then', 'future', 'next', 'incoming', 'outgoing', 'acting', 'interim', 'caretaker', 'incumbent',
  'elect', 'designate', 'designated', 'retired', 'longtime', 'current', 'self', 'proclaimed', 'presumptive',
]);
