// The rules a player would check by hand: Ops uses, control, the clock, races, scoring,
// the opponent's event, end of round. Positions are made by hand on the fixture deck.
import { describe, expect, it } from 'vitest';
import { applyAction, controller, legalActions, placementCost, regionLevels, rules, SPACES } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { atFirstActionRound, giveCard } from './helpers.js';

function actingSide(s: GameState) {
  const side = s.decision?.side;
  if (!side) throw new Error('nobody is acting');
  return side;
}

function rollNext(s: GameState, die: number): void {
  // Find a generator state whose next d6 is `die`: tests name the roll instead of hoping for it.
  for (let seed = 1; seed < 10_000; seed++) {
    let t = (seed + 0x6d2b79f5) | 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    if (1 + Math.floor(r * 6) === die) {
      s.rng = seed;
      return;
    }
  }
}

describe('control', () => {
  it('needs influence at least the opponent’s plus the stability', () => {
    const s = atFirstActionRound();
    s.influence.saudi = { us: 3, china: 1 };
    expect(controller(s, 'saudi')).toBe('us');
    s.influence.saudi = { us: 2, china: 1 };
    expect(controller(s, 'saudi')).toBeNull();
  });

  it('is harder in the cities for a side encircled in the Global South', () => {
    const s = atFirstActionRound();
    s.influence.tencent = { us: 0, china: 2 };
    expect(controller(s, 'tencent')).toBe('china');
    s.influence.thailand = { us: 1, china: 0 };
    s.influence.malaysia = { us: 1, china: 0 };
    expect(controller(s, 'tencent')).toBeNull();
    s.influence.tencent = { us: 0, china: 3 };
    expect(controller(s, 'tencent')).toBe('china');
  });
});

describe('playing a card for Ops', () => {
  it('places influence one point at a time: two Ops in an opponent-controlled space, one more to open a space', () => {
    const s = atFirstActionRound(2);
    s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'us-clock');
    s.influence.edaTools = { us: 3, china: 0 };
    s.influence.rareEarths = { us: 1, china: 4 };
    s.influence.foundries = { us: 0, china: 0 };
    expect(controller(s, 'rareEarths')).toBe('china');
    // A foothold: 1 Op; a foothold in a space China controls: 2; a first point: 1 + OPENING_COST.
    expect(placementCost(s, 'us', 'edaTools')).toBe(1);
    expect(placementCost(s, 'us', 'rareEarths')).toBe(2);
    expect(placementCost(s, 'us', 'foundries')).toBe(1 + rules.OPENING_COST);
    let next = applyAction(s, { type: 'play', card: 'us-clock', use: 'influence' });
    expect(next.decision).toMatchObject({ kind: 'place', side: 'us', source: 'ops', remaining: 4 });
    next = applyAction(next, { type: 'place', space: 'foundries' });
    expect(next.decision).toMatchObject({ kind: 'place', remaining: 4 - 1 - rules.OPENING_COST });
    next = applyAction(next, { type: 'place', space: 'rareEarths' });
    expect(next.influence.foundries?.us).toBe(1);
    expect(next.influence.rareEarths?.us).toBe(2);
    expect(next.decision?.kind).not.toBe('place');
    expect(legalActions(s).map((a) => (a.type === 'place' ? a.space : ''))).not.toContain('brazil');
  });

  it('charges no opening cost to an event that places influence', () => {
    const s = atFirstActionRound(2);
    s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'us-place');
    for (const sp of ['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']) s.influence[sp] = { us: 0, china: 0 };
    let next = applyAction(s, { type: 'play', card: 'us-place', use: 'event' });
    for (const sp of ['tencent', 'bytedance', 'alibaba']) next = applyAction(next, { type: 'place', space: sp });
    expect(['tencent', 'bytedance', 'alibaba'].map((sp) => next.influence[sp]?.us)).toEqual([1, 1, 1]);
  });

  it('sanctions with d6 + Ops − 2 × stability and moves the clock on a battleground', () => {
    const s = atFirstActionRound(3);
    const side = actingSide(s);
    const opp = side === 'us' ? 'china' : 'us';
    const card = side === 'us' ? 'us-place' : 'china-roll';
    giveCard(s, card);
    s.influence.uae = { us: 0, china: 0, [opp]: 2 } as { us: number; china: number };
    rollNext(s, 6);
    let next = applyAction(s, { type: 'play', card, use: 'sanction' });
    expect(next.decision?.kind).toBe('sanction');
    next = applyAction(next, { type: 'sanction', space: 'uae' });
    // 6 + 3 Ops − 2 × 2 = 5: both opponent points go, and a sanction adds none of the
    // sanctioner's (the surplus is lost).
    expect(next.influence.uae?.[opp]).toBe(0);
    expect(next.influence.uae?.[side]).toBe(0);
    expect(next.clock).toBe(rules.CLOCK_START - 1);
    const entry = next.log.find((e) => e.type === 'sanction');
    expect(entry).toMatchObject({ roll: 6, result: 5, removed: 2, added: 0 });
  });

  it('removes no more influence with a sanction than the card has Ops', () => {
    const s = atFirstActionRound(3);
    const side = actingSide(s);
    const opp = side === 'us' ? 'china' : 'us';
    const card = side === 'us' ? 'us-place' : 'china-roll';
    giveCard(s, card);
    const ops = s.cards[card]?.ops ?? 0;
    s.influence.uae = { us: 0, china: 0, [opp]: ops + 3 } as { us: number; china: number };
    rollNext(s, 6);
    let next = applyAction(s, { type: 'play', card, use: 'sanction' });
    next = applyAction(next, { type: 'sanction', space: 'uae' });
    // 6 + Ops − 4 is more than the card's Ops: the surplus is lost, not the opponent's points.
    expect(next.influence.uae?.[opp]).toBe(3);
    expect(next.log.find((e) => e.type === 'sanction')).toMatchObject({ roll: 6, result: 2 + ops, removed: ops });
  });

  it('closes regions to sanctions as the clock runs down', () => {
    const s = atFirstActionRound(4);
    const side = actingSide(s);
    const card = side === 'us' ? 'us-place' : 'china-roll';
    giveCard(s, card);
    s.clock = 3;
    for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
    s.influence.tencent = side === 'us' ? { us: 1, china: 2 } : { us: 2, china: 1 };
    s.influence.foundries = side === 'us' ? { us: 1, china: 2 } : { us: 2, china: 1 };
    const uses = legalActions(s)
      .filter((a) => a.type === 'play' && a.card === card)
      .map((a) => (a.type === 'play' ? a.use : ''));
    expect(uses).not.toContain('sanction');
    s.clock = 5;
    const again = { ...s };
    const usesOpen = legalActions(again)
      .filter((a) => a.type === 'play' && a.card === card)
      .map((a) => (a.type === 'play' ? a.use : ''));
    expect(usesOpen).toContain('sanction');
  });

  it('loses the game for the side whose own play takes the clock to 1', () => {
    const s = atFirstActionRound(5);
    if (actingSide(s) !== 'us') s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'us-clock');
    s.clock = 2;
    const next = applyAction(s, { type: 'play', card: 'us-clock', use: 'event' });
    expect(next.outcome).toMatchObject({ winner: 'china', reason: 'suddenDeath', loser: 'us' });
  });

  it('advances the race track once a round with a card of enough Ops, and pays its steps', () => {
    const s = atFirstActionRound(6);
    if (actingSide(s) !== 'china') s.decision = { kind: 'play', side: 'china' };
    giveCard(s, 'china-roll');
    giveCard(s, 'china-place');
    s.stack = 1;
    const before = s.leadership;
    const next = applyAction(s, { type: 'play', card: 'china-roll', use: 'race' });
    expect(next.stack).toBe(2);
    expect(next.leadership).toBe(before - (rules.RACE_VP[2] ?? 0));
    expect(next.raceUsed.china).toBe(true);
    expect(next.eventsPlayed).not.toContain('china-roll');
  });
});

describe('the opponent’s event', () => {
  it('fires when its card is played for Ops, before or after as the player chose', () => {
    const s = atFirstActionRound(7);
    if (actingSide(s) !== 'us') s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'china-vp');
    const variants = legalActions(s).filter((a) => a.type === 'play' && a.card === 'china-vp' && a.use === 'influence');
    expect(variants.map((a) => (a.type === 'play' ? a.eventFirst : undefined)).sort()).toEqual([false, true]);
    const before = s.leadership;
    const next = applyAction(s, { type: 'play', card: 'china-vp', use: 'influence', eventFirst: true });
    expect(next.leadership).toBe(before - 2);
    expect(next.decision?.kind).toBe('place');
  });

  it('cannot be played for its event by the other side', () => {
    const s = atFirstActionRound(8);
    if (actingSide(s) !== 'us') s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'china-vp');
    expect(legalActions(s)).not.toContainEqual({ type: 'play', card: 'china-vp', use: 'event' });
  });
});

describe('scoring', () => {
  it('reads presence, domination and control region by region', () => {
    const s = atFirstActionRound(9);
    for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
    s.influence.saudi = { us: 2, china: 0 };
    s.influence.thailand = { us: 1, china: 0 };
    s.influence.uae = { us: 0, china: 2 };
    expect(regionLevels(s, 'globalSouth')).toEqual({ us: 'presence', china: 'presence' });
    s.influence.uae = { us: 2, china: 0 };
    expect(regionLevels(s, 'globalSouth')).toEqual({ us: 'control', china: 'none' });
    // The China Market, with three battlegrounds: two of them and a non-battleground, more
    // spaces than China, is domination.
    s.influence.tencent = { us: 2, china: 0 };
    s.influence.bytedance = { us: 2, china: 0 };
    s.influence.stateCloud = { us: 3, china: 0 };
    // (China, encircled by the US in the Global South, needs one more to hold a city.)
    s.influence.alibaba = { us: 0, china: 3 };
    expect(regionLevels(s, 'chinaMarket')).toEqual({ us: 'domination', china: 'presence' });
  });

  it('has six battlegrounds: three in the China Market, one in each other region', () => {
    expect(SPACES.filter((sp) => sp.battleground).map((sp) => sp.id)).toEqual(['tencent', 'bytedance', 'alibaba', 'cudaDevs', 'uae', 'foundries']);
  });

  function controlAtScoring(region: 'chinaMarket' | 'globalSouth', round: number) {
    const s = atFirstActionRound(10);
    s.round = round;
    s.decision = { kind: 'play', side: 'us' };
    const card = region === 'chinaMarket' ? 'score-market' : 'score-south';
    giveCard(s, card);
    for (const sp of Object.keys(s.influence)) if (sp !== 'edaTools' && sp !== 'rareEarths') s.influence[sp] = { us: 0, china: 0 };
    if (region === 'chinaMarket') for (const sp of ['tencent', 'bytedance', 'alibaba']) s.influence[sp] = { us: 3, china: 0 };
    else {
      s.influence.saudi = { us: 3, china: 0 };
      s.influence.uae = { us: 3, china: 0 };
    }
    return applyAction(s, { type: 'play', card, use: 'event' });
  }

  it('ends the game when the China Market scoring card finds a side in control from round 2: dominance', () => {
    expect(rules.DOMINANCE_REGIONS).toEqual(['chinaMarket']);
    expect(controlAtScoring('chinaMarket', 2).outcome).toMatchObject({ winner: 'us', reason: 'dominance', region: 'chinaMarket' });
  });

  it('elsewhere, control at a scoring card pays its points and the game goes on', () => {
    const next = controlAtScoring('globalSouth', 2);
    expect(next.outcome).toBeNull();
    // Control plus one per battleground controlled (the UAE).
    expect(next.leadership).toBe(rules.SCORING.globalSouth.control + 1);
  });

  it('in round 1, control of the China Market at a scoring card is only worth its points', () => {
    const next = controlAtScoring('chinaMarket', 1);
    expect(next.outcome).toBeNull();
    expect(next.leadership).toBe(rules.SCORING.chinaMarket.control + 3);
  });
});

describe('lasting effects and flags', () => {
  it('a lasting Ops bonus applies to later cards until cancelled', () => {
    const s = atFirstActionRound(11);
    if (actingSide(s) !== 'us') s.decision = { kind: 'play', side: 'us' };
    giveCard(s, 'us-flag');
    const next = applyAction(s, { type: 'play', card: 'us-flag', use: 'event' });
    expect(next.flags).toContain('licence');
    expect(next.modifiers).toContainEqual(expect.objectContaining({ source: 'us-flag', side: 'us', duration: 'game' }));
    expect(next.removed).toContain('us-flag');
  });
});
