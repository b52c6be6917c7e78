import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

// One sentence per step of `codeSentence`, so that a regression shows which module it is in.
describe('the steps of the sentence coder', () => {
  it('verb roles: a passive takes its agent as actor and its subject as recipient', () => {
    const [e] = code('Peruvian soldiers were attacked by Bolivian rebels near the border.');
    expect([e.type, e.actor.code, e.recipient?.code]).toEqual(['ASSAULT', 'BOLREB', 'PERMIL']);
    expect(e.rules).toContain('clause.passive');
  });

  it('obligation requests: "X said Y must Z" is a demand by X on Y', () => {
    const [e] = code('The Chilean foreign minister said Argentina must withdraw its troops.');
    expect([e.type, e.actor.code, e.recipient?.code]).toEqual(['REQUEST', 'CHLGOV', 'ARG']);
    expect(e.rules).toEqual(['clause.obligation-request']);
  });

  it('retyping: what is threatened sets the code', () => {
    const [e] = code('Venezuela threatened to invade Guyana.');
    expect([e.type, e.cameo, e.actor.code, e.recipient?.code]).toEqual(['THREATEN', '138', 'VEN', 'GUY']);
    expect(e.rules).toContain('clause.threat-content');
  });

  it('claim status: a future cooperative act is coded as the intent (AGREE)', () => {
    const [e] = code('Sweden will send aid to Ukraine next week.');
    expect([e.type, e.cameo, e.claim]).toEqual(['AGREE', '033', 'future']);
    expect(e.rules).toContain('claim.future-cooperation-is-agree');
  });

  it('claim status: a denied gerund is the act, denied by its actor', () => {
    const [e] = code('Kenya denied backing the rebels in Somalia.');
    expect([e.type, e.actor.code, e.claim, e.claimSource?.code]).toEqual(['SUPPORT', 'KEN', 'denied', 'KEN']);
  });

  it('background clauses: the doer of the cause clause is the doer of the main act', () => {
    const events = code('Two soldiers were killed when rebels attacked a checkpoint in Mali.');
    expect(events).toHaveLength(1);
    expect([events[0].actor.code, events[0].recipient?.code]).toEqual(['MLIREB', 'MLIMIL']);
    expect(events[0].rules).toContain('clause.cause-agent');
  });
});
