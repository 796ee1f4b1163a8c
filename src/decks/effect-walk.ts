// A walk over a card's event: every effect, condition and space filter, with the path that
// leads to it in the deck file (so a problem can point at its line) and how deeply it nests.
import type { CardDef, Condition, Effect, SpaceFilter, Value } from './types.js';

export type Path = (string | number)[];

export interface EventVisitor {
  /** `depth` is 1 for the effects of the event itself, 2 inside a choose/if/repeat/forEach/roll, and so on. */
  effect?(effect: Effect, path: Path, depth: number): void;
  /** `depth` is 1 for a plain condition, 2 inside all/any/not, and so on. */
  condition?(condition: Condition, path: Path, depth: number): void;
  /** `inForEach` tells whether a `forEach` surrounds the filter (where `current` means something). */
  filter?(filter: SpaceFilter, path: Path, inForEach: boolean): void;
}

export function walkCard(card: CardDef, path: Path, visitor: EventVisitor): void {
  if (card.requires) walkCondition(card.requires, [...path, 'requires'], visitor, 1, false);
  walkEffects(card.event, [...path, 'event'], visitor, 1, false);
}

export function walkEffects(effects: readonly Effect[], path: Path, visitor: EventVisitor, depth: number, inForEach: boolean): void {
  effects.forEach((effect, i) => walkEffect(effect, [...path, i], visitor, depth, inForEach));
}

function walkEffect(effect: Effect, path: Path, visitor: EventVisitor, depth: number, inForEach: boolean): void {
  visitor.effect?.(effect, path, depth);
  const inner = depth + 1;
  switch (effect.op) {
    case 'vp':
      walkValue(effect.amount, [...path, 'amount'], visitor, inForEach);
      break;
    case 'moveTrack':
      walkValue(effect.by, [...path, 'by'], visitor, inForEach);
      break;
    case 'addInfluence':
    case 'removeInfluence':
      walkValue(effect.amount, [...path, 'amount'], visitor, inForEach);
      visitor.filter?.(effect.targets, [...path, 'targets'], inForEach);
      break;
    case 'clearInfluence':
    case 'sanction':
      visitor.filter?.(effect.targets, [...path, 'targets'], inForEach);
      break;
    case 'choose':
      effect.options.forEach((option, i) => walkEffects(option.effects, [...path, 'options', i, 'effects'], visitor, inner, inForEach));
      break;
    case 'if':
      walkCondition(effect.cond, [...path, 'cond'], visitor, 1, inForEach);
      walkEffects(effect.then, [...path, 'then'], visitor, inner, inForEach);
      if (effect.else) walkEffects(effect.else, [...path, 'else'], visitor, inner, inForEach);
      break;
    case 'repeat':
      walkEffects(effect.effects, [...path, 'effects'], visitor, inner, inForEach);
      break;
    case 'forEach':
      visitor.filter?.(effect.spaces, [...path, 'spaces'], inForEach);
      walkEffects(effect.effects, [...path, 'effects'], visitor, inner, true);
      break;
    case 'roll':
      if (effect.modifier !== undefined) walkValue(effect.modifier, [...path, 'modifier'], visitor, inForEach);
      effect.outcomes.forEach((outcome, i) => walkEffects(outcome.effects, [...path, 'outcomes', i, 'effects'], visitor, inner, inForEach));
      break;
    // No value, filter, condition or inner effect list to walk into.
    case 'lasting':
      if (effect.rule.kind === 'eachRound') walkEffects(effect.rule.effects, [...path, 'rule', 'effects'], visitor, inner, inForEach);
      break;
    case 'draw':
    case 'discard':
    case 'modifyNextCard':
    case 'flag':
    case 'cancelEvent':
    case 'scoreRegion':
    case 'retrieve':
    case 'peek':
    case 'reveal':
    case 'take':
      break;
    default: {
      const unhandled: never = effect;
      throw new Error(`effect not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function walkValue(value: Value, path: Path, visitor: EventVisitor, inForEach: boolean): void {
  if (typeof value === 'object' && 'count' in value) visitor.filter?.(value.count, [...path, 'count'], inForEach);
}

export function walkCondition(condition: Condition, path: Path, visitor: EventVisitor, depth: number, inForEach: boolean): void {
  visitor.condition?.(condition, path, depth);
  if ('all' in condition) {
    condition.all.forEach((c, i) => walkCondition(c, [...path, 'all', i], visitor, depth + 1, inForEach));
  } else if ('any' in condition) {
    condition.any.forEach((c, i) => walkCondition(c, [...path, 'any', i], visitor, depth + 1, inForEach));
  } else if ('not' in condition) {
    walkCondition(condition.not, [...path, 'not'], visitor, depth + 1, inForEach);
  } else if ('controlsAtLeast' in condition && condition.controlsAtLeast.filter) {
    visitor.filter?.(condition.controlsAtLeast.filter, [...path, 'controlsAtLeast', 'filter'], inForEach);
  }
}
