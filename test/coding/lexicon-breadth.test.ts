import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

const first = (text: string) => code(text)[0];

describe('common news wordings of cooperation', () => {
  it('reads an approved extradition as extradition', () => {
    const e = first(
      'A Spanish court approved the extradition of a Venezuelan former spy chief to the United States.',
    );
    expect(e?.cameo).toBe('063');
  });

  it('reads shared evidence as shared intelligence', () => {
    const e = first('Kenyan police shared evidence with their Ugandan counterparts on Monday.');
    expect(e?.cameo).toBe('064');
  });

  it('reads a lifted ban as eased restrictions and cut tariffs as eased sanctions', () => {
    expect(first('Ghana lifted a ban on poultry imports from Togo.')?.cameo).toBe('081');
    expect(first('Canada cut tariffs on Mexican steel.')?.cameo).toBe('085');
  });

  it('reads sent aid as aid, and returned paintings as returned property', () => {
    expect(first('Norway sent aid to Malawi after the floods.')?.type).toBe('AID');
    expect(first('France returned three paintings to the government of Benin.')?.cameo).toBe('0842');
  });

  it('does not read cut aid as easing', () => {
    expect(first('Sweden cut aid to Zambia over the scandal.')?.cameo).not.toBe('085');
  });
});

describe('a weighed or planned act told with a gerund', () => {
  it('is hypothetical after a verb of consideration', () => {
    const e = first('Peru is considering sending troops to the border with Ecuador.');
    expect(e?.claim).toBe('hypothetical');
  });
});

describe('statements that are not rejections', () => {
  it('reads "declined to comment" as no event', () => {
    const events = code('The Kenyan interior ministry declined to comment on the report.');
    expect(events.filter((e) => e.type === 'REJECT')).toEqual([]);
  });

  it('reads a rejected accusation as no rejection of the accuser', () => {
    const events = code('The Zambian government rejected accusations that it had jailed critics.');
    expect(events.filter((e) => e.type === 'REJECT')).toEqual([]);
  });

  it('still reads a rejected proposal as a rejection', () => {
    const [e] = code('Ghana rejected a proposal from Togo to reopen the border.');
    expect(e?.type).toBe('REJECT');
  });
});

describe('what is offered or promised sets the code', () => {
  it('reads an offer to mediate as intent to mediate', () => {
    const [e] = code('Qatar offered to mediate between Sudan and Chad.');
    expect(e?.cameo).toBe('039');
    expect(e?.rules).toContain('clause.intent-content');
  });

  it('reads a pledge to send aid as intent to give aid', () => {
    const [e] = code('Norway pledged to send aid to Malawi.');
    expect(e?.cameo).toBe('033');
  });
});

describe('an irregular past form read as a noun', () => {
  it('still completes a multi-word verb: "police shot dead"', () => {
    const events = code('Ugandan police shot dead three protesters in Kampala on Tuesday.');
    const kill = events.find((e) => e.type === 'ASSAULT');
    expect(kill?.actor.code).toBe('UGACOP');
    expect(kill?.recipient?.sector).toBe('CVL');
  });

  it('is the verb between a subject and its object: "soldiers shot two farmers"', () => {
    for (const text of [
      'Soldiers shot two farmers near Bunia on Friday.',
      'Police shot a student during the march in Nairobi.',
    ]) {
      const [e] = code(text);
      expect(e?.type, text).toBe('ASSAULT');
      expect(e?.rules, text).toContain('assault.shoot');
    }
  });

  it('stays a noun after "a" and a noun: "a warning shot"', () => {
    const events = code('Guards fired a warning shot the day before the talks.');
    expect(events.some((e) => e.rules.includes('assault.shoot'))).toBe(false);
  });
});

describe('a participle the tagger read as an adjective', () => {
  it('is the verb between a subject and an object', () => {
    const [e] = code('Kenyan police on Monday apprehended a Somali smuggler.');
    expect(e?.cameo).toBe('173');
  });

  it('is the verb after "be" before an object', () => {
    const events = code('Ukrainian drones are striking Russian refineries near the border.');
    expect(events.some((e) => e.type === 'ASSAULT' && e.actor.country === 'UKR')).toBe(true);
  });

  it('stays an adjective after a determiner', () => {
    const events = code('An armed man was seen near the embassy.');
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
});

describe('nominal events behind modifiers and hyphens', () => {
  it('reads "carried out apparently coordinated attacks" as attacks', () => {
    const events = code('Militants carried out apparently coordinated attacks on police posts in Kenya.');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(true);
  });

  it('reads a hyphenated "cyber-attacks" as cyberattacks', () => {
    const [e] = code('Russia launched cyber-attacks on Estonian banks.');
    expect(e?.mode).toBe('cyber');
  });
});

describe('warnings and deadlines', () => {
  it('reads a warning given to a leader as a threat', () => {
    const [e] = code('Macron gave Russian President Vladimir Putin a stern warning over Ukraine.');
    expect(e?.type).toBe('THREATEN');
  });

  it('reads a deadline set for someone as an ultimatum', () => {
    const [e] = code('The African Union set a 15-day deadline for the junta to restore civilian rule.');
    expect(e?.cameo).toBe('139');
  });

  it('gives no event for a weather warning', () => {
    expect(code('The national weather service issued a warning for heavy rain across Ghana.')).toEqual([]);
  });
});

describe('agreeing with a view', () => {
  it('is a statement, not an agreement to act', () => {
    const events = code('Ghanaian officials said they agree with the recommendation of the auditors.');
    expect(events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('still reads an agreement to act as one', () => {
    const [e] = code('Sudan agreed with Chad to reopen the border.');
    expect(e?.type).toBe('AGREE');
  });
});

describe('appeals and demands', () => {
  it('codes "called for" as an appeal and "demanded" as a demand', () => {
    const [appeal] = code('Kenyan bishops called for the release of the detained activists.');
    const [demand] = code('Kenyan bishops demanded the release of the detained activists.');
    expect(appeal?.cameo).toBe('0253');
    expect(demand?.cameo).toBe('1053');
    expect(appeal?.type).toBe('REQUEST');
  });
});

describe('tags the coder repairs', () => {
  it('reads an adjective heading its phrase before the verb as the noun: "the U.S. military bombed"', () => {
    const [e] = code('The U.S. military bombed rebel positions near the border.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.actor?.text).toBe('The U.S. military');
    expect(e?.actor?.code).toBe('USAMIL');
  });

  it('reads a plural noun tagged as a verb before a past verb as its subject: "when rebels attacked"', () => {
    const ev = code('Police said the convoy was stopped when bandits attacked it on the highway.');
    expect(ev.some((e) => e.actor?.text === 'bandits' || e.rules.includes('clause.cause-agent'))).toBe(true);
  });
});

describe('strike and storm', () => {
  it('reads "struck targets" as an attack and "teachers struck" as a labour strike', () => {
    const [raid] = code('Ruritanian jets struck targets in northern Freedonia overnight.');
    expect(raid?.type).toBe('ASSAULT');
    const [walkout] = code('Nurses struck for better pay in Lagos on Monday.');
    expect(walkout?.type).toBe('PROTEST');
    expect(walkout?.rules).toContain('clause.labour-strike');
  });

  it('reads a goal met as no attack: "hit its inflation target"', () => {
    expect(code('The central bank of Kenya hit its inflation target last year.')).toEqual([]);
  });

  it('reads a crowd storming a building as a violent protest, and a crowd killing as an assault', () => {
    const [riot] = code('Protesters stormed the parliament building in Kampala on Tuesday.');
    expect(riot?.type).toBe('PROTEST');
    expect(riot?.mode).toBe('riot');
    expect(riot?.cameo).toBe('145');
    const [killing] = code('Rioters killed a police officer in Kampala on Tuesday.');
    expect(killing?.type).toBe('ASSAULT');
  });
});

describe('force used on a crowd', () => {
  it('reads police using live fire or tear gas against protesters as repression (CAMEO 175)', () => {
    const [e] = code('Police used live ammunition against protesters in Maputo on Thursday.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.cameo).toBe('175');
    expect(e?.recipient?.text).toBe('protesters');
    const [gas] = code('Riot police used water cannon against students in Belgrade.');
    expect(gas?.mode).toBe('crowd-control');
  });

  it('codes a denied use of force as denied', () => {
    const ev = code('The interior ministry denied that police had used live ammunition against protesters.');
    expect(ev.find((e) => e.cameo === '175')?.claim).toBe('denied');
  });

  it('reads a regular past form the tagger took for a noun as the verb: "armed men abducted"', () => {
    const [e] = code('Armed men abducted a local official in Katsina state on Sunday.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.rules).toContain('assault.abduct');
  });
});

describe('senses that are no event', () => {
  it('reads "called the protests treasonous" as naming them, not calling a protest', () => {
    const ev = code('President Ruto called the protests treasonous on Tuesday.');
    expect(ev.some((e) => e.type === 'PROTEST')).toBe(false);
    const [strike] = code('The teachers union called a national strike for Monday.');
    expect(strike?.type).toBe('PROTEST');
  });

  it('reads a legal appeal or plea as no appeal to anyone', () => {
    expect(code('The former minister appealed the verdict on Friday.')).toEqual([]);
    expect(code('The senator pleaded not guilty to all charges.')).toEqual([]);
    const [plea] = code('The UN appealed for calm in the capital on Friday.');
    expect(plea?.type).toBe('REQUEST');
  });

  it('reads a crowd setting a building on fire as a riot', () => {
    const [e] = code('Demonstrators set part of the town hall on fire in Kisumu.');
    expect(e?.type).toBe('PROTEST');
    expect(e?.mode).toBe('riot');
  });
});

describe('warrants, hostages and arms', () => {
  it('reads an arrest warrant issued for someone as legal action against them', () => {
    const [e] = code('The court issued an arrest warrant for the former Peruvian president on Monday.');
    expect(e?.cameo).toBe('173');
    expect(e?.recipient?.country).toBe('PER');
  });

  it('reads "took its crew hostage" as an abduction and "took part in hostage talks" as none', () => {
    const ev = code('Pirates boarded a tanker off Somalia and took its crew hostage.');
    expect(ev.some((e) => e.cameo === '181')).toBe(true);
    expect(code('Qatar took part in talks on a hostage release.').some((e) => e.cameo === '181')).toBe(false);
  });

  it('reads air defence systems sent to a country as military aid', () => {
    const [e] = code('Germany sent two air defence systems to Ukraine last week.');
    expect(e?.type).toBe('AID');
    expect(e?.recipient?.country).toBe('UKR');
  });
});

describe('more senses', () => {
  it('reads fire exchanged as a clash, not a prisoner exchange', () => {
    const ev = code('Indian and Chinese troops exchanged fire on the border, wounding three soldiers.');
    expect(ev.every((e) => e.type === 'ASSAULT')).toBe(true);
  });

  it('reads frozen assets as a sanction and an approved loan as aid', () => {
    const [freeze] = code('The US Treasury froze the assets of three Iranian companies.');
    expect(freeze?.type).toBe('SANCTION');
    const [loan] = code('The IMF approved a $3 billion loan to Pakistan.');
    expect(loan?.type).toBe('AID');
    expect(loan?.recipient?.country).toBe('PAK');
  });

  it("reads a protest by a crowd of a people as a protest, not a state's complaint", () => {
    const [e] = code('Thousands of Serbs protested in Belgrade against the government.');
    expect(e?.type).toBe('PROTEST');
  });
});

describe('impeachment', () => {
  it('reads a parliament impeaching an official as formal charges against them', () => {
    const [e] = code("Peru's congress impeached the president on Thursday.");
    expect(e?.type).toBe('ACCUSE');
    expect(e?.actor?.sector).toBe('LEG');
  });
});

describe('water cannon and regional peoples', () => {
  it('reads water cannon fired at a boat as force used on it', () => {
    const [e] = code('Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.');
    expect(e?.cameo).toBe('175');
    expect(e?.recipient?.country).toBe('VNM');
  });

  it('reads "Tigrayan forces" as Ethiopian whatever city the talks are in', () => {
    const ev = code('The Ethiopian government signed a peace deal with Tigrayan forces in Nairobi.');
    expect(ev.some((e) => e.recipient?.text === 'Tigrayan forces' && e.recipient.country === 'ETH')).toBe(
      true,
    );
  });
});
