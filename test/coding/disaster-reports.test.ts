import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

const violent = (text: string) =>
  code(text).filter((e) => ['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION'].includes(e.type));

describe('disaster reports give no violent events', () => {
  it("reads the participles after a quake as the quake's", () => {
    expect(
      violent(
        'A strong earthquake hit southern Peru on Sunday, killing 14 people and destroying hundreds of homes, officials said.',
      ),
    ).toEqual([]);
  });

  it('reads a force after "as" as a subject', () => {
    expect(violent('Villagers fled their homes as aftershocks hit the valley overnight.')).toEqual([]);
  });

  it('gives the force an act with no doer named in the same sentence', () => {
    expect(
      violent('A mudslide swept through a mining camp in Ghana, and officials fear 40 workers were killed.'),
    ).toEqual([]);
  });

  it('reads snow and an accidental fire as no attackers', () => {
    expect(violent('Heavy snow struck Seoul on Tuesday.')).toEqual([]);
    expect(violent('A fire at a market in Lagos killed nine traders.')).toEqual([]);
  });

  it('still reads weapons fire as an attack', () => {
    expect(violent('Mortar fire killed three soldiers near the border on Monday.').length).toBeGreaterThan(0);
  });
});

describe('match reports give no events', () => {
  it('reads a team that "attacked" and a player who scored as sport', () => {
    expect(code('Ghana attacked from the start and Kudus scored after ten minutes against Mali.')).toEqual(
      [],
    );
  });
});
