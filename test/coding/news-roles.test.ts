import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { brief, code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('an object named by its owner in a modifier', () => {
  it('takes the demonym of "the American proposal" before a later phrase', () => {
    const ev = code("Sudan's government rejected the American proposal for a ceasefire with the rebels.");
    expect(ev.map(brief)).toEqual(['REJECT SDN>USA asserted']);
    expect(ev[0].rules).toContain('clause.object-modifier');
  });

  it("does not make the actor's own country its target", () => {
    const ev = code('Maduro closed Venezuela’s land borders with Brazil and Colombia.');
    expect(ev.every((e) => e.recipient?.country !== 'VEN')).toBe(true);
  });
});

describe('counterparts', () => {
  it('gives the counterpart the other country and the actor’s office', () => {
    const ev = code('The Kenyan president met his Ugandan counterpart in Kampala.');
    expect(codes(ev)).toEqual(['CONSULT KENGOV>UGAGOV']);
    expect(ev[0].rules).toContain('clause.counterpart-office');
  });

  it('does not lend the counterpart’s country to whoever met them', () => {
    const ev = code('The minister met his Chinese counterpart on Monday to discuss trade.');
    expect(codes(ev)).toEqual(['CONSULT ---GOV>CHNGOV']);
  });
});

describe("a state's own body named with a possessive", () => {
  it('is what "it" stands for in what the body said', () => {
    const ev = code("Pakistan's army said it killed 12 militants in a raid near the Afghan border.");
    expect(codes(ev)).toEqual(['ASSAULT PAKMIL>---REB']);
  });
});

describe('what protesters demand', () => {
  it('is their protest, not a request', () => {
    const ev = code('Protesters in Tbilisi demanded new elections after the disputed vote.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['PROTEST 141']);
    expect(ev[0].rules).toContain('clause.protesters-demand');
  });

  it('leaves a government’s demand a request', () => {
    const ev = code('The Kenyan government demanded new elections in Somalia.');
    expect(ev.map((e) => e.type)).toEqual(['REQUEST']);
  });
});

describe('a reduced passive with its agent', () => {
  it('makes the agent the actor and the group before it the target', () => {
    const ev = code('Nigerian troops rescued 20 schoolgirls kidnapped by gunmen in Zamfara.');
    const abduction = ev.find((e) => e.cameo === '181');
    expect(abduction?.actor.text).toBe('gunmen');
    expect(abduction?.recipient?.text).toBe('20 schoolgirls');
    expect(abduction?.rules).toContain('clause.reduced-passive');
  });
});

describe('a nominal event with its "of" phrase', () => {
  it('takes the "of" phrase as the target, with or without a light verb', () => {
    expect(codes(code("Russia's invasion of Ukraine began in February 2022."))).toEqual(['ASSAULT RUS>UKR']);
    expect(codes(code('China’s blockade of Taiwan alarmed Japan.'))).toEqual(['COERCE CHN>TWN']);
    const ev = code('Russia launched a full-scale invasion of Ukraine in 2022.');
    expect(codes(ev)).toEqual(['ASSAULT RUS>UKR']);
    expect(ev[0].rules).toContain('clause.nominal-of');
  });
});

describe('condemning an act done by someone', () => {
  it('targets who did it, not its victims', () => {
    const ev = code('The UN condemned the killing of civilians by government forces in Darfur.');
    expect(ev.map((e) => `${e.type} ${e.recipient?.text}`)).toEqual(['ACCUSE government forces']);
    expect(ev[0].rules).toContain('clause.accused-agent');
  });
});

describe('mutual acts of a compound subject', () => {
  it('makes each member the other’s counterpart', () => {
    const ev = code('Putin and Xi met in Beijing.');
    expect(codes(ev).sort()).toEqual(['CONSULT CHNGOV>RUSGOV', 'CONSULT RUSGOV>CHNGOV']);
    expect(ev[0].rules).toContain('clause.reciprocal');
    const signed = code('Armenia and Azerbaijan signed a peace agreement in Washington.');
    expect(codes(signed).sort()).toEqual(['SUPPORT ARM>AZE', 'SUPPORT AZE>ARM']);
  });

  it('leaves a joint act on a third party as it is', () => {
    const ev = code('Egypt and Qatar urged Israel and Hamas to accept the ceasefire proposal.');
    expect(ev.every((e) => e.recipient?.country === 'ISR' || e.recipient?.code === 'PSEREB')).toBe(true);
  });
});

describe('a body meeting on its own', () => {
  it('consults no one', () => {
    expect(code('The cabinet met on Monday to discuss the budget.')).toEqual([]);
    expect(code('The Security Council met in an emergency session on Gaza.')).toEqual([]);
  });

  it('still codes talks with someone named', () => {
    expect(
      code('The UN envoy held talks with the Sudanese army chief in Geneva.').map((e) => e.type),
    ).toEqual(['CONSULT']);
  });
});

describe('an act announced on a condition', () => {
  it('is a threat', () => {
    const ev = code(
      'The United States will impose sanctions on Venezuela unless Maduro releases political prisoners.',
    );
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.country}`)).toEqual(['THREATEN 1312 VEN']);
    expect(ev[0].rules).toContain('claim.conditional-threat');
  });

  it('leaves a plain announcement as it was', () => {
    const ev = code('The United States will impose sanctions on Venezuela next week.');
    expect(ev.map((e) => e.type)).not.toContain('THREATEN');
  });
});

describe('an arrest for a stated reason', () => {
  it('is coded as the accusation the reason states', () => {
    const ev = code('The journalist was arrested in Niger for collaborating with Boko Haram.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ACCUSE 1121']);
    expect(ev[0].rules).toContain('clause.arrested-for');
  });

  it('leaves an arrest with no reason an arrest', () => {
    expect(code('Two activists were detained on Monday in Minsk.').map((e) => e.cameo)).toEqual(['173']);
  });
});

describe('a nationality after "to"', () => {
  it('is read as the adjective it is, naming the target', () => {
    const ev = code('Israel is opposed to French mediation in the dispute with Lebanon.');
    expect(codes(ev)).toEqual(['REJECT ISR>FRA']);
  });
});

describe('an act someone is found guilty of', () => {
  it('is their act', () => {
    const ev = code('The Indian army was guilty of violating the ceasefire agreement 70 times.');
    expect(codes(ev)).toEqual(['ASSAULT INDMIL>-']);
    expect(ev[0].rules).toContain('clause.culpable-subject');
  });

  it('leaves other gerunds after a preposition uncoded', () => {
    expect(code('The talks focused on ending the fighting.').map((e) => e.type)).not.toContain('ASSAULT');
  });
});

describe('forces strengthened somewhere', () => {
  it('is a show of force aimed where the forces go', () => {
    const ev = code('The US has strengthened its forces in the Gulf.');
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.text}`)).toEqual(['MOBILIZE 154 the Gulf']);
    expect(ev[0].rules).toContain('clause.mobilized-where');
  });
});

describe('a fronted span of time', () => {
  it('is no actor; the subject after its comma is', () => {
    const ev = code(
      'Hours before the announcement, Taliban militants stormed an Afghan military base in Herat.',
    );
    expect(ev.map((e) => e.actor.text)).toEqual(['Taliban militants']);
    expect(
      code('Days after the election, police arrested the opposition leader.').map((e) => e.actor.text),
    ).toEqual(['police']);
  });
});

describe('a group named after a possessive pronoun', () => {
  it('belongs to the pronoun’s antecedent, not to the sentence’s other country', () => {
    const ev = code('Hamas said its fighters had attacked an Israeli tank.');
    expect(ev.map((e) => `${e.actor.code}>${e.recipient?.country}`)).toEqual(['PSEREB>ISR']);
    expect(ev[0].actor.rules ?? []).toContain('article.pronoun-owner');
  });
});

describe('an arrest with no one named', () => {
  it('is the state’s where it happened', () => {
    const ev = code('Two activists were detained on Monday in Belarus.');
    expect(ev.map((e) => `${e.type} ${e.actor.code}`)).toEqual(['COERCE BLR']);
    expect(ev[0].rules).toContain('actor.arresting-state');
  });
});

describe('a reported passive that opens with a count', () => {
  it('keeps the speaker out of the victims ("said at least 50 people had been killed")', () => {
    const ev = code(
      'The United Nations said at least 50 people had been killed in the attack on the market.',
    );
    expect(ev.map((e) => `${e.recipient?.text} ${e.claim}`)).toEqual(['50 people attributed']);
  });
});

describe('a definite description of a state body', () => {
  it('names the body the article already named, not the sentence’s other country', () => {
    const ev = code(
      "Mali's military government expelled the French ambassador on Thursday. The junta accused France of supporting jihadist groups in the north.",
    );
    const accusation = ev.find((e) => e.type === 'ACCUSE');
    expect(`${accusation?.actor.code}>${accusation?.recipient?.country}`).toBe('MLIGOV>FRA');
  });
});
