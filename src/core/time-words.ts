/** The days of the week, lower-cased, Sunday first (JavaScript's `getDay` order). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
