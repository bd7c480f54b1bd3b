/**
 * Role and title nouns (matched lowercased, singular only, so `NATO members` names no role) and
 * the words that may stand before them inside a title (`deputy`, `air`, `foreign`).
 */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'spokeswoman', 'spokesman', 'spokesperson',
  'chief', 'head', 'editor-in-chief', 'editor', 'leader', 'commander', 'commander-in-chief',
  'ambassador', 'envoy', 'director', 'director-general', 'official', 'analyst', 'secretary',
  'secretary-general', 'chairman', 'chairwoman', 'chairperson', 'chair', 'governor', 'mayor',
  'adviser', 'advisor', 'aide', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'expert', 'researcher',
  'correspondent', 'general', 'admiral', 'colonel', 'lieutenant', 'captain', 'sergeant',
  'lawmaker', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'alderman',
  'king', 'queen', 'prince', 'princess', 'representative', 'officer', 'professor', 'economist',
  'prosecutor', 'judge', 'mp', 'deputy', 'vice-president', 'press-secretary', 'manager', 'columnist',
  'superintendent', 'commissioner', 'inspector', 'detective', 'sheriff', 'marshal', 'coach', 'doctor',
  'president-elect', 'treasurer', 'boss', 'candidate', 'nominee', 'challenger', 'incumbent',
  'taoiseach', 'tanaiste', 'governor-general', 'supremo', 'administrator', 'bishop', 'archbishop', 'midshipman',
]);

/**
 * Occupations and positions that name a role before or after a name (`crane driver Jonah Petrakis`)
 * but are not capitalized titles, so the entity chunker does not cut names at them. Nouns that as
 * often name a firm (`operator`, `contractor`, `supplier`) are left out: firm names look like people's.
 */
export const OCCUPATION_NOUNS: ReadonlySet<string> = new Set([
  'executive', 'driver', 'engineer', 'worker', 'owner', 'co-owner', 'lawyer', 'attorney', 'nurse',
  'teacher', 'farmer', 'resident', 'witness', 'eyewitness', 'pilot', 'firefighter', 'paramedic',
  'surgeon', 'physician', 'scientist', 'historian', 'journalist', 'reporter', 'photographer',
  'architect', 'accountant', 'banker', 'mechanic', 'electrician', 'docker', 'dockworker', 'fisherman',
  'skipper', 'organiser', 'organizer', 'activist', 'campaigner', 'volunteer', 'student', 'shopkeeper',
  'landlord', 'negotiator', 'steward', 'coordinator', 'supervisor', 'foreman',
  'planner', 'presenter', 'writer', 'author', 'player', 'goalkeeper', 'referee', 'mediator',
  'ombudsman', 'curator', 'watchman', 'guard', 'miner', 'rescuer', 'caretaker', 'member', 'tourist',
  'guide',
]);

/** Words that qualify a title noun that follows them (`first deputy head`, `air chief`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'first', 'deputy', 'vice', 'senior', 'chief', 'top', 'former', 'acting', 'interim', 'assistant',
  'executive', 'prime', 'general', 'air', 'defence', 'defense', 'foreign', 'interior', 'finance',
  'economy', 'trade', 'energy', 'health', 'justice', 'military', 'army', 'navy', 'naval',
  'press', 'state', 'regional', 'national', 'security', 'intelligence', 'opposition', 'presidential',
  'government', 'police', 'party', 'policy', 'economic', 'foreign-policy', 'defence-policy', 'political', 'managing', 'lead', 'principal', 'special', 'retired',
  'transport', 'transportation', 'communications', 'education', 'culture', 'agriculture', 'environment',
  'labour', 'labor', 'housing', 'tourism', 'sports', 'infrastructure', 'treasury', 'associate',
  'local', 'veteran', 'longtime', 'fellow', 'co', 'technical', 'operations', 'operating', 'financial',
  'legal', 'medical', 'fire', 'safety', 'union', 'city', 'county', 'district', 'team', 'club',
  'incumbent', 'outgoing', 'incoming', 'caretaker', 'future', 'next', 'designated', 'presiding', 'provincial',
]);

/**
 * Lowercase nouns that may stand before a title as the body it serves (`port authority chief
 * executive`, `crane driver`); taken into a role only when a title noun follows.
 */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'port', 'harbour', 'harbor', 'authority', 'council', 'company', 'firm', 'crane', 'truck', 'lorry',
  'bus', 'taxi', 'train', 'rail', 'railway', 'ship', 'dock', 'factory', 'farm', 'hospital', 'school',
  'festival', 'station', 'site', 'project', 'airport', 'airline', 'bank', 'court', 'ministry',
  'agency', 'committee', 'campaign', 'industry', 'stadium', 'theatre', 'theater', 'museum', 'town',
  'village', 'group', 'board', 'church', 'parish', 'construction', 'shipping', 'terminal', 'ferry',
  'boat', 'shop', 'hotel', 'restaurant', 'cafe', 'café', 'bakery', 'market', 'warehouse', 'mine', 'plant',
  'drill', 'night', 'day', 'shift', 'civil', 'protection', 'rescue', 'emergency', 'coast', 'border',
  'flight', 'mission',
]);

/** Honorifics: a name follows, but they name no role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam']);

/** Titles written short, with or without a period, right before a name (`Lt. Michel Brunet`, `Gov Ann Lee`). */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'gov', 'sen', 'rep',
  'amb', 'rev', 'insp', 'supt', 'det',
]);

/** Endings that keep a title a title (`Mayor-elect`, `minister-designate`). */
export const TITLE_SUFFIXES: readonly string[] = ['-elect', '-designate'];

/** Beginnings that keep a title a title (`co-director`, `ex-minister`). */
export const TITLE_PREFIXES: readonly string[] = ['co-', 'ex-'];

/**
 * Titles of several words whose last word alone is no title (`head of government`) or names a
 * firm as often as a person (`operator`): matched lowercased, right before a name.
 */
export const TITLE_PHRASES: readonly string[] = [
  'head of government', 'head of state', 'chief of staff', 'head of mission',
  'drill operator', 'crane operator', 'machine operator', 'camera operator', 'radio operator', 'forklift operator',
  'harbour master', 'harbor master', 'station master',
  '1st class', '2nd class', '3rd class', '4th class',
];

/** Grades written after a rank (`Midshipman 3rd Class`, `Petty Officer 2nd Class`): ordinals before `class`. */
export const RANK_GRADES: ReadonlySet<string> = new Set(['1st', '2nd', '3rd', '4th', 'first', 'second', 'third']);

/** Verbs of holding an office, in a relative clause (`who chairs the …`), → the title they give. */
export const OFFICE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'], ['heads', 'head'], ['leads', 'leader'], ['directs', 'director'], ['manages', 'manager'],
  ['coaches', 'coach'], ['edits', 'editor'], ['founded', 'founder'], ['co-founded', 'co-founder'], ['represents', 'representative'],
  ['commands', 'commander'], ['governs', 'governor'],
]);

/**
 * Phrases that give a person a title to come (`who is set to become foreign minister`): the role
 * keeps the prospect as `future …` unless the title says it itself (`the next defence minister`).
 */
export const PROSPECTIVE_PHRASES: readonly string[] = [
  'is set to become', 'is expected to become', 'is due to become', 'is poised to become', 'is likely to become', 'is tipped to become',
  'is to become', 'will become', 'will serve as', 'is set to serve as', 'is expected to serve as', 'tipped as', 'tipped to become',
  'expected to become', 'set to become', 'in line to become', 'designated as', 'nominated as',
];

/** Verbs that give the subject a title, said of the present (`Ada Brook becomes finance minister`). */
export const TAKING_PHRASES: readonly string[] = [
  'becomes', 'has become', 'takes over as', 'took over as', 'was appointed', 'has been appointed', 'was named', 'has been named',
  'was elected', 'has been elected', 'was sworn in as', 'has been sworn in as',
];

/**
 * Verbs that state an office the subject holds or leaves (`will remain chief executive`, `resigned
 * as mayor`): the role is the title as written.
 */
export const HOLDING_PHRASES: readonly string[] = [
  'remains', 'remained', 'will remain', 'would remain', 'remains as', 'will remain as', 'would remain as',
  'will stay on as', 'would stay on as', 'stays on as', 'stayed on as', 'will stay as',
  'resigned as', 'has resigned as', 'resigns as', 'will resign as', 'would resign as', 'is resigning as',
  'quit as', 'quits as', 'has quit as', 'will quit as', 'would quit as',
  'stepped down as', 'has stepped down as', 'steps down as', 'will step down as', 'would step down as', 'is stepping down as',
];

/** Words that mark a title as one to come; a prospective role already holding one needs no `future`. */
export const PROSPECTIVE_WORDS: ReadonlySet<string> = new Set(['future', 'next', 'incoming', 'designated', 'prospective']);
