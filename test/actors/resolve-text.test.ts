import { describe, expect, it } from 'vitest';
import {
  resolveActorList,
  resolveActorListWithUse,
  resolveActorText,
  sameContextUse,
} from '../../src/actors/resolve-text.js';

const code = (text: string, date: string | null = null, context: string | null = null) =>
  resolveActorText({ text, date, context }).code;

describe('time-bounded roles', () => {
  it('reads the same name differently in 2015 and 2025', () => {
    expect(code('Marco Rubio', '2015-06-01')).toBe('USALEG');
    expect(code('Marco Rubio', '2025-06-01')).toBe('USAGOV');
    expect(code('Gustavo Petro', '2015-06-01')).toBe('COLGOV'); // mayor of Bogota then
    expect(code('Gustavo Petro', '2017-06-01')).toBe('COLOPP');
    expect(code('Gustavo Petro', '2025-12-03')).toBe('COLGOV');
  });

  it('codes a former office holder as elite (ELI) once every role has ended', () => {
    expect(code('Angela Merkel', '2017-04-01')).toBe('DEUGOV');
    expect(code('Angela Merkel', '2023-04-01')).toBe('DEUELI');
    const gap = resolveActorText({ text: 'Donald Trump', date: '2022-03-01' });
    expect(gap.sector).toBe('ELI');
    expect(gap.rules).toContain('kb.former-official');
    expect(code('Donald Trump', '2019-03-01')).toBe('USAGOV');
  });

  it('follows an organisation whose role changed: the Taliban before and after August 2021', () => {
    expect(code('the Taliban', '2015-01-01')).toBe('AFGREB');
    expect(code('the Taliban', '2023-01-01')).toBe('AFGGOV');
  });

  it('lets the word "former" override an active role', () => {
    expect(code('former Defense Secretary Lloyd Austin', '2023-01-01')).toBe('USAELI');
    expect(code('a former CIA official')).toBe('USAELI');
  });

  it('uses a title in the text when the knowledge base has no role for the day', () => {
    expect(code('US Senator Marco Rubio')).toBe('USALEG');
    expect(resolveActorText({ text: 'Defense Secretary Pete Hegseth', date: '2025-12-03' }).entityId).toBe(
      'person.usa.pete-hegseth',
    );
  });
});

describe('countries, demonyms and metonyms', () => {
  it('reads names, short forms and demonyms', () => {
    expect(code('the U.S.')).toBe('USA');
    expect(code('the States')).toBe('USA');
    expect(code('Britain')).toBe('GBR');
    expect(code('Venezuela')).toBe('VEN');
    expect(code('ordinary Kazakhs')).toBe('KAZCVL');
    expect(code('Saudi officials')).toBe('SAUGOV');
    expect(code('Colombian nationals')).toBe('COLCVL');
    expect(code('Palestinians')).toBe('PSE');
    // plurals of demonyms in -man: "Germans", but "Englishmen" and "Frenchwomen"
    expect(code('two Germans')).toBe('DEU');
    expect(code('three Englishmen')).toBe('GBR');
    expect(code('Frenchwomen')).toBe('FRA');
  });

  it('keeps lower-case "us" a pronoun and "Latin America" no country', () => {
    expect(resolveActorText({ text: 'us' }).country).toBeNull();
    expect(resolveActorText({ text: 'Latin America' }).country).toBeNull();
    expect(resolveActorText({ text: 'South American nations' }).country).toBeNull();
  });

  it('reads capitals and seats as the government, the Pentagon as the military', () => {
    expect(code('Bogota')).toBe('COLGOV');
    expect(code('Washington')).toBe('USAGOV');
    expect(code('the White House')).toBe('USAGOV');
    expect(code('the Kremlin')).toBe('RUSGOV');
    expect(code('Downing Street')).toBe('GBRGOV');
    expect(code('Beijing')).toBe('CHNGOV');
    expect(code('Miraflores')).toBe('VENGOV');
    expect(code('the Pentagon')).toBe('USAMIL');
  });

  it('gives a city and an institution of it the city country', () => {
    expect(code('Kyiv police')).toBe('UKRCOP');
    expect(code('Shanghai police')).toBe('CHNCOP');
    expect(code('Mariupol')).toBe('UKRCVL');
  });
});

describe('sector words', () => {
  it('maps titles, institutions and group nouns', () => {
    expect(code('Armenian Prime Minister')).toBe('ARMGOV');
    expect(code('Colombian Foreign Ministry')).toBe('COLGOV');
    expect(code('lawmakers')).toBe('---LEG');
    expect(code('Slovak soldiers')).toBe('SVKMIL');
    expect(code('the Namibian Defence Force')).toBe('NAMMIL');
    // "head" and "chief" before "of" are the person at the top of what follows; alone, nobody
    expect(code('the chief of the Gabonese police')).toBe('GABCOP');
    expect(code('head of the navy')).toBe('---MIL');
    expect(code('the head')).toBe('---');
    expect(code('those of the army')).toBe('---');
    expect(code('the navy chief')).toBe('---MIL');
    expect(code('Katyusha rockets')).toBe('---MIL');
    expect(code('narco-terrorists')).toBe('---CRM');
    expect(code('fishermen')).toBe('---CVL');
    expect(code('Senate hopeful')).toBe('---PTY');
    expect(code('military officials')).toBe('---MIL');
    expect(code('antiwar protesters')).toBe('---OPP');
    expect(code('Russia’s ambassador to Poland')).toBe('RUSGOV');
  });

  it('resolves an unknown name through its country-bearing title', () => {
    const r = resolveActorText({ text: 'Venezuelan Interior Minister Juan Perez Gomez', date: '2025-01-01' });
    expect(r.code).toBe('VENGOV');
    expect(r.entityId).toBeUndefined();
  });

  it('says UNK for a noun that names no sector and leaves a bare unknown name unresolved', () => {
    expect(resolveActorText({ text: 'Syrian island' }).sector).toBe('UNK');
    expect(resolveActorText({ text: 'he' }).sector).toBe('UNK');
    expect(code('Zzyzx Qwerty')).toBe('---');
  });
});

describe('organisations and groups', () => {
  it('codes IGOs with their organisation as country', () => {
    expect(resolveActorText({ text: 'the United Nations' })).toMatchObject({
      code: 'IGOUNO',
      country: 'UNO',
    });
    expect(resolveActorText({ text: 'International Court of Justice' })).toMatchObject({
      country: 'UNO',
      sector: 'JUD',
    });
    expect(resolveActorText({ text: 'the EU legislature' })).toMatchObject({ country: 'EUR', sector: 'LEG' });
    expect(resolveActorText({ text: 'Red Cross' })).toMatchObject({ country: null, sector: 'NGO' });
    expect(code('NATO')).toBe('IGONAT');
    expect(code('OAS')).toBe('IGOOAS');
  });

  it('codes armed and criminal groups', () => {
    expect(code('FARC')).toBe('COLREB');
    expect(code('the ELN')).toBe('COLREB');
    expect(code('Clan del Golfo')).toBe('COLCRM');
    expect(code('Tren de Aragua')).toBe('VENCRM');
    expect(code('the Sinaloa cartel')).toBe('MEXCRM');
    expect(code('Hamas')).toBe('PSEREB');
    expect(code('Hezbollah')).toBe('LBNREB');
    expect(code('the Houthis')).toBe('YEMREB');
    expect(code('al-Shabaab')).toBe('SOMREB');
    expect(code('Boko Haram gunmen')).toBe('NGAREB');
    expect(code('the Saudi National Guard')).toBe('SAUMIL');
  });

  it('gives a person’s institution the person’s country', () => {
    expect(code('the Trump administration', '2025-12-03')).toBe('USAGOV');
    expect(code('the Maduro government', '2025-12-03')).toBe('VENGOV');
  });
});

describe('compound actors', () => {
  it('returns every actor of a conjunction and the first from resolveActorText', () => {
    expect(resolveActorList({ text: 'Venezuela and Colombia' }).map((r) => r.code)).toEqual(['VEN', 'COL']);
    expect(code('Venezuela and Colombia')).toBe('VEN');
  });

  it('shares the head noun: "US and British activists"', () => {
    expect(resolveActorList({ text: 'US and British activists' }).map((r) => r.code)).toEqual([
      'USAHRI',
      'GBRHRI',
    ]);
  });

  it('keeps names with "and" whole and does not split on a bare noun', () => {
    expect(resolveActorList({ text: 'Bosnia and Herzegovina' }).map((r) => r.code)).toEqual(['BIH']);
    expect(resolveActorList({ text: 'police and soldiers' })).toHaveLength(1);
  });

  it('reads "the two countries" from the context', () => {
    const refs = resolveActorList({
      text: 'the two countries',
      context: 'Venezuela and Colombia condemned the strikes.',
    });
    expect(refs.map((r) => r.country)).toEqual(['VEN', 'COL']);
  });
});

describe('what a resolution reads of its context', () => {
  it('records nothing for a phrase that names its own actor', () => {
    const { refs, use } = resolveActorListWithUse({
      text: 'Venezuela',
      context: 'Clashes broke out in Peru.',
    });
    expect(refs.map((r) => r.code)).toEqual(['VEN']);
    expect(use).toEqual({});
    expect(sameContextUse(use, 'Chile protested on Monday.')).toBe(true);
  });

  it('records the places and countries a bare group took its country from', () => {
    const inPeru = resolveActorListWithUse({
      text: 'the rebels',
      context: 'Clashes broke out in Peru on Monday.',
    });
    expect(inPeru.refs.map((r) => r.code)).toEqual(['PERREB']);
    expect(inPeru.use.places).toEqual(['PER']);
    // another sentence that places things in the same country gives the same answer
    expect(sameContextUse(inPeru.use, 'Fighting went on in Peru for a week.')).toBe(true);
    expect(sameContextUse(inPeru.use, 'Clashes broke out in Chile on Monday.')).toBe(false);
    const inChile = resolveActorList({
      text: 'the rebels',
      context: 'Clashes broke out in Chile on Monday.',
    });
    expect(inChile.map((r) => r.code)).toEqual(['CHLREB']);
  });

  it('records the countries a group reference was read from', () => {
    const { use } = resolveActorListWithUse({
      text: 'the two countries',
      context: 'Venezuela and Colombia condemned the strikes.',
    });
    expect(use.countries).toEqual(['VEN', 'COL']);
    expect(sameContextUse(use, 'Colombia and Venezuela condemned the strikes.')).toBe(false);
  });
});

describe('names that are common words', () => {
  it('reads "the union" as a trade union, not a party named "The Union", even after a capital "The"', () => {
    expect(code('The union')).toBe('---LAB');
    expect(code('the union')).toBe('---LAB');
  });
});

describe('crowds and titles', () => {
  it('reads a crowd of a people as civilians and a few nationals as their country', () => {
    expect(code('Thousands of Kenyans')).toBe('KENCVL');
    expect(code('two Canadians')).toBe('CAN');
  });

  it('reads "the Pope" as the pope of the day, not as clergy of the sentence\'s country', () => {
    const r = resolveActorText({
      text: 'The Pope',
      date: '2025-10-01',
      context: 'The Pope called for peace in Sudan.',
    });
    expect(r.code).toBe('---REL');
    expect(r.entityId).toBe('person.xxx.pope-leo-xiv');
  });
});

describe('towns by their English names', () => {
  it('reads towns GeoNames spells otherwise or lacks', () => {
    expect(code('Geneva')).toBe('CHECVL');
    expect(code('Khan Younis')).toBe('PSECVL');
    expect(code('Fallujah')).toBe('IRQCVL');
  });
});
