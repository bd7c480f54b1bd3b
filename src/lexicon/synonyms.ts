/**
 * Words that reporters use for the same thing, mapped to one key for alignment (lowercase,
 * after plural stripping). Kept to near-exact synonyms in news usage: a loose entry would align
 * different facts.
 */
export const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['ballot', 'vote'], ['poll', 'vote'], ['voted', 'vote'], ['voting', 'vote'],
  ['hurt', 'injured'], ['wounded', 'injured'], ['injury', 'injured'], ['injuries', 'injured'],
  ['killed', 'dead'], ['died', 'dead'], ['death', 'dead'], ['deaths', 'dead'], ['fatalities', 'dead'], ['fatality', 'dead'],
  ['began', 'start'], ['begin', 'start'], ['begun', 'start'], ['started', 'start'], ['starting', 'start'], ['commence', 'start'], ['commenced', 'start'],
  ['ended', 'end'], ['ending', 'end'], ['finished', 'end'], ['concluded', 'end'],
  ['stoppage', 'strike'], ['walkout', 'strike'], ['shutdown', 'strike'],
  ['employee', 'worker'], ['staff', 'worker'], ['workforce', 'worker'],
  ['signed', 'sign'], ['signing', 'sign'],
  ['arrested', 'arrest'], ['detained', 'arrest'], ['detain', 'arrest'], ['detention', 'arrest'], ['apprehended', 'arrest'],
  ['cost', 'cost'], ['price', 'cost'], ['priced', 'cost'],
  ['hearing', 'hearing'], ['session', 'hearing'],
  ['meeting', 'talk'], ['talks', 'talk'], ['summit', 'talk'],
  ['drill', 'exercise'], ['drills', 'exercise'], ['manoeuvre', 'exercise'], ['maneuver', 'exercise'],
  ['spectator', 'attendee'], ['visitor', 'attendee'], ['attendees', 'attendee'],
]);
