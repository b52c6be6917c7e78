import { describe, expect, it } from 'vitest';
import { resolveActorText } from '../../src/actors/resolve-text.js';

const code = (text: string, context?: string) =>
  resolveActorText({ text, context: context ?? null, date: null }).code;

describe("a possessor's allies", () => {
  it('are not of the possessor’s country', () => {
    expect(code("Russia's allies")).toBe('---');
    expect(code("Israel's militia ally in southern Lebanon")).toBe('LBNPRM');
  });

  it('leaves a nationality before "allies" the allies’ own', () => {
    expect(code('Kenyan allies')).toBe('KEN');
  });
});

describe('counterparts', () => {
  it('take the country their adjective names', () => {
    expect(code('his Chinese counterpart')).toBe('CHN');
  });

  it('lend no country to a bare role in the same sentence', () => {
    expect(code('The minister', 'The minister met his Chinese counterpart on Monday.')).toBe('---GOV');
  });
});
