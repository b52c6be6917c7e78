/**
 * The open sources the knowledge base is built from, with their licences: written into the built
 * file so that every role can say where it comes from. Folders are relative to `../shared/kb/`.
 */
export interface SourceInfo {
  id: string;
  name: string;
  licence: string;
  url: string;
  folder: string;
}

export const SOURCES: SourceInfo[] = [
  {
    id: 'wikidata-holders',
    name: 'Wikidata office holders 2000-2022 and their legislature seats (every-politician-scrapers holders21, legislators)',
    licence: 'CC0 1.0 (Wikidata)',
    url: 'https://github.com/every-politician-scrapers',
    folder: 'every-politician-scrapers',
  },
  {
    id: 'phoenix',
    name: 'Phoenix/PETRARCH actor dictionaries (Countries, International, MilNonState)',
    licence: 'MIT (Open Event Data Alliance)',
    url: 'https://github.com/openeventdata/petrarch2',
    folder: 'petrarch2',
  },
  {
    id: 'ucdp-actor',
    name: 'UCDP Actor Dataset v22.1',
    licence: 'CC BY 4.0 (Uppsala Conflict Data Program)',
    url: 'https://ucdp.uu.se/downloads/',
    folder: 'ucdp-actor',
  },
  {
    id: 'party-facts',
    name: 'Party Facts core parties',
    licence: 'MIT (Party Facts); imported lists keep their terms',
    url: 'https://partyfacts.herokuapp.com/',
    folder: 'partyfactsdata',
  },
  {
    id: 'us-congress',
    name: 'unitedstates/congress-legislators (current members, presidents and vice presidents)',
    licence: 'CC0 1.0',
    url: 'https://github.com/unitedstates/congress-legislators',
    folder: 'congress-legislators',
  },
  {
    id: 'ifg-ministers',
    name: 'Institute for Government ministers database (UK ministers since 1979)',
    licence: 'CC BY 4.0 (Institute for Government)',
    url: 'https://github.com/instituteforgov/ifg-ministers-database-public',
    folder: 'ifg-ministers-database',
  },
];

/** Index of a source by id. */
export function sourceIndex(id: string): number {
  const i = SOURCES.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`unknown source ${id}`);
  return i;
}
