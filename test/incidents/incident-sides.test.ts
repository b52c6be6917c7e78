import { describe, expect, it } from 'vitest';
import type { EventActor } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { article, CRM, day, place, strike } from './fixtures.js';

const UNKNOWN: EventActor = { code: '---', country: null, sector: null, name: 'unknown', text: 'unknown' };

describe('incident sides', () => {
  it('keeps attackers and targets apart when one report names the target as the actor', () => {
    const a1 = article('s1', 'Gull Wire', '2025-06-03');
    const a2 = article('s2', 'Tern Herald', '2025-06-03');
    const a3 = article('s3', 'Heron Post', '2025-06-04');
    const where = place('Caribbean', 'region');
    const evs = [
      strike(
        a1.id,
        0,
        'US forces struck a smuggling boat in the Caribbean on Monday, killing three people.',
        {
          date: day('2025-06-02'),
          location: where,
        },
      ),
      strike(
        a2.id,
        0,
        'The military hit a boat of alleged traffickers in the Caribbean on Monday, killing three.',
        {
          date: day('2025-06-02'),
          location: where,
        },
      ),
      // A passive read with the victims as the actor, and a report that names no attacker.
      strike(a3.id, 0, 'Three alleged traffickers were killed in the Caribbean on Monday.', {
        date: day('2025-06-02'),
        location: where,
        actor: { ...CRM },
        recipient: null,
      }),
      strike(a3.id, 1, 'A boat was destroyed in the Caribbean on Monday, killing three people.', {
        date: day('2025-06-02'),
        location: where,
        actor: UNKNOWN,
      }),
    ];
    const { incidents } = buildIncidents(evs, new Map([a1, a2, a3].map((a) => [a.id, a])));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.actors.map((a) => a.code)).toEqual(['USAMIL']);
    expect(incidents[0]!.recipients.map((a) => a.code)).toEqual(['---CRM']);
  });
});
