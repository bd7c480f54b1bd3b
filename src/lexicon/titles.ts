/**
 * Role and title nouns (matched lowercased, singular only, so `NATO members` names no role) and
 * the words that may stand before them inside a title (`deputy`, `air`, `foreign`).
 */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'spokeswoman', 'spokesman', 'spokesperson',
  'chief', 'head', 'editor-in-chief', 'editor', 'leader', 'commander', 'commander-in-chief',
  'ambassador', 'envoy', 'director', 'director-general', 'official', 'analyst', 'secretary',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'governor', 'mayor', 'adviser', 'advisor',
  'aide', 'ceo', 'founder', 'expert', 'researcher', 'correspondent', 'general', 'admiral',
  'colonel', 'lieutenant', 'captain', 'lawmaker', 'senator', 'congressman', 'congresswoman',
  'king', 'queen', 'prince', 'princess', 'representative', 'officer', 'professor', 'economist',
  'prosecutor', 'judge', 'mp', 'deputy', 'vice-president', 'press-secretary', 'manager', 'columnist',
]);

/** Words that qualify a title noun that follows them (`first deputy head`, `air chief`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'first', 'deputy', 'vice', 'senior', 'chief', 'top', 'former', 'acting', 'interim', 'assistant',
  'executive', 'prime', 'general', 'air', 'defence', 'defense', 'foreign', 'interior', 'finance',
  'economy', 'trade', 'energy', 'health', 'justice', 'military', 'army', 'navy', 'naval',
  'press', 'state', 'regional', 'national', 'security', 'intelligence', 'opposition', 'presidential',
  'government', 'police', 'party', 'policy', 'economic', 'foreign-policy', 'defence-policy', 'political', 'managing', 'lead', 'principal', 'special', 'retired',
]);

/** Honorifics: a name follows, but they name no role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam']);
