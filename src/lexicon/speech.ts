/**
 * Verbs and phrases that attribute words to a speaker (`“…,” she said`, `Ivan Petrov told
 * reporters: “…”`). Nouns that share a verb's spelling (`claims`, `notes`, `remarks`, `states`)
 * are left out: they would attribute quotes to nobody in particular.
 */
export const SPEECH_VERBS: readonly string[] = [
  'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'has been quoted as saying',
  'according to',
  'said', 'says', 'say', 'saying',
  'told', 'tells', 'telling',
  'added', 'adds', 'adding',
  'remarked', 'revealed', 'reveals', 'noted', 'stated',
  'writes', 'wrote', 'writing',
  'explained', 'explains', 'declared', 'declares', 'announced', 'announces',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed',
  'stressed', 'stresses', 'emphasized', 'emphasised', 'replied', 'asked', 'asks',
  'reported', 'reports', 'commented', 'continued', 'recalled', 'admitted', 'acknowledged',
  'confirmed', 'suggested', 'suggests', 'concluded', 'promised', 'pledged', 'tweeted',
  'vowed', 'vows', 'beamed', 'gushed', 'conceded', 'concedes', 'boasted', 'joked', 'quipped', 'sighed',
  'informed', 'assured', 'recounted', 'answered', 'responded',
];

/** The phrase whose speaker follows it (`according to Ivan Petrov`) rather than precedes it. */
export const SPEAKER_FOLLOWS: ReadonlySet<string> = new Set(['according to']);

/** Speech verbs after which a capitalized word is the speaker (`said Petrov`), unlike `told Reuters`. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'asked', 'wrote', 'writes', 'noted', 'explained', 'continued']);

/**
 * Verbs that put words in quotation marks as somebody's name for a thing (`He called the summit a
 * “first step”`): the quoted words are the subject's, however short.
 */
export const NAMING_VERBS: readonly string[] = [
  'called', 'calls', 'call', 'calling', 'dubbed', 'dubs', 'dubbing', 'branded', 'brands', 'branding', 'termed', 'terms', 'described', 'describes', 'describing',
  'hailed', 'hails',
];

/** Words after a naming verb that make another verb of it (`called for`, `called off`). */
export const NAMING_PARTICLES: readonly string[] = ['for', 'on', 'off', 'up', 'in', 'out', 'back', 'upon', 'away'];

/** Words before a naming verb that make it passive (`was called “bold”`): the subject is not the speaker. */
export const PASSIVE_MARKERS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'so', 'often', 'widely', 'get', 'got']);

/** Verbs after a sentence's first word that make the word its subject (`Brask was gracious in defeat.`). */
export const SUBJECT_VERBS: readonly string[] = [
  'was', 'is', 'has', 'had', 'did', 'does', 'will', 'would', 'could', 'can', 'seemed', 'seems', 'looked', 'looks', 'sounded',
  'appeared', 'remained', 'remains', 'stayed', 'went', 'came', 'took', 'made', 'gave', 'kept', 'left',
];

/** Pronouns that stand for a single named speaker (`he said`). */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** A text that opens with `he` or `she` (white space before it allowed). */
export const PRONOUN_OPENS = new RegExp(`^\\s*(?:${[...SPEAKER_PRONOUNS].join('|')})\\b`, 'iu');

/** Words that may stand between a speaker and the speech verb (`Petrov also said`). */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'further', 'previously', 'once', 'again', 'recently', 'reportedly', 'has', 'had', 'have', 'earlier', 'separately',
]);

/**
 * Opening double quotation marks → the marks that close them (`„…“` German, `«…»` guillemets).
 * Pages mix curly and straight marks (`“…," said Lee`): either double mark closes the other.
 */
export const DOUBLE_QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['„', '“”'],
  ['«', '»'],
  ['"', '"”'],
]);

/** Opening single quotation marks → their closers; only taken as quotes where no apostrophe fits. */
export const SINGLE_QUOTES: ReadonlyMap<string, string> = new Map([
  ['‘', '’'],
  ["'", "'"],
]);
