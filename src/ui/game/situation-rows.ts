// The situation panel (key i): what decides the game, worded from the engine's situation
// functions over the seated player's view. Each goal with its progress, the lasting effects by
// their card and deck label, the markers by name, dominance and encirclement, and final scoring
// if the game ended now. Nothing here reads a hand: the figures are public.
import {
  dominanceThreats,
  encirclement,
  goalProgress,
  lastingEffects,
  markersInForce,
  projectedFinal,
  rules,
  type FinalProjection,
  type GoalProgress,
  type LastingEffect,
  type PlayerView,
} from '../../engine/index.js';
import { actorName, cardTitle, lastingRuleText, markerName, regionName, regionPlace, sideName, sideOfThe, sideThe } from '../../i18n/game-words.js';
import { localText } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import { PRESSURE_PARAMS } from '../../i18n/pressure-params.js';
import { seg, type Row, type Seg } from '../components/rows.js';
import { wrap } from '../terminal/text.js';
import type { Wording } from './describe.js';

/** The fields of a view the panel reads: all public. */
export type SituationView = Pick<PlayerView, 'side' | 'setup' | 'stats' | 'clock' | 'modifiers' | 'flags' | 'influence' | 'round' | 'rounds' | 'leadership'>;

/** A Leadership swing as the board writes it: "U+3", "C+2", or "0". */
export function swingText(w: Pick<Wording, 't'>, value: number): string {
  if (value === 0) return '0';
  return `${w.t(value > 0 ? 'side.letter.us' : 'side.letter.china')}+${Math.abs(value)}`;
}

export function goalText(w: Wording, g: GoalProgress): string {
  const t = w.t;
  const goal = t(`goal.${g.persona}`, { done: g.done, needed: g.needed, offset: PRESSURE_PARAMS.offset });
  const status = g.needed === 0 ? t('goal.nothing') : g.met ? t('goal.met', { reward: PRESSURE_PARAMS.reward }) : t('goal.short', { side: sideName(w.lang, g.side === 'us' ? 'china' : 'us'), penalty: g.penalty });
  return t('situation.goal', { check: t(`pressure.${g.persona}.name`), goal, status });
}

export function lastingText(w: Wording, e: LastingEffect): string {
  const label = e.label ? localText(e.label, w.lang) : lastingRuleText(w.lang, e.side, e.rule);
  return w.t('situation.lasting', { card: cardTitle(w, e.card), label, duration: w.t(e.next ? `duration.nextCard.${e.next}` : `duration.${e.duration}`) });
}

export function finalText(w: Wording, p: FinalProjection): string {
  const t = w.t;
  const regions = p.regions.map((r) => t('situation.final.region', { region: regionName(w.lang, r.region), value: swingText(w, r.us - r.china) })).join(' · ');
  const result = p.leadership === 0 ? t('situation.final.even') : t('track.ahead', { side: sideName(w.lang, p.leadership > 0 ? 'us' : 'china'), points: Math.abs(p.leadership) });
  return t('situation.final', { regions, result });
}

/** Every line of the panel, wrapped to `width`, most pressing first: goals, effects, dominance, final scoring. */
export function situationRows(w: Wording, view: SituationView, width: number): Row[] {
  const t = w.t;
  const rows: Row[] = [];
  const para = (text: string, style: Omit<Seg, 'text'> = {}, lead: Seg[] = []) => {
    const indent = lead.reduce((n, s) => n + s.text.length, 0);
    wrap(text, width - indent).forEach((line, i) => rows.push([...(i === 0 ? lead : [seg(' '.repeat(indent))]), seg(line, style)]));
  };
  const heading = (text: string) => rows.push([seg(text, { bold: true, tone: 'accent' })]);

  heading(t('situation.goals'));
  const mine = view.side;
  for (const side of [mine, mine === 'us' ? 'china' : 'us'] as const) {
    const g = goalProgress(view, side);
    const lead = [seg(t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }), seg(` ${actorName(w, side)} · `, { tone: side, bold: true })];
    para(goalText(w, g), g.met ? {} : { tone: 'bad' }, lead);
  }

  heading(t('situation.inForce'));
  const effects = lastingEffects(view, w.cards);
  const markers = markersInForce(view, w.cards);
  if (effects.length === 0 && markers.length === 0) para(t('situation.nothingInForce'), { dim: true }, [seg('  ')]);
  for (const e of effects) para(lastingText(w, e), { tone: e.side }, [seg('• ')]);
  for (const m of markers) {
    const key: MessageKey = m.flag === rules.TRAP_FLAG ? 'situation.marker.trap' : 'situation.marker';
    para(t(key, { name: markerName(w, m.flag), card: m.setBy.map((id) => cardTitle(w, id)).join(', ') || '—' }), {}, [seg('• ')]);
  }

  const threats = dominanceThreats(view);
  const market = regionPlace('chinaMarket');
  if (threats.length === 0) para(t('situation.dominance.none', { region: market }), { dim: true });
  for (const d of threats) {
    const words = { region: regionPlace(d.region), side: sideOfThe(w.lang, d.side), round: rules.DOMINANCE_FROM_ROUND };
    if (d.live) para(t('situation.dominance.live', words), { tone: 'bad', bold: true });
    else para(t('situation.dominance.later', words), { tone: 'bad' });
  }
  const us = encirclement(view, 'us');
  const china = encirclement(view, 'china');
  para(t('situation.encirclement', { a: sideThe(w.lang, 'china'), aHeld: us.held, b: sideThe(w.lang, 'us'), bHeld: china.held, needed: us.needed }), {});
  for (const e of [us, china]) if (e.encircled) para(t('situation.encircled', { side: sideOfThe(w.lang, e.side) }), { tone: 'bad', bold: true });

  para(finalText(w, projectedFinal(view)), { bold: true });
  return rows;
}
