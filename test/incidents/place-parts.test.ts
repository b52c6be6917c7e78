import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve-place.js';
import { code } from '../coding/code-helper.js';

describe('a part of a place', () => {
  it('is in that place', () => {
    expect(resolvePlace('central Budapest')).toMatchObject({
      name: 'Budapest',
      country: 'HUN',
      kind: 'city',
    });
    expect(resolvePlace('northern Syria')).toMatchObject({ country: 'SYR', kind: 'country' });
    expect(resolvePlace('in downtown Nairobi')).toMatchObject({ country: 'KEN', kind: 'city' });
  });

  it('is not a part word before a name that is no place', () => {
    expect(resolvePlace('central bank')).toBeNull();
    expect(resolvePlace('northern Dingleberry')).toBeNull();
  });

  it('places a protest and gives its crowd the country', () => {
    const [e] = code('Hundreds rallied in central Budapest on Sunday.');
    expect(e.actor.code).toBe('HUNCVL');
    expect(e.location?.name).toBe('Budapest');
  });
});
