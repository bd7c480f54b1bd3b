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
  'president-elect', 'treasurer',
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
  'landlord', 'negotiator', 'steward', 'administrator', 'coordinator', 'supervisor', 'foreman',
  'planner', 'presenter', 'writer', 'author', 'player', 'goalkeeper', 'referee', 'mediator',
  'ombudsman', 'curator',
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
  'boat', 'shop', 'hotel', 'restaurant', 'cafe', 'bakery', 'market', 'warehouse', 'mine', 'plant',
]);

/** Honorifics: a name follows, but they name no role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam']);
