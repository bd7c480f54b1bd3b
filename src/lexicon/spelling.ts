/**
 * British and American spellings of the same word: a quote that differs only by these is the
 * same quote. Keys and values are lowercase; the American form is the canonical one.
 */
export const SPELLING: ReadonlyMap<string, string> = new Map([
  ['colour', 'color'], ['colours', 'colors'], ['favour', 'favor'], ['favourite', 'favorite'], ['honour', 'honor'],
  ['labour', 'labor'], ['neighbour', 'neighbor'], ['neighbours', 'neighbors'], ['behaviour', 'behavior'], ['harbour', 'harbor'],
  ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'], ['metre', 'meter'],
  ['metres', 'meters'], ['kilometre', 'kilometer'], ['kilometres', 'kilometers'], ['theatre', 'theater'],
  ['defence', 'defense'], ['offence', 'offense'], ['licence', 'license'], ['practise', 'practice'],
  ['organise', 'organize'], ['organised', 'organized'], ['organisation', 'organization'], ['organisations', 'organizations'],
  ['recognise', 'recognize'], ['recognised', 'recognized'], ['realise', 'realize'], ['realised', 'realized'],
  ['apologise', 'apologize'], ['criticise', 'criticize'], ['emphasise', 'emphasize'], ['prioritise', 'prioritize'],
  ['analyse', 'analyze'], ['analysed', 'analyzed'], ['catalogue', 'catalog'], ['dialogue', 'dialog'],
  ['travelled', 'traveled'], ['travelling', 'traveling'], ['cancelled', 'canceled'], ['cancelling', 'canceling'],
  ['modelling', 'modeling'], ['fuelled', 'fueled'], ['labelled', 'labeled'], ['counsellor', 'counselor'],
  ['grey', 'gray'], ['cheque', 'check'], ['tyre', 'tire'], ['tyres', 'tires'], ['aluminium', 'aluminum'],
  ['enrol', 'enroll'], ['fulfil', 'fulfill'], ['judgement', 'judgment'], ['ageing', 'aging'], ['towards', 'toward'],
]);
