/** Ages: `a 44-year-old man`, `aged 44`, `44 years old`. */
import type { QuantityValue } from '../../model.js';
import { AGE_UNIT } from '../../kinds/quantity.js';
import type { Found, PatternExtractor } from '../types.js';
import { FIGURES, figuresOf } from './figure.js';

const AGED = /\baged\s+$/iu;
const OLD = /^[-\s]years?[-\s]old\b/iu;

/** A person's age, with unit `year of age`: a figure after `aged` or before `year(s) old`. */
export const ageExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const end = match.index + match[0].length;
    const aged = AGED.exec(sentence.text.slice(0, match.index));
    const old = OLD.exec(sentence.text.slice(end));
    if (!aged && !old) return null;
    return figuresOf(match, end + (old?.[0].length ?? 0)).map((figure): Found<'quantity'> => {
      const value: QuantityValue = { ...figure.value, unit: AGE_UNIT };
      return { value, start: aged ? aged.index : figure.start, end: figure.end };
    });
  },
};
