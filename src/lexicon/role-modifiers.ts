/**
 * Words that make a different office of a title: a `deputy mayor` is not the `mayor`. A title
 * with one of these and a title without it are different roles, not fuller and shorter forms.
 */
export const ROLE_CHANGERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'former', 'ex', 'assistant', 'associate', 'under', 'undersecretary', 'first', 'second',
]);
