// The rules a player would check by hand: Ops uses, control, the clock, races, scoring,
// the opponent's event, end of round. Positions are made by hand on the fixture deck.
import { describe, expect, it } from 'vitest';
import { applyAction, controller, legalActions, regionLevels, rules } from '../../src/engine/index.js';
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
  it('places influence one point at a time, two Ops in an opponent-controlled space', () => {
    const s = atFirstActionRound(2);
    const side = actingSide(s);
    giveCard(s, side === 'us' ? 'us-clock' : 'china-roll');
    const card = side === 'us' ? 'us-clock' : 'china-roll';
    let next = applyAction(s, { type: 'play', card, use: 'influence' });
    expect(next.decision).toMatchObject({ kind: 'place', side, source: 'ops' });
    const remaining = next.decision?.kind === 'place' ? next.decision.remaining : 0;
    const target = side === 'us' ? 'rareEarths' : 'edaTools';
    expect(controller(next, target)).not.toBe(side);
    const legalTargets = legalActions(next).map((a) => (a.type === 'place' ? a.space : ''));
    if (legalTargets.includes(target)) {
      next = applyAction(next, { type: 'place', space: target });
      if (next.decision?.kind === 'place') expect(next.decision.remaining).toBe(remaining - 2);
    }
    expect(legalTargets).not.toContain('brazil');
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
    // 6 + 3 Ops − 2 × 2 = 5: both opponent points go, three become the sanctioner's.
    expect(next.influence.uae?.[opp]).toBe(0);
    expect(next.influence.uae?.[side]).toBe(3);
    expect(next.clock).toBe(rules.CLOCK_START - 1);
    const entry = next.log.find((e) => e.type === 'sanction');
    expect(entry).toMatchObject({ roll: 6, result: 5, removed: 2, added: 3 });
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
    const uses = legalActions(s).filter((a) => a.type === 'play' && a.card === card).map((a) => (a.type === 'play' ? a.use : ''));
    expect(uses).not.toContain('sanction');
    s.clock = 5;
    const again = { ...s };
    const usesOpen = legalActions(again).filter((a) => a.type === 'play' && a.card === card).map((a) => (a.type === 'play' ? a.use : ''));
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
    s.influence.uae = { us: 0, china: 0 };
    s.influence.brazil = { us: 0, china: 1 };
    expect(regionLevels(s, 'globalSouth')).toEqual({ us: 'domination', china: 'presence' });
  });

  function controlOfGlobalSouth(round: number) {
    const s = atFirstActionRound(10);
    s.round = round;
    giveCard(s, 'score-south');
    for (const sp of Object.keys(s.influence)) if (sp !== 'edaTools' && sp !== 'rareEarths') s.influence[sp] = { us: 0, china: 0 };
    s.influence.saudi = { us: 3, china: 0 };
    s.influence.uae = { us: 3, china: 0 };
    return applyAction(s, { type: 'play', card: 'score-south', use: 'event' });
  }

  it('ends the game when a scoring card finds a side in control from round 2: dominance', () => {
    expect(controlOfGlobalSouth(2).outcome).toMatchObject({ winner: 'us', reason: 'dominance', region: 'globalSouth' });
  });

  it('in round 1, control at a scoring card is only worth its points', () => {
    const next = controlOfGlobalSouth(1);
    expect(next.outcome).toBeNull();
    expect(next.leadership).toBe(rules.SCORING.globalSouth.control + 2);
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
