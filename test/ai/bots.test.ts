// Every bot: a legal action at every kind of decision, the same choice for the same seed
// and view, and never a peek: dealing the hidden cards differently changes nothing.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/ai/bot.js';
import { botContext } from '../../src/ai/context.js';
import { botNames, makeBot } from '../../src/ai/registry.js';
import { actionKey, applyAction, cloneState, legalActions, rules, viewFor } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { shuffle } from '../../src/engine/rng.js';
import { positions } from './positions.js';

/** The hard bot with a small iteration budget: reproducible and quick enough for many positions. */
function bot(name: string, seed: number): Bot {
  return makeBot(name, seed, name === 'hard' ? { iterations: 40 } : undefined);
}

const POSITIONS = positions(10, 4, 7);

/** The same game with the opponent's hidden cards and the draw pile dealt again (and new dice). */
function anotherDeal(s: GameState, seed: number): GameState {
  const side = s.decision?.side ?? 'us';
  const opp = rules.other(side);
  const t = cloneState(s);
  const signature = (id: string) => t.cards[id]?.signature !== undefined;
  const secretHeadline = !t.headlineRevealed && t.headline[opp] !== null;
  const pool = [...t.hands[opp].filter((id) => !signature(id)), ...t.deck, ...(secretHeadline ? [t.headline[opp] as string] : [])];
  const rng = { rng: seed };
  shuffle(rng, pool);
  const kept = t.hands[opp].filter(signature);
  const dealt = t.hands[opp].length - kept.length;
  t.hands[opp] = [...kept, ...pool.slice(0, dealt)];
  if (secretHeadline) t.headline[opp] = pool[dealt] as string;
  t.deck = pool.slice(dealt + (secretHeadline ? 1 : 0));
  t.rng = (seed * 7919) | 0;
  return t;
}

describe.each(botNames())('the %s bot', (name) => {
  it('always returns one of the legal actions, with a one-line reason', () => {
    const kinds = new Set<string>();
    for (const [i, s] of POSITIONS.entries()) {
      const side = s.decision?.side ?? 'us';
      const choice = bot(name, i).choose(botContext(s, side));
      expect(legalActions(s).map(actionKey)).toContain(actionKey(choice.action));
      expect(choice.reason.length).toBeGreaterThan(0);
      expect(choice.reason).not.toContain('\n');
      kinds.add(s.decision?.kind ?? '');
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['chooseFirst', 'headline', 'hold', 'place', 'play']));
  });

  it('chooses the same for the same seed and view, however often it is asked', () => {
    for (const [i, s] of POSITIONS.entries()) {
      if (i % 3 !== 0) continue;
      const side = s.decision?.side ?? 'us';
      const a = bot(name, 11).choose(botContext(s, side));
      const b = bot(name, 11);
      const elsewhere = POSITIONS[(i + 1) % POSITIONS.length] as GameState;
      b.choose(botContext(elsewhere, elsewhere.decision?.side ?? 'us'));
      expect(b.choose(botContext(s, side))).toEqual(a);
    }
  });

  it('makes the same move when nobody reads its reason (the simulator asks for none)', () => {
    for (const [i, s] of POSITIONS.entries()) {
      if (name === 'hard' && i % 4 !== 0) continue;
      const side = s.decision?.side ?? 'us';
      const explained = bot(name, 3).choose(botContext(s, side));
      expect(bot(name, 3).choose({ ...botContext(s, side), explain: false }).action).toEqual(explained.action);
    }
  });

  it('never peeks: another deal of the cards it cannot see never changes its choice', { timeout: 180_000 }, () => {
    let compared = 0;
    let differentDeals = 0;
    for (const [i, s] of POSITIONS.entries()) {
      // The search is the slow one: every other position is plenty for it.
      if (name === 'hard' && i % 2 === 1) continue;
      const side = s.decision?.side ?? 'us';
      const other = anotherDeal(s, i + 1);
      expect(viewFor(other, side)).toEqual(viewFor(s, side));
      if (JSON.stringify(other.hands[rules.other(side)]) !== JSON.stringify(s.hands[rules.other(side)])) differentDeals++;
      expect(bot(name, 5).choose(botContext(other, side))).toEqual(bot(name, 5).choose(botContext(s, side)));
      compared++;
    }
    expect(compared).toBeGreaterThan(name === 'hard' ? 60 : 120);
    expect(differentDeals).toBeGreaterThan(compared / 2);
  });
});

describe('the searching bots’ judgement', () => {
  const thinking = ['easy', 'normal', 'hard'];

  it('take a win on the spot: a scoring card for a region they control', () => {
    const s = cloneState(POSITIONS.find((p) => p.decision?.kind === 'play' && p.decision.side === 'us') as GameState);
    // From round 2, the US controls the three China Market battlegrounds and more spaces than
    // China: dominance, which only the China Market's scoring card can give.
    s.round = 2;
    Object.assign(s.influence, {
      tencent: { us: 4, china: 0 },
      bytedance: { us: 4, china: 0 },
      alibaba: { us: 4, china: 0 },
      stateCloud: { us: 0, china: 0 },
      universities: { us: 0, china: 0 },
    });
    for (const list of [s.deck, s.discard, s.hands.china, s.removed, s.box]) {
      const at = list.indexOf('score-market');
      if (at >= 0) list.splice(at, 1);
    }
    if (!s.hands.us.includes('score-market')) s.hands.us.push('score-market');
    for (const name of thinking) {
      const choice = bot(name, 3).choose(botContext(s, 'us'));
      expect(choice.action, name).toEqual({ type: 'play', card: 'score-market', use: 'event' });
      expect(choice.reason, name).toContain('wins the game');
    }
  });

  it('never play a card whose event takes the clock to 1 while another play is safe', () => {
    const s = cloneState(POSITIONS.find((p) => p.decision?.kind === 'play' && p.decision.side === 'us') as GameState);
    s.clock = 2;
    for (const list of [s.deck, s.discard, s.hands.china, s.removed, s.box]) {
      const at = list.indexOf('us-clock');
      if (at >= 0) list.splice(at, 1);
    }
    if (!s.hands.us.includes('us-clock')) s.hands.us.push('us-clock');
    for (const name of thinking) {
      const choice = bot(name, 6).choose(botContext(s, 'us'));
      expect(choice.action.type === 'play' && choice.action.card === 'us-clock' && choice.action.use === 'event', name).toBe(false);
      expect(applyAction(s, choice.action).outcome?.reason, name).not.toBe('suddenDeath');
    }
  });

  it('never take the clock to 1 on their own play: no battleground sanction at clock 2', () => {
    const s = cloneState(POSITIONS.find((p) => p.decision?.kind === 'play' && p.decision.side === 'us') as GameState);
    s.clock = 2;
    s.influence.saudi = { us: 0, china: 2 };
    s.influence.brazil = { us: 0, china: 2 };
    s.decision = { kind: 'sanction', side: 'us', ops: 4, card: 'us-clock', eligible: ['saudi', 'brazil'], free: true };
    for (const name of thinking) {
      const choice = bot(name, 4).choose(botContext(s, 'us'));
      expect(choice.action, name).toEqual({ type: 'sanction', space: 'brazil' });
      const after = applyAction(s, choice.action);
      expect(after.outcome?.reason).not.toBe('suddenDeath');
    }
  });
});

describe('the reason a bot gives', () => {
  it('is written in the player’s language, and the language never changes the move', () => {
    const s = POSITIONS.find((p) => p.decision?.kind === 'play') as GameState;
    const side = s.decision?.side ?? 'us';
    for (const name of ['easy', 'normal', 'hard']) {
      const en = makeBot(name, 5, { iterations: 60 }).choose({ ...botContext(s, side), lang: 'en' });
      const fr = makeBot(name, 5, { iterations: 60 }).choose({ ...botContext(s, side), lang: 'fr' });
      expect(fr.action, name).toEqual(en.action);
      expect(fr.reason, name).not.toBe(en.reason);
      expect(fr.reason, name).toMatch(/^(joue|met|fait avancer|place|retire|sanctionne|fait du lobbying|choisit|défausse|reprend|garde|laisse)/);
    }
  });
});
