// The effect interpreter: runs a card's event one primitive at a time. A primitive that
// needs a choice leaves a decision in the state; the next action answers it and the
// interpreter carries on from the task stack.
import type { Effect } from '../decks/types.js';
import { card, discardRandom, drawCards, isOrdinary } from './cards.js';
import { evalValue, holds, matchSpaces, sideOf } from './conditions.js';
import { peek, reveal, take } from './hidden.js';
import { log, logLasting } from './log.js';
import { sanctionTargets } from './ops.js';
import { rollDie } from './rng.js';
import { other } from './rules.js';
import { scoreRegion } from './scoring.js';
import { gainLeadership, moveClock, moveRace } from './tracks.js';
import type { EffectContext, GameState, Modifier, Task } from './types.js';

type EffectsTask = Extract<Task, { t: 'effects' }>;

function pushEffects(s: GameState, list: Effect[], ctx: EffectContext): void {
  if (list.length > 0) s.tasks.push({ t: 'effects', list, i: 0, ctx });
}

/** Run the next primitive of the effects task on top of the stack. */
export function stepEffects(s: GameState, task: EffectsTask): void {
  const effect = task.list[task.i];
  if (effect === undefined) {
    s.tasks.pop();
    return;
  }
  task.i++;
  if (task.i >= task.list.length) s.tasks.pop();
  runEffect(s, effect, task.ctx);
}

/** The log's reason for a change an event makes (written only where a change is logged). */
function eventReason(ctx: EffectContext): string {
  return `event:${ctx.card}`;
}

function runEffect(s: GameState, e: Effect, ctx: EffectContext): void {
  switch (e.op) {
    case 'vp': {
      const amount = evalValue(s, e.amount, ctx);
      const side = sideOf(e.side, ctx);
      if (amount >= 0) gainLeadership(s, side, amount, eventReason(ctx));
      else gainLeadership(s, other(side), -amount, eventReason(ctx));
      return;
    }
    case 'moveTrack': {
      const by = evalValue(s, e.by, ctx);
      if (e.track === 'clock') moveClock(s, by, eventReason(ctx));
      else moveRace(s, e.track === 'stack' ? 'china' : 'us', by, eventReason(ctx));
      return;
    }
    case 'addInfluence':
    case 'removeInfluence': {
      const amount = evalValue(s, e.amount, ctx);
      const owner = sideOf(e.side, ctx);
      const chooser = sideOf(e.chooser ?? 'self', ctx);
      let eligible = matchSpaces(s, e.targets, ctx);
      if (amount <= 0 || eligible.length === 0) return;
      if (e.op === 'addInfluence') {
        s.decision = {
          kind: 'place',
          side: chooser,
          owner,
          remaining: amount,
          source: 'event',
          eligible,
          placed: {},
          card: ctx.card,
          ...(e.perSpace ? { perSpace: e.perSpace } : {}),
        };
      } else {
        eligible = eligible.filter((sp) => (s.influence[sp]?.[owner] ?? 0) > 0);
        if (eligible.length === 0) return;
        s.decision = {
          kind: 'remove',
          side: chooser,
          owner,
          remaining: amount,
          eligible,
          removed: {},
          card: ctx.card,
          ...(e.perSpace ? { perSpace: e.perSpace } : {}),
        };
      }
      return;
    }
    case 'clearInfluence': {
      const owner = sideOf(e.side, ctx);
      for (const sp of matchSpaces(s, e.targets, ctx)) {
        const inf = s.influence[sp];
        if (!inf || inf[owner] === 0) continue;
        log(s, { type: 'influence', side: ctx.self, owner, space: sp, delta: -inf[owner] });
        inf[owner] = 0;
      }
      return;
    }
    case 'draw':
      drawCards(s, sideOf(e.side, ctx), e.count);
      return;
    case 'discard': {
      const side = sideOf(e.side, ctx);
      if (e.how === 'random') for (let i = 0; i < e.count; i++) discardRandom(s, side);
      else s.decision = { kind: 'discard', side, remaining: e.count, card: ctx.card };
      return;
    }
    case 'choose':
      s.decision = {
        kind: 'choose',
        side: sideOf(e.chooser, ctx),
        card: ctx.card,
        labels: e.options.map((o) => o.label),
        options: e.options.map((o) => o.effects),
        ctx,
      };
      return;
    case 'if':
      pushEffects(s, holds(s, e.cond, ctx) ? e.then : (e.else ?? []), ctx);
      return;
    case 'repeat':
      pushEffects(s, Array.from({ length: e.times }, () => e.effects).flat(), ctx);
      return;
    case 'forEach': {
      const spaces = matchSpaces(s, e.spaces, ctx);
      for (let i = spaces.length - 1; i >= 0; i--) pushEffects(s, e.effects, { ...ctx, space: spaces[i] as string });
      return;
    }
    case 'modifyNextCard':
    case 'lasting': {
      const m: Modifier =
        e.op === 'lasting'
          ? { source: ctx.card, side: sideOf(e.side, ctx), duration: e.duration, rule: e.rule }
          : {
              source: ctx.card,
              side: sideOf(e.side, ctx),
              duration: 'nextCard',
              rule: { kind: 'opsBonus', amount: e.opsDelta },
              ...(e.use === 'event' || e.use === 'any' ? { next: e.use } : {}),
            };
      s.modifiers.push(m);
      logLasting(s, 'starts', m);
      return;
    }
    case 'flag': {
      const forRound = e.set && e.duration === 'round';
      // A flag already set for the game stays set for the game; set for the game, it lasts.
      if (forRound && !s.flags.includes(e.flag)) s.roundFlags = [...(s.roundFlags ?? []), e.flag];
      else if (!forRound && s.roundFlags?.includes(e.flag)) s.roundFlags = s.roundFlags.filter((f) => f !== e.flag);
      if (e.set && !s.flags.includes(e.flag)) s.flags.push(e.flag);
      if (!e.set) s.flags = s.flags.filter((f) => f !== e.flag);
      log(s, { type: 'flag', flag: e.flag, set: e.set });
      return;
    }
    case 'cancelEvent':
      if (!s.cancelled.includes(e.card)) s.cancelled.push(e.card);
      log(s, { type: 'cancel', card: e.card });
      for (const m of s.modifiers) if (m.source === e.card) logLasting(s, 'ends', m);
      s.modifiers = s.modifiers.filter((m) => m.source !== e.card);
      return;
    case 'roll': {
      const side = sideOf(e.side ?? 'self', ctx);
      const modifier = e.modifier === undefined ? 0 : evalValue(s, e.modifier, ctx);
      const roll = rollDie(s);
      log(s, { type: 'roll', side, roll, modifier });
      const total = roll + modifier;
      const hit = e.outcomes.find((o) => total >= o.min && total <= o.max);
      if (hit) pushEffects(s, hit.effects, ctx);
      return;
    }
    case 'sanction': {
      const side = sideOf(e.side, ctx);
      const eligible = sanctionTargets(s, side, matchSpaces(s, e.targets, ctx));
      if (eligible.length > 0) s.decision = { kind: 'sanction', side, ops: e.ops, card: ctx.card, eligible, free: true };
      return;
    }
    case 'scoreRegion':
      scoreRegion(s, e.region, false);
      return;
    case 'retrieve': {
      const side = sideOf(e.side, ctx);
      const eligible = s.discard.filter((id) => {
        const def = card(s, id);
        if (def.scoring || !isOrdinary(def)) return false;
        if (e.card !== undefined && id !== e.card) return false;
        if (e.filter?.side !== undefined && def.side !== e.filter.side) return false;
        return e.filter?.minOps === undefined || def.ops >= e.filter.minOps;
      });
      if (eligible.length > 0) s.decision = { kind: 'retrieve', side, card: ctx.card, eligible };
      return;
    }
    case 'peek':
      peek(s, sideOf(e.side, ctx), e.at, e.count, ctx.card);
      return;
    case 'reveal':
      reveal(s, sideOf(e.side, ctx), e.count, ctx.card);
      return;
    case 'take':
      take(s, sideOf(e.side, ctx), e.count, e.how, ctx.card);
      return;
    default: {
      const unhandled: never = e;
      throw new Error(`effect not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}
