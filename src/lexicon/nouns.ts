/**
 * Nouns for the counted-noun finder and its lemmatizer. Keys are lowercase. `people` is lemmatized
 * to `person`, so that "40 people" and "one person" count the same thing.
 */

/** Plurals that no suffix rule undoes, to their singular. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot',
  teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife',
  wolves: 'wolf', halves: 'half', thieves: 'thief', leaves: 'leaf', shelves: 'shelf',
  buses: 'bus', gases: 'gas', statuses: 'status', viruses: 'virus', campuses: 'campus',
  crises: 'crisis', analyses: 'analysis', theses: 'thesis', bases: 'base', cases: 'case',
  movies: 'movie', cookies: 'cookie', zombies: 'zombie', heroes: 'hero', vetoes: 'veto', torpedoes: 'torpedo', potatoes: 'potato', echoes: 'echo',
  criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media',
};

/** Nouns whose plural is the singular: they count without an `s`. */
export const INVARIANT_NOUNS: ReadonlySet<string> = new Set([
  'aircraft', 'spacecraft', 'hovercraft', 'personnel', 'police', 'staff', 'sheep', 'deer', 'fish',
  'cattle', 'livestock', 'series', 'species', 'offspring', 'militia', 'infantry', 'artillery',
]);

/** Words ending in `s` that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'news', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus', 'was', 'has', 'is', 'does',
  'as', 'us', 'yes', 'whereas', 'perhaps', 'always', 'towards', 'afterwards', 'besides', 'sometimes',
  'nevertheless', 'nonetheless', 'regardless', 'unless', 'across', 'plus', 'minus', 'versus', 'vs',
  'says', 'goes', 'gets', 'makes', 'seems', 'remains', 'means', 'lies', 'dies', 'costs', 'comes',
  'politics', 'economics', 'physics', 'mathematics', 'ethics', 'logistics', 'tactics', 'bus', 'gas',
]);

/**
 * Words that end a counted phrase: no noun after a number is looked for past them
 * (`one of the`, `10 until 16`, `One was an exercise`).
 */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into',
  'onto', 'upon', 'about', 'above', 'below', 'under', 'over', 'after', 'before', 'since', 'until',
  'till', 'through', 'during', 'between', 'among', 'against', 'per', 'than', 'as', 'like', 'via',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'that', 'which', 'who', 'whom', 'whose', 'what',
  'when', 'where', 'while', 'whether', 'because', 'although', 'though',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'them', 'us', 'its', 'their',
  'this', 'these', 'those', 'each', 'every', 'all', 'both', 'some', 'any', 'none', 'other', 'another',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'pm', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'said', 'says',
  'told', 'reported', 'more', 'most', 'less', 'least', 'fewer', 'much', 'many', 'few', 'times',
  'time', 'percent', 'pct', 'cent', 'again', 'also', 'only', 'just', 'even', 'still', 'ago', 'later',
  'earlier', 'now', 'then', 'here', 'there', 'not', 'no', 'too', 'very', 'o’clock', "o'clock",
  'out', 'up', 'down', 'off', 'away', 'back', 'apiece', 'each', 'respectively', 'way', 'ways',
  'thing', 'things', 'point', 'hand', 'side', 'sides', 'another', 'such', 'own', 'same',
]);

/**
 * Adjectives that count people when they stand for a noun right after a number (`17 injured`,
 * `3 dead`): their unit is `person`, as in "14 people were injured".
 */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'dead', 'injured', 'wounded', 'hurt', 'missing', 'killed', 'detained', 'arrested', 'displaced',
  'evacuated', 'homeless', 'unemployed', 'infected', 'hospitalized', 'hospitalised',
]);

/** Collective nouns counted by the figure after `of` (`a crowd of 9,000`), to the lemma they count. */
export const COLLECTIVE_NOUNS: Readonly<Record<string, string>> = {
  crowd: 'person', audience: 'person', workforce: 'person', congregation: 'person', gathering: 'person',
  turnout: 'person', crew: 'crew member',
};

/**
 * Second halves of a digit-hyphen compound that describe rather than count (`5,000-strong`,
 * `3-nil`): such a compound is no count of its second half.
 */
export const COMPOUND_ADJECTIVES: ReadonlySet<string> = new Set([
  'strong', 'old', 'odd', 'fold', 'plus', 'long', 'wide', 'high', 'tall', 'deep', 'thick', 'nil',
  'something', 'year', 'way', 'point', 'percent', 'time',
]);

/**
 * Counted nouns (lemmas) that name people: reporters count one crowd as `protesters`, `citizens`
 * or `people`, one shift as `miners` or `men`, so alignment lets these meet. Generic ones first
 * (`others` as in `200 others were hurt`).
 */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['person', 'man', 'woman', 'individual', 'other']);

/** Specific counted nouns that name people (a role, a group, a condition). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'resident', 'inhabitant', 'villager', 'local', 'citizen', 'civilian', 'voter', 'protester',
  'demonstrator', 'marcher', 'striker', 'miner', 'worker', 'employee', 'staff', 'personnel',
  'passenger', 'commuter', 'traveller', 'traveler', 'tourist', 'visitor', 'guest', 'spectator',
  'attendee', 'fan', 'participant', 'member', 'delegate', 'student', 'pupil', 'teacher', 'child',
  'adult', 'teenager', 'soldier', 'troop', 'officer', 'policeman', 'firefighter', 'rescuer',
  'volunteer', 'patient', 'victim', 'survivor', 'casualty', 'evacuee', 'migrant', 'refugee',
  'pilgrim', 'prisoner', 'inmate', 'detainee', 'hostage', 'driver', 'farmer', 'doctor', 'nurse',
  // The dead are counted as people, bodies or deaths (`four bodies`, `five deaths`, `12 fatalities`).
  'body', 'death', 'fatality', 'crew member',
]);
