/** Roles: a person's title or function (`NATO spokeswoman Oana Lungescu`). */
import type { KindSpec } from './spec.js';
import { compareTitles } from './titles.js';
import { personKey } from './words.js';

/** A person's title or function. */
export interface RoleValue {
  person: string;
  role: string;
}

/** Roles are compared per person: one person's titles, and among them the same one. */
export const role: KindSpec<RoleValue> = {
  label: 'Role',
  unit: (value) => personKey(value.person),
  noun: (value) => personKey(value.person),
  subject: (value) => value.person,
  closeness: () => 0,
  compare: (a, b) => compareTitles(a.value.role, b.value.role),
  describe: (value) => `${value.person}: ${value.role}`,
  align: {
    threshold: 0.5,
    keys: 0,
    prior: () => 1,
    unitKey: true,
    unitVouches: false,
    // The person decides the group; the title's words pick, among one person's titles, the same one.
    words: (value, contentWords) => {
      const words = new Map([[`@${personKey(value.person)}`, 1]]);
      for (const word of contentWords(value.role)) words.set(word, Math.max(words.get(word) ?? 0, 0.5));
      return words;
    },
  },
};
