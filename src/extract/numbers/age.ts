/** Ages: `a 44-year-old man`, `aged 44`, `44 years old`. */
import type { QuantityValue } from '../../model.js';
import { AGE_UNIT } from '../../kinds/quantity.js';
import type { Found, PatternExtractor } from '../types.js';
import { FIGURE, figuresOf } from './figure.js';

const AGED = String.raw`(?<aged>\baged\s+)`;
const OLD = String.raw`(?<old>[-\s]years?[-\s]old\b)`;

/** A person's age, with unit `year of age`; `aged` or `year(s) old` must be written. */
export const ageExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: new RegExp(`${AGED}?${FIGURE}${OLD}?`, 'giud'),
  extract,
};

function extract(match: RegExpExecArray): Found<'quantity'>[] | null {
  const { aged, old } = match.groups ?? {};
  if (!aged && !old) return null;
  return figuresOf(match, match.index + match[0].length).map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit: AGE_UNIT };
    return { value, start: aged ? match.index : figure.start, end: figure.end };
  });
}
