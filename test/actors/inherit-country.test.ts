import { describe, expect, it } from 'vitest';
import { actorStage } from '../../src/actors/resolve-stage.js';
import { resolveActorList, resolveActorText } from '../../src/actors/resolve-text.js';
import { getLogger } from '../../src/core/logger.js';
import { plainArticle } from '../../src/core/plain-article.js';
import type { AnalyzedArticle } from '../../src/core/records.js';
import { analyzeArticle } from '../../src/text/analyze-stage.js';

const ctx = { log: getLogger('silent') };

/** Runs the real text stage and the actor stage on sentences written for these tests. */
function run(text: string, published = '2024-06-01'): AnalyzedArticle {
  const a = analyzeArticle(plainArticle(text, { id: 't', published, origin: 'test' }));
  return actorStage.run(a, ctx);
}

/** Codes of the mentions whose text ends with a word. */
function codesOf(a: AnalyzedArticle, word: string): string[] {
  const found = a.mentions.filter((m) => m.text === word || m.text.endsWith(` ${word}`));
  if (!found.length) throw new Error(`no mention "${word}": ${a.mentions.map((m) => m.text).join(' | ')}`);
  return [...new Set(found.map((m) => m.actor?.code ?? '-'))];
}

const code = (text: string, context: string | null = null, date: string | null = null) =>
  resolveActorText({ text, context, date }).code;

describe('sector-only actors inherit a country (resolveActorList with a context)', () => {
  it('takes the place the context sentence locates events in', () => {
    expect(
      code('dozens of villagers', 'Gunmen shot dozens of villagers in a market in Peru on Friday.'),
    ).toBe('PERCVL');
    expect(code('the refugees', 'Aid agencies said the refugees were sheltering near Nairobi.')).toBe(
      'KENREF',
    );
  });

  it('else takes the one country the context names', () => {
    expect(code('the opposition newspaper', "Chile's government closed the opposition newspaper.")).toBe(
      'CHLMED',
    );
  });

  it('does not guess when the context names several countries and no place', () => {
    expect(code('the rebels', 'Ghana and Togo condemned the rebels.')).toBe('---REB');
  });

  it('does not take an international body for a country', () => {
    expect(code('the rebels', 'The United Nations condemned the rebels.')).toBe('---REB');
  });

  it('keeps the phrase’s own country over the context', () => {
    expect(code('Peruvian rebels', 'Peruvian rebels fought troops in Bolivia.')).toBe('PERREB');
  });
});

describe('ethnic groups, opinions and foreign-sounding portfolios', () => {
  it('reads "ethnic X" as a people living where the sentence places them', () => {
    expect(code('ethnic Greeks', 'Police arrested ten ethnic Greeks in southern Albania on Monday.')).toBe(
      'ALBCVL',
    );
    expect(resolveActorText({ text: 'ethnic Greeks' }).country).toBeNull();
    expect(code('ethnic Greeks in Albania')).toBe('ALBCVL');
    // without "ethnic" the demonym still names its country
    expect(code('Greek fishermen')).toBe('GRCCVL');
  });

  it('does not take the country of an anti- or pro- prefix for the owner', () => {
    expect(resolveActorText({ text: 'an anti-Iran cleric' }).country).toBeNull();
    expect(code('an Iranian cleric')).toBe('IRNREL');
  });

  it('reads "Labour Minister" after another country’s demonym as a portfolio, not a foreign party', () => {
    expect(code('Polish Labour Minister Jan Nowak')).toBe('POLGOV');
    expect(code('British Labour Minister')).toBe('GBRPTY');
  });

  it('prefers a country over a person sharing its name as a surname', () => {
    expect(resolveActorText({ text: "Jordan's foreign minister", date: '2024-01-01' }).country).toBe('JOR');
    expect(resolveActorText({ text: 'Montenegro', date: '2025-01-01' }).code).toBe('MNE');
  });

  it('does not read a surname as a known person when the given name differs', () => {
    const r = resolveActorText({ text: 'Prime Minister Rahul Chaudhry', date: '2020-01-01' });
    expect(r.entityId).toBeUndefined();
    expect(r.sector).toBe('GOV');
  });

  it('keeps the organisation type in the code of international armed groups and NGOs', () => {
    expect(code('al-Qaeda commanders')).toMatch(/^IMG/);
    expect(code('Amnesty International')).toBe('IGOHRI');
    expect(resolveActorText({ text: 'Amnesty International' }).sector).toBe('NGO');
    expect(resolveActorText({ text: 'Amnesty International' }).country).toBeNull();
  });

  it('knows older names and offices', () => {
    expect(code('Kampuchean troops')).toBe('KHMMIL');
    expect(code('the European Community')).toMatch(/^IGO/);
    expect(code('the Bush administration', null, '1991-06-01')).toBe('USAGOV');
    expect(code('President Suharto', null, '1990-01-01')).toBe('IDNGOV');
    expect(resolveActorList({ text: 'Archbishop Desmond Tutu', date: '1990-01-01' })[0].country).toBe('ZAF');
  });
});

describe('actor stage: country for sector-only mentions from the sentence', () => {
  it('takes a modifier that the text stage split off the head noun', () => {
    const a = run('The Peruvian rebels said they would free the hostages.');
    expect(codesOf(a, 'rebels')).toEqual(['PERREB']);
    // the pronoun follows its antecedent
    const they = a.mentions.find((m) => m.text === 'they');
    if (they?.actor) expect(they.actor.code).toBe('PERREB');
  });

  it('takes an owning complement after the mention, also after a participle', () => {
    const a = run('Rebels in Chad blocked the main road on Tuesday.');
    expect(codesOf(a, 'Rebels')).toEqual(['TCDREB']);
    // the phrase's own place wins over the sentence's first place (Accra)
    const b = run('At talks in Accra on Monday, guerrillas operating in Niger signed the accord.');
    expect(codesOf(b, 'guerrillas')).toEqual(['NERREB']);
  });

  it('reads "ethnic" before a demonym the language stage split off as a people placed by the sentence', () => {
    const a = run('About 300 ethnic Uzbeks staged a sit-in in Bishkek on Monday.');
    const m = a.mentions.find((x) => /Uzbeks$/.test(x.text));
    expect(m?.actor?.country).toBe('KGZ');
  });

  it('reads an unknown person from the apposition after the name, and the pronoun follows', () => {
    const a = run('Maria Quispe, a Bolivian farmer, said she had lost her land.');
    expect(codesOf(a, 'Quispe')).toEqual(['BOLAGR']);
    expect(a.mentions.find((m) => m.text === 'she')?.actor?.code).toBe('BOLAGR');
  });

  it('does not give civilians the country of the only other actor', () => {
    const a = run('Venezuelan troops fired on civilians, witnesses said.');
    expect(codesOf(a, 'civilians')[0]).not.toBe('VENCVL');
  });
});
