/**
 * Build step: derives lookup lists from installed data packages into `generated/` (gitignored), so
 * that the repository holds only what we wrote and run time stays cheap.
 */
import { generateMajorCities } from '../text/lexicon/major-cities.js';

const cities = generateMajorCities();
console.log(`generated: ${cities.length} major city names`);
