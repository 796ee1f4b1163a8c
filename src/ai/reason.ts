// The one line a bot move carries in the log: what it did and why, read off the
// difference between the position before and the position its look-ahead expected.
import type { CardId, Persona, RegionId, Side, SpaceId } from '../decks/types.js';
import { SPACE_BY_ID, SPACES, controller, pressureCheck, rules } from '../engine/index.js';
import type { Action, Decision, GameState } from '../engine/index.js';
import { localText } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Catalog } from './determinize.js';

const CHECK_NAME: Record<Persona, string> = {
  washington: 'Hawks',
  nvidia: 'Shareholders',
  beijing: 'Self-reliance',
  huawei: 'Ecosystem',
};

export function spaceName(space: SpaceId): string {
  return t('en', `space.${space}` as MessageKey);
}

export function regionName(region: RegionId): string {
  return t('en', `region.${region}` as MessageKey);
}

function sideName(side: Side): string {
  return t('en', `side.${side}`);
}

function title(catalog: Catalog, id: CardId): string {
  return localText(catalog[id]?.title, 'en') || id;
}

/** "plays X for 3 Ops of influence", "sanctions Tencent", ... */
export function actionPhrase(action: Action, decision: Decision | null, catalog: Catalog, side: Side): string {
  switch (action.type) {
    case 'play': {
      const name = title(catalog, action.card);
      if (action.use === 'event') return catalog[action.card]?.scoring ? `plays ${name}` : `plays ${name} for its event`;
      if (action.use === 'race') return `advances the ${side === 'china' ? 'Stack' : 'Lock-in'} with ${name}`;
      const use = action.use === 'influence' ? 'influence' : action.use === 'sanction' ? 'a sanction' : 'lobbying';
      const order = action.eventFirst === undefined ? '' : action.eventFirst ? ' (its event first)' : ' (its event after)';
      return `plays ${name} for ${use}${order}`;
    }
    case 'headline':
      return `headlines ${title(catalog, action.card)}`;
    case 'place': {
      const owner = decision?.kind === 'place' ? decision.owner : side;
      return owner === side ? `places influence in ${spaceName(action.space)}` : `places ${sideName(owner)} influence in ${spaceName(action.space)}`;
    }
    case 'remove': {
      const owner = decision?.kind === 'remove' ? decision.owner : rules.other(side);
      return `removes ${sideName(owner)} influence from ${spaceName(action.space)}`;
    }
    case 'sanction':
      return `sanctions ${spaceName(action.space)}`;
    case 'lobby':
      return `lobbies in ${spaceName(action.space)}`;
    case 'choose': {
      const label = decision?.kind === 'choose' ? localText(decision.labels[action.option], 'en') : '';
      return label ? `chooses “${label}”` : `chooses option ${action.option + 1}`;
    }
    case 'discard':
      return `discards ${title(catalog, action.card)}`;
    case 'retrieve':
      return `takes back ${title(catalog, action.card)}`;
    case 'hold':
      return `holds ${title(catalog, action.card)}`;
    case 'chooseFirst':
      return action.first === side ? 'acts first' : `lets ${sideName(action.first)} act first`;
  }
}

function touchedRegions(action: Action, before: GameState, after: GameState): RegionId[] {
  const out = new Set<RegionId>();
  if ('space' in action) {
    const region = SPACE_BY_ID[action.space]?.region;
    if (region) out.add(region);
  }
  for (const sp of SPACES) {
    const a = before.influence[sp.id];
    const b = after.influence[sp.id];
    if (a && b && (a.us !== b.us || a.china !== b.china)) out.add(sp.region);
  }
  return [...out];
}

/** Why, in a few words: the biggest things that changed for `side` between `before` and `after`. */
export function why(action: Action, before: GameState, after: GameState, side: Side, catalog: Catalog): string[] {
  const opp = rules.other(side);
  const reasons: string[] = [];
  if (after.outcome) {
    if (after.outcome.winner === side) return ['it wins the game'];
    if (after.outcome.winner === opp) return ['every option loses'];
  }
  if (action.type === 'headline') {
    // Both headlines resolve together: what changed is not this card's doing alone. Say what it does.
    const text = localText(catalog[action.card]?.text, 'en');
    return text ? [text.length > 90 ? `${text.slice(0, 89)}…` : text] : [];
  }
  const gain = (side === 'us' ? 1 : -1) * (after.leadership - before.leadership);
  if (gain > 0) reasons.push(`+${gain} Leadership`);
  const touched = touchedRegions(action, before, after);
  for (const region of touched) {
    const scoring = before.hands[side].find((id) => catalog[id]?.scoring === region);
    if (scoring) reasons.push(`${regionName(region)} scoring is in its hand`);
  }
  for (const sp of SPACES) {
    const was = controller(before, sp.id);
    const now = controller(after, sp.id);
    if (was === now) continue;
    if (now === side) reasons.push(`takes control of ${spaceName(sp.id)}`);
    else if (was === opp) reasons.push(`breaks ${sideName(opp)}'s control of ${spaceName(sp.id)}`);
  }
  const track = side === 'china' ? 'stack' : 'lockIn';
  if (after[track] > before[track]) reasons.push(`${side === 'china' ? 'Stack' : 'Lock-in'} to ${after[track]}`);
  if (after.round === before.round && pressureCheck(after, side).penalty < pressureCheck(before, side).penalty) {
    reasons.push(`toward the ${CHECK_NAME[after.setup.personas[side]]} check`);
  }
  if (reasons.length === 0) {
    const lost = (side === 'us' ? 1 : -1) * (after.leadership - before.leadership);
    if (lost < 0) reasons.push(`the least costly option (${lost} Leadership)`);
    else if (touched.length > 0) reasons.push(`builds toward ${touched.map(regionName).join(' and ')}`);
  }
  return reasons;
}

/** One log line: "sanctions Tencent: China Market scoring is in its hand". */
export function reasonLine(phrase: string, reasons: string[], fallback: string): string {
  const list = reasons.length > 0 ? reasons.slice(0, 2) : [fallback];
  return `${phrase}: ${list.join('; ')}`;
}
