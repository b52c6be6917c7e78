import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roleAt } from '../../src/actors/knowledge.js';
import { buildKb } from '../../src/kb-build/build-kb.js';
import { builtKbProblems } from '../../src/kb-build/encode-kb.js';
import { entitiesOf } from '../../src/knowledge/built-index.js';

// A small copy of each source's format, with people and groups invented for this test.
const root = mkdtempSync(join(tmpdir(), 'lapwing-kb-'));
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
put(
  'every-politician-scrapers/holders21_all.csv',
  [
    'repo,jurisdiction,position,person,personID,start,end',
    'estonia-ministers,Estonia,Member of the Riigikogu,Liis Tammekivi,Q90000001,2015-03-30,2019-06-01',
    'estonia-ministers,Estonia,Prime Minister,Liis Tammekivi,Q90000001,2019-06-02,',
    'estonia-ministers,Estonia,Chief of the Defence Forces,Rein Kaasik,Q90000002,2018-12-05,2021-12-04',
    'estonia-ministers,Estonia,First Lady,Mari Kaasik,Q90000003,2018-12-05,2021-12-04',
    'x,Atlantis,President,Nobody Known,Q90000004,2001,2002',
  ].join('\n'),
);
put(
  'every-politician-scrapers/legislators_all.csv',
  [
    'repo,jurisdiction,position,person,personID,start,end',
    // a seat won while prime minister: the office wins while it runs
    'estonia-ministers,Estonia,Member of the Riigikogu,Liis Tammekivi,Q90000001,2023-03-20,',
    // a general who later sits in a regional assembly
    'estonia-ministers,Estonia,Member of the Tartu County Assembly,Rein Kaasik,Q90000002,2022-01-10,',
    // someone known only as a member since 2000 is a person of the knowledge base; one who left
    // before 2000, a one-word name and a seat outside any country stay out
    'estonia-ministers,Estonia,Member of the Riigikogu,Tiit Pajumaa,Q90000005,2019-03-04,',
    'estonia-ministers,Estonia,Member of the Riigikogu,Ants Vanamees,Q90000006,1992-10-05,1995-03-20',
    'estonia-ministers,Estonia,Member of the Riigikogu,Kuldar,Q90000007,2019-03-04,',
    'world,,Representative of the Parliamentary Assembly of the Council of Europe,Rein Kaasik,Q90000002,2010,2012',
  ].join('\n'),
);
put(
  'petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt',
  '# test\nESTONIA_ [EST]\n+TALLINN_\nLIIS_TAMMEKIVI_\n\t[ESTELI 800101-150329]\n\t[ESTLEG 150330-190601]\nTARTU_RIVER_GUARD_ [ESTMIL]\nHASSO_ [ESTGOV 100101-120101]\n',
);
put(
  'petrarch2/petrarch2/data/dictionaries/Phoenix.International.actors.txt',
  'BALTIC_FISH_COUNCIL_ [IGOBFC]\n',
);
put(
  'petrarch2/petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt',
  'NORTHERN_PINE_FRONT_ [ESTREB]\nBAD_LINE_ [ESTREB 1999-2003]\n',
);
put(
  'ucdp-actor/data/ucdp_ged/ucdp-actor-221.csv',
  '\ufeffActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,Org,Location\n' +
    '9001,LPF,Lake Peipus Front,n/a,Lake Peipus Front,1,"Estonia, Latvia"\n' +
    '9002,Setos,Setos,n/a,Setos,3,Estonia\n',
);
put(
  'partyfactsdata/import/elecglob/partyfacts-core-parties.csv',
  'country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last\n' +
    'EST,99001,,RLE,Rohelise Liidu Erakond,Green Union Party / Greens,,2004,\n' +
    'EST,99002,,OLD,Vana Partei,Old Party,,1920,1938\n',
);
put(
  'congress-legislators/legislators-current.yaml',
  '- id: {bioguide: Z000001, wikidata: Q90000009}\n  name: {first: Dana, last: Whitcombe}\n  terms:\n  - {type: rep, start: "2019-01-03", end: "2021-01-03"}\n  - {type: sen, start: "2021-01-03", end: "2027-01-03"}\n',
);
put(
  'congress-legislators/executive.yaml',
  '- id: {bioguide: Z000002}\n  name: {first: Ames, last: Corlett}\n  terms:\n  - {type: viceprez, start: "2013-01-20", end: "2017-01-20"}\n',
);
put(
  'ifg-ministers-database/data/person.csv',
  'id,name,display_name\np1,Rhoswen Tally,Rhoswen Tally\np1,Baroness Tally,Baroness Tally\n',
);
put('ifg-ministers-database/data/post.csv', 'id,name\npost1,Minister for Fisheries\n');
put(
  'ifg-ministers-database/data/appointment.csv',
  'id,person_id,post_id,start_date,end_date\na1,p1,post1,2016-07-14,2019-07-24\n',
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run build:kb', () => {
  const { file, report } = buildKb(root);
  const entities = entitiesOf(file);
  const byName = (n: string) => entities.find((e) => e.names.includes(n));

  it('writes a file its schema accepts, the same bytes on every run, with each source and licence', () => {
    expect(builtKbProblems(file)).toEqual([]);
    expect(JSON.stringify(buildKb(root).file)).toBe(JSON.stringify(file));
    expect(file.sources.map((s) => s.id)).toEqual([
      'wikidata-holders',
      'phoenix',
      'ucdp-actor',
      'party-facts',
      'us-congress',
      'ifg-ministers',
    ]);
    expect(file.sources.every((s) => s.licence.length > 0)).toBe(true);
  });

  it('reads Wikidata holders: sectors from the position table, dated roles, one person per QID', () => {
    const liis = byName('Liis Tammekivi')!;
    expect(liis.id).toBe('person.kb.est.liis-tammekivi');
    // Merged with the Phoenix entry of the same name and country: its ELI years are dropped and
    // its legislature term is the one Wikidata has.
    expect(liis.roles.map((r) => [r.code, r.from, r.to, r.source])).toEqual([
      ['ESTLEG', '2015-03-30', '2019-06-01', 'wikidata-holders'],
      ['ESTGOV', '2019-06-02', undefined, 'wikidata-holders'],
      ['ESTLEG', '2023-03-20', undefined, 'wikidata-holders'],
    ]);
    expect(byName('Rein Kaasik')!.roles[0].code).toBe('ESTMIL');
    expect(byName('Mari Kaasik')).toBeUndefined();
    expect(byName('Nobody Known')).toBeUndefined();
    expect(report.join('\n')).toMatch(/jurisdiction not a country: Atlantis/);
  });

  it('the same person before and after an election: the role valid on the day wins', () => {
    const liis = byName('Liis Tammekivi')!;
    expect(roleAt(liis, '2017-05-01').role.code).toBe('ESTLEG');
    expect(roleAt(liis, '2020-05-01').role.code).toBe('ESTGOV');
    expect(roleAt(liis, '2024-05-01').role.code).toBe('ESTGOV');
    expect(roleAt(liis, null).role.code).toBe('ESTGOV');
  });

  it('adds legislature seats: a former general still in an assembly is a legislator, a member a person', () => {
    const rein = byName('Rein Kaasik')!;
    expect(roleAt(rein, '2020-01-01').role.code).toBe('ESTMIL');
    expect(roleAt(rein, '2023-01-01')).toMatchObject({ how: 'active', role: { code: 'ESTLEG' } });
    expect(rein.roles.map((r) => r.code)).toEqual(['ESTMIL', 'ESTLEG']);
    expect(byName('Tiit Pajumaa')!.roles).toEqual([
      { code: 'ESTLEG', from: '2019-03-04', source: 'wikidata-holders' },
    ]);
    expect(byName('Ants Vanamees')).toBeUndefined();
    expect(byName('Kuldar')).toBeUndefined();
    expect(report.join('\n')).toMatch(/legislature seat outside a country/);
    expect(report.join('\n')).toMatch(/member with a one-word name/);
  });

  it('a seat in parliament yields to an office held at the same time, whichever began last', () => {
    const minister = {
      id: 'person.test.minister',
      names: ['Mart Saarepuu'],
      roles: [
        { code: 'ESTGOV', from: '2019-07-01', to: '2022-09-01' },
        { code: 'ESTLEG', from: '2019-12-12' },
      ],
    };
    expect(roleAt(minister, '2021-01-01').role.code).toBe('ESTGOV');
    expect(roleAt(minister, null).role.code).toBe('ESTGOV');
    expect(roleAt(minister, '2023-01-01').role.code).toBe('ESTLEG');
  });

  it('reads Phoenix organisations and armed groups, leaves out country names, one-word persons and bad lines', () => {
    expect(byName('Tartu River Guard')!.roles[0].code).toBe('ESTMIL');
    expect(byName('Baltic Fish Council')!.roles[0].code).toBe('IGOBFC');
    expect(byName('Northern Pine Front')!.roles[0].code).toBe('ESTREB');
    expect(byName('Estonia')).toBeUndefined();
    expect(byName('Hasso')).toBeUndefined();
    expect(byName('Bad Line')).toBeUndefined();
  });

  it('reads UCDP armed groups, Party Facts parties, US Congress and UK ministers', () => {
    expect(byName('Lake Peipus Front')!.roles[0]).toMatchObject({ code: 'ESTREB', source: 'ucdp-actor' });
    expect(byName('Setos')).toBeUndefined();
    const green = byName('Green Union Party')!;
    expect(green.short).toEqual(['RLE']);
    expect(green.roles[0]).toMatchObject({ code: 'ESTPTY', from: '2004' });
    expect(byName('Old Party')).toBeUndefined();
    expect(byName('Dana Whitcombe')!.roles.map((r) => r.code)).toEqual(['USALEG', 'USALEG']);
    expect(byName('Ames Corlett')!.roles[0]).toMatchObject({ code: 'USAGOV', from: '2013-01-20' });
    const tally = byName('Rhoswen Tally')!;
    expect(tally.names).toEqual(['Rhoswen Tally', 'Baroness Tally']);
    expect(tally.roles[0]).toMatchObject({
      code: 'GBRGOV',
      from: '2016-07-14',
      to: '2019-07-24',
      source: 'ifg-ministers',
    });
  });
});
