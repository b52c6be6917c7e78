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

describe('the president of a body', () => {
  it('is not the head of state', () => {
    expect(code('President of the Chadian Human Rights League')).toBe('TCD');
  });

  it('leaves the head of state and ministers as they were', () => {
    expect(code('President of France')).toBe('FRAGOV');
    expect(code('the President of the Republic')).toBe('---GOV');
    expect(code('the Minister of Foreign Affairs')).toBe('---GOV');
  });
});
