import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

function kinds(text: string): string[] {
  return analyze(text).markers.map((m) => `${m.kind}:${m.text}`);
}

describe('markers', () => {
  it('finds claim markers: allegedly, reportedly, suspected, alleged, claimed, denied', () => {
    expect(kinds('Gunmen allegedly shot two suspected smugglers.')).toEqual([
      'alleged:allegedly',
      'alleged:suspected',
    ]);
    expect(kinds('The alleged plot was reportedly foiled.')).toEqual([
      'alleged:alleged',
      'reported:reportedly',
    ]);
    expect(kinds('The group claimed the attack but the army denied it.')).toEqual([
      'alleged:claimed',
      'denied:denied',
    ]);
  });

  it('finds modals, the future and hypotheticals', () => {
    expect(kinds('The strikes could resume, and talks would fail; he may resign or might stay.')).toEqual([
      'modal:could',
      'modal:would',
      'modal:may',
      'modal:might',
    ]);
    expect(
      kinds('Troops will withdraw and the envoy is expected to arrive; Quito plans to respond.'),
    ).toEqual(['future:will', 'future:expected to', 'future:plans to']);
    expect(
      kinds(
        'The cabinet is contemplating sanctions and considering a ban after Lima threatened to expel him.',
      ),
    ).toEqual(['hypothetical:contemplating', 'hypothetical:considering', 'hypothetical:threatened to']);
  });

  it('finds negation: did not, didn’t, never, "no … were killed", refused to', () => {
    expect(kinds('Rebels did not attack the base.')).toEqual(['negation:did not']);
    expect(kinds('Rebels didn’t attack and never will.')).toEqual([
      'negation:didn’t',
      'negation:never',
      'future:will',
    ]);
    expect(kinds('No civilians were killed.')).toEqual(['negation:No']);
    expect(kinds('The minister refused to meet them.')).toEqual(['refusal:refused to']);
  });

  it('does not take "not just", the month May or "claims of" for markers', () => {
    expect(kinds('She didn’t just protest; in May the claims of fraud grew.')).toEqual([]);
  });

  it('gives offsets into the article', () => {
    const t = 'In Lima, police reportedly fired.';
    const a = analyze(t);
    expect(t.slice(a.markers[0].start, a.markers[0].end)).toBe('reportedly');
  });
});
