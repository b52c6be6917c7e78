import { it } from 'vitest';
import { casualtiesFromText } from '../../src/incidents/casualties.js';
import { findNumberPhrases } from '../../src/incidents/number-phrase.js';
it('x', () => { for (const s of ['Officials said the blast killed about 15 sailors.', 'The officer said the attack on the skiff killed twenty-two.']) console.log(JSON.stringify(findNumberPhrases(s)), JSON.stringify(casualtiesFromText(s))); });
