/**
 * A small gazetteer for the entity chunker: countries and their demonyms (both keyed by the
 * country, so `Belarusian` and `Belarus` share the key `belarus`), a few cities, multi-word
 * names, the cue words that type a capitalized sequence, and the capitalized words that only
 * start sentences. All matched lowercased.
 */

/** Country names and short forms → country key. */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ...[
    'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
    'belarus', 'belgium', 'bosnia', 'brazil', 'bulgaria', 'canada', 'chile', 'china', 'colombia',
    'croatia', 'crimea', 'cuba', 'cyprus', 'denmark', 'egypt', 'estonia', 'finland', 'france',
    'georgia', 'germany', 'greece', 'hungary', 'india', 'indonesia', 'iran', 'iraq', 'ireland',
    'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kosovo', 'kyrgyzstan', 'latvia', 'lebanon',
    'libya', 'lithuania', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'netherlands',
    'nigeria', 'norway', 'pakistan', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'serbia',
    'slovakia', 'slovenia', 'spain', 'sweden', 'switzerland', 'syria', 'tajikistan', 'turkey',
    'turkmenistan', 'ukraine', 'uzbekistan', 'venezuela', 'vietnam', 'yemen',
  ].map((name): [string, string] => [name, name]),
  ['us', 'united states'], ['usa', 'united states'], ['u.s.', 'united states'], ['america', 'united states'],
  ['uk', 'united kingdom'], ['u.k.', 'united kingdom'], ['britain', 'united kingdom'], ['byelorussia', 'belarus'],
]);

/** Demonyms and adjectives → country key. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['afghan', 'afghanistan'], ['albanian', 'albania'], ['american', 'united states'], ['armenian', 'armenia'],
  ['australian', 'australia'], ['austrian', 'austria'], ['azerbaijani', 'azerbaijan'], ['belarusian', 'belarus'],
  ['belarussian', 'belarus'], ['byelorussian', 'belarus'], ['belarusians', 'belarus'], ['belgian', 'belgium'],
  ['british', 'united kingdom'], ['bulgarian', 'bulgaria'], ['canadian', 'canada'], ['chinese', 'china'],
  ['croatian', 'croatia'], ['czech', 'czechia'], ['danish', 'denmark'], ['dutch', 'netherlands'],
  ['estonian', 'estonia'], ['finnish', 'finland'], ['french', 'france'], ['georgian', 'georgia'],
  ['german', 'germany'], ['greek', 'greece'], ['hungarian', 'hungary'], ['indian', 'india'],
  ['iranian', 'iran'], ['iraqi', 'iraq'], ['israeli', 'israel'], ['italian', 'italy'], ['japanese', 'japan'],
  ['kazakh', 'kazakhstan'], ['latvian', 'latvia'], ['lithuanian', 'lithuania'], ['moldovan', 'moldova'],
  ['norwegian', 'norway'], ['polish', 'poland'], ['romanian', 'romania'], ['russian', 'russia'],
  ['russians', 'russia'], ['serbian', 'serbia'], ['slovak', 'slovakia'], ['spanish', 'spain'],
  ['swedish', 'sweden'], ['swiss', 'switzerland'], ['syrian', 'syria'], ['turkish', 'turkey'],
  ['ukrainian', 'ukraine'], ['ukrainians', 'ukraine'], ['uzbek', 'uzbekistan'], ['soviet', 'soviet union'],
]);

/** A few cities, keyed by themselves. */
export const CITIES: ReadonlySet<string> = new Set([
  'moscow', 'minsk', 'kyiv', 'kiev', 'warsaw', 'vilnius', 'riga', 'tallinn', 'brussels', 'washington',
  'london', 'paris', 'berlin', 'beijing', 'ankara', 'sofia', 'bucharest', 'prague', 'budapest',
  'vienna', 'geneva', 'grodno', 'brest', 'gomel', 'vitebsk', 'mogilev', 'st. petersburg', 'kaliningrad',
  'sevastopol', 'donetsk', 'luhansk', 'tbilisi', 'yerevan', 'baku', 'astana', 'tashkent',
]);

/** Multi-word names and fixed forms → their type and key. */
export const ALIASES: ReadonlyMap<string, { type: 'place' | 'organization'; key: string }> = new Map([
  ['united states', { type: 'place', key: 'united states' }],
  ['united kingdom', { type: 'place', key: 'united kingdom' }],
  ['russian federation', { type: 'place', key: 'russia' }],
  ['soviet union', { type: 'place', key: 'soviet union' }],
  ['european union', { type: 'organization', key: 'eu' }],
  ['united nations', { type: 'organization', key: 'un' }],
  ['north atlantic treaty organization', { type: 'organization', key: 'nato' }],
  ['kremlin', { type: 'organization', key: 'kremlin' }],
  ['pentagon', { type: 'organization', key: 'pentagon' }],
  ['white house', { type: 'organization', key: 'white house' }],
]);

/** Last words that make a capitalized sequence an organisation. */
export const ORGANIZATION_CUES: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'service', 'services', 'council', 'alliance', 'news', 'union', 'committee',
  'office', 'department', 'parliament', 'assembly', 'duma', 'bank', 'fund', 'company', 'corporation',
  'corp', 'group', 'institute', 'university', 'association', 'party', 'army', 'navy', 'forces',
  'force', 'guard', 'court', 'commission', 'organization', 'organisation', 'center', 'centre',
  'foundation', 'press', 'times', 'post', 'magazine', 'newspaper', 'network', 'television', 'radio',
  'bureau', 'authority', 'industries', 'holding', 'directorate', 'command', 'government', 'cabinet',
  'board', 'league', 'federation', 'chamber', 'society',
]);

/** Last words that make a capitalized sequence a place. */
export const PLACE_CUES: ReadonlySet<string> = new Set([
  'airport', 'square', 'street', 'avenue', 'region', 'oblast', 'district', 'province', 'sea', 'river',
  'lake', 'mountains', 'island', 'islands', 'peninsula', 'territory', 'base', 'airbase', 'city',
  'bay', 'valley', 'coast',
]);

/** First words that make a capitalized sequence a place (`Port Essel`, `Mount Kel`): no person's name. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['port', 'mount', 'fort', 'cape', 'lake', 'saint', 'st', 'san', 'santa', 'new']);

/** Last words that make a capitalized sequence an event. */
export const EVENT_CUES: ReadonlySet<string> = new Set([
  'fair', 'forum', 'summit', 'exhibition', 'expo', 'conference', 'show', 'games', 'olympics',
  'festival', 'congress', 'war', 'exercise', 'exercises', 'drills', 'conversation', 'talks',
]);

/** Nouns after which a capitalized name is a news organisation (`the newspaper Naviny`). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'magazine', 'newspaper', 'agency', 'channel', 'broadcaster', 'outlet', 'daily', 'weekly',
  'website', 'portal', 'tabloid', 'television', 'radio', 'publication', 'journal', 'site', 'blog',
]);

/** Capitalized words that start sentences or headlines but name nothing. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'however', 'amid', 'amidst', 'in', 'at', 'on', 'as', 'but', 'and', 'or', 'if', 'it',
  'its', 'this', 'that', 'these', 'those', 'there', 'they', 'he', 'she', 'we', 'i', 'you', 'our',
  'their', 'his', 'her', 'my', 'your', 'according', 'after', 'before', 'during', 'even', 'also',
  'while', 'when', 'where', 'what', 'which', 'who', 'why', 'how', 'since', 'despite', 'although',
  'though', 'therefore', 'thus', 'meanwhile', 'moreover', 'furthermore', 'still', 'yet', 'so',
  'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'one', 'two', 'three', 'many',
  'some', 'most', 'several', 'such', 'both', 'all', 'each', 'every', 'no', 'not', 'only', 'maybe',
  'perhaps', 'possible', 'among', 'under', 'over', 'with', 'without', 'from', 'to', 'for', 'of', 'by',
  'about', 'into', 'through', 'against', 'between', 'until', 'near', 'do', 'does', 'is', 'are', 'was',
  'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'let', 'here', 'other', 'another', 'experts', 'officials', 'sources', 'locals', 'analysts',
  'follow', 'read', 'subscribe', 'share', 'click', 'please', 'see', 'watch', 'photo', 'video',
  'update', 'updated', 'breaking', 'exclusive', 'opinion', 'analysis', 'editorial', 'related',
  'yes', 'well', 'instead', 'indeed', 'again', 'earlier', 'later', 'finally', 'first', 'second',
  'third', 'once', 'just', 'more', 'less', 'much', 'very', 'because', 'unless', 'whether', 'nor',
]);

/** Month and weekday names: dates, not entities. */
export { CALENDAR_NAMES as CALENDAR_WORDS } from './dates.js';

/** Lowercase words that join the parts of an organisation's name (`Ministry of Defence`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'de']);

/** Lowercase words inside a person's name (`Jan van der Berg`, `Maria de Souza`, `Omar al-Rashid`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben',
]);
