import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

/**
 * Verbs and nouns added to data/patterns from WordNet 3.1 (reviewed by hand), each in a sentence we
 * wrote; every one of these words was in no pattern before.
 */
describe('WordNet-derived pattern words code to their event type', () => {
  it.each([
    [
      'mow down',
      'Gunmen mowed down 14 worshippers at a mosque in northern Nigeria on Friday.',
      'ASSAULT',
      '190',
    ],
    [
      'butcher',
      'Islamist militants butchered 30 villagers in eastern Congo, the army said.',
      'ASSAULT',
      '190',
    ],
    ['rough up', 'Soldiers roughed up three journalists at a checkpoint near Goma.', 'ASSAULT', '182'],
    ['pick off', 'A sniper picked off two soldiers in Donetsk on Tuesday.', 'ASSAULT', '193'],
    ['kneecap', 'Police kneecapped a suspect in Belfast.', 'ASSAULT', '193'],
    ['carjack', 'Gunmen carjacked a United Nations vehicle outside Juba.', 'ASSAULT', '181'],
    ['firebomb', 'Turkish jets firebombed Kurdish positions in northern Iraq.', 'ASSAULT', '190'],
    ['criminalize', 'The junta criminalized protests in Niger.', 'COERCE', '1722'],
    ['terrorize', 'The Iranian government terrorized Kurdish villages.', 'COERCE', '172'],
    ['upbraid', 'The Indian foreign minister upbraided Pakistan over the attack.', 'ACCUSE', '111'],
    ['reprove', 'Egypt reproved Israel for the raid on Rafah.', 'ACCUSE', '111'],
    [
      'arraign',
      'Prosecutors arraigned the former Peruvian president on corruption charges.',
      'ACCUSE',
      '112',
    ],
    ['vote down', 'The Parliament of Georgia voted down the foreign agents bill.', 'REJECT', '129'],
    ['shrug off', 'The Kremlin shrugged off the new EU sanctions.', 'REJECT', '120'],
    ['cede', 'Armenia ceded four villages to Azerbaijan.', 'RETREAT', '0874'],
    ['shelve', "Mali's junta shelved talks with ECOWAS.", 'SANCTION', '164'],
    ['annul', 'The Syrian government annulled the curfew in Homs.', 'CONCEDE', '081'],
    ['call up', 'Ukraine called up 100,000 reservists.', 'MOBILIZE', '154'],
    ['leave office', "Lebanon's prime minister left office on Friday.", 'RETREAT', '0831'],
    ['extol', "The Iranian president extolled Hezbollah's resistance.", 'SUPPORT', '051'],
    ['demilitarize', "Sudan's army demilitarized the border zone.", 'RETREAT', '0873'],
    ['reopen', 'Egypt reopened the Rafah crossing for aid trucks on Sunday.', 'RETREAT', '086'],
    ['draft', 'The Houthis drafted thousands of child soldiers in Yemen.', 'MOBILIZE', '150'],
    ['pool', 'The Five Eyes pooled intelligence on Chinese hackers.', 'COOPERATE', '064'],
    ['pick up', 'Police picked up the opposition activist at his home in Harare.', 'COERCE', '173'],
    ['confine', 'Security forces confined hundreds of protesters in a stadium in Conakry.', 'COERCE', '173'],
    ['reconquer', 'The army reconquered the town of Bakhmut.', 'ASSAULT', '190'],
    ['contravene', 'Both sides contravened the truce in Tigray.', 'ASSAULT', '196'],
  ])('%s', (_word, text, type, cameo) => {
    const events = code(text);
    expect(events.map((e) => `${e.type} ${e.cameo}`)).toContain(`${type} ${cameo}`);
    const event = events.find((e) => e.type === type);
    expect(event?.actor.text).toBeTruthy();
  });

  it.each([
    ['a football result', 'Real Madrid mowed down Dortmund 4-0 at the Bernabeu on Saturday.'],
    ['a baseball result', 'The Yankees bushwhacked the Red Sox 7-2 in the ninth inning.'],
    ['a storm', 'Hurricane Milton battered the coast of Florida, killing four people.'],
    ['weather', 'Heavy rain and gales battered Cornwall on Friday, the Met Office said.'],
    ['a market report', 'Investors butchered Tesla shares after weak quarterly earnings on Wall Street.'],
    ['a product', 'Apple shelved the launch of its new phone as its shares fell on the stock market.'],
    ['a goal', 'The striker picked off the goalkeeper with a curling shot in the second half of the match.'],
    ['a law being written', 'Lawmakers drafted a new law on migration in Rome.'],
  ])('%s with a new word gives no event', (_label, text) => {
    expect(code(text)).toEqual([]);
  });
});
