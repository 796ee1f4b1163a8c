// Pass 3 of loading decks: what the schema cannot see one value at a time. Card ids unique
// across every loaded deck; named cards and flags exist; scoring and signature cards are
// consistent; a base deck has one scoring card per region and one signature card per persona.
import { closest } from './did-you-mean.js';
import { walkCard, type Path } from './effect-walk.js';
import { hinted, said, wording, type Hinted, type Problem, type ProblemParam, type ProblemSay, type Said, type Severity } from './problem.js';
import { quote } from './safe-text.js';
import type { CardDef, Deck, Effect, Text } from './types.js';
import { ERAS, PERSONA_IDS, PERSONA_SIDE, REGION_IDS, SPACE_REGION } from './vocabulary.js';
import { sourceAt } from './source-map.js';
import { PLACEHOLDER_SOURCE } from './starter-deck.js';
import type { DeckSource } from './yaml-source.js';

export interface CheckedDeck {
  deck: Deck;
  file: string;
  source: DeckSource;
  /** An expansion adds cards to a base deck: the base deck's composition rules do not apply to it. */
  asExpansion: boolean;
}

/** A deck already loaded and checked (the base deck when an expansion is checked): its cards can be named. */
export interface KnownDeck {
  deck: Deck;
  file?: string;
  /** The line of a card's id in `file`, when known: a duplicate id points at it. */
  lineOf?: (cardId: string) => number | undefined;
}

interface CardPlace {
  card: CardDef;
  /** A file, a deck named by its id, or a place in a file. */
  where: string | ProblemSay | { file: string; text: string; line: number };
}

/** Where a card of a deck loaded before is written: its file and line when known. */
function knownWhere(k: KnownDeck, cardId: string): CardPlace['where'] {
  if (k.file === undefined) return wording('xref.deck', { id: quote(k.deck.id) });
  const line = k.lineOf?.(cardId);
  return line === undefined ? k.file : { file: k.file, text: `${k.file}:${line}`, line };
}

export function checkCrossReferences(decks: readonly CheckedDeck[], known: readonly KnownDeck[] = []): Problem[] {
  const problems: Problem[] = [];
  const report = (d: CheckedDeck, path: Path, severity: Severity, words: Said, hint?: Hinted, atKey = false) => {
    const { node, exact } = sourceAt(d.source.root, path);
    const { line, col } = d.source.locate(atKey && exact ? (node.keyAt ?? node.at) : node.at);
    problems.push({ file: d.file, line, col, severity, ...words, ...hint });
  };
  const where = (d: CheckedDeck, path: Path) => {
    const { node } = sourceAt(d.source.root, path);
    const { line, col } = d.source.locate(node.at);
    return { file: d.file, text: `${d.file}:${line}:${col}`, line };
  };
  /** `line 5` within the same file, `file:5:9` in another. */
  const firstUse = (d: CheckedDeck, first: CardPlace['where']): ProblemParam =>
    typeof first === 'string' || 'kind' in first
      ? wording('xref.in', { place: first })
      : first.file === d.file
        ? wording('xref.atLine', { line: first.line })
        : wording('xref.in', { place: first.text });

  // Ids: cards and decks, across everything loaded.
  const cards = new Map<string, CardPlace>();
  const deckIds = new Map<string, CardPlace['where']>();
  /** Decks whose id was loaded before: reported once, not checked card by card again. */
  const twice = new Set<CheckedDeck>();
  for (const k of known) {
    deckIds.set(k.deck.id, k.file ?? wording('xref.deck', { id: quote(k.deck.id) }));
    for (const card of k.deck.cards) cards.set(card.id, { card, where: knownWhere(k, card.id) });
  }
  for (const d of decks) {
    const firstDeck = deckIds.get(d.deck.id);
    if (firstDeck !== undefined) {
      // The same deck loaded twice: one message, not one per card.
      report(d, ['id'], 'error', said('xref.duplicateDeck', { id: quote(d.deck.id), first: firstUse(d, firstDeck) }));
      twice.add(d);
      continue;
    }
    deckIds.set(d.deck.id, where(d, ['id']));
    d.deck.cards.forEach((card, i) => {
      const first = cards.get(card.id);
      if (first) {
        // In another deck: the deck id as a prefix keeps ids apart (in the same deck it would not help).
        const elsewhere = typeof first.where === 'string' || 'kind' in first.where || first.where.file !== d.file;
        const prefixed = !elsewhere || card.id.startsWith(`${d.deck.id}-`) ? undefined : `${d.deck.id}-${card.id}`;
        const hint = prefixed !== undefined && !cards.has(prefixed) ? hinted('xref.prefix.hint', { id: quote(prefixed) }) : undefined;
        report(d, ['cards', i, 'id'], 'error', said('xref.duplicateCard', { id: quote(card.id), first: firstUse(d, first.where) }), hint);
      } else cards.set(card.id, { card, where: where(d, ['cards', i, 'id']) });
    });
  }

  // One signature card per persona and one scoring card per region in the merged decks: an
  // expansion's second one is reported with the first one's place (a base deck's own are
  // checked by checkBaseComposition).
  const roles = new Map<string, { id: string; where: CardPlace['where'] }>();
  const roleOf = (card: CardDef) =>
    card.signature !== undefined ? `signature:${card.signature}` : card.scoring !== undefined ? `scoring:${card.scoring}` : null;
  for (const k of known) {
    for (const card of k.deck.cards) {
      const role = roleOf(card);
      if (role !== null && !roles.has(role)) roles.set(role, { id: card.id, where: knownWhere(k, card.id) });
    }
  }
  for (const d of decks) {
    if (twice.has(d)) continue;
    d.deck.cards.forEach((card, i) => {
      const role = roleOf(card);
      if (role === null) return;
      const first = roles.get(role);
      if (!first) {
        roles.set(role, { id: card.id, where: where(d, ['cards', i, 'id']) });
        return;
      }
      if (!d.asExpansion || first.id === card.id) return;
      const after = { first: quote(first.id), where: firstUse(d, first.where) };
      if (card.signature !== undefined) {
        report(d, ['cards', i, 'signature'], 'error', said('xref.secondSignature', { persona: card.signature, ...after }), hinted('xref.secondSignature.hint'));
      } else {
        report(d, ['cards', i, 'scoring'], 'warning', said('xref.secondScoring', { region: card.scoring ?? '', ...after }));
      }
    });
  }

  // Flags that some card sets, anywhere.
  const setFlags = new Set<string>();
  const collectFlags = (effect: Effect) => {
    if (effect.op === 'flag' && effect.set) setFlags.add(effect.flag);
  };
  for (const deck of [...known.map((k) => k.deck), ...decks.map((d) => d.deck)]) {
    for (const card of deck.cards) walkCard(card, [], { effect: collectFlags });
  }

  for (const d of decks) {
    d.deck.cards.forEach((card, i) => checkCard(d, card, ['cards', i], cards, setFlags, report));
    if (!d.asExpansion) checkBaseComposition(d, report);
    checkFrench(d, report);
  }
  return problems;
}

type Report = (d: CheckedDeck, path: Path, severity: Severity, words: Said, hint?: Hinted, atKey?: boolean) => void;

/** `did you mean "us"?`, or undefined when nothing is close. */
function didYouMean(input: string, candidates: Iterable<string>): Hinted | undefined {
  const match = closest(input, candidates);
  return match === undefined || match === input ? undefined : hinted('didYouMean', { name: match });
}

function checkCard(d: CheckedDeck, card: CardDef, path: Path, cards: ReadonlyMap<string, CardPlace>, setFlags: ReadonlySet<string>, report: Report): void {
  if (card.scoring !== undefined) {
    if (card.ops !== 0) report(d, [...path, 'ops'], 'error', said('xref.scoringOps', { ops: card.ops }));
    if (card.side !== 'neutral') report(d, [...path, 'side'], 'error', said('xref.scoringSide', { side: card.side }));
    if (card.signature !== undefined) {
      report(d, [...path, 'signature'], 'error', said('xref.scoringSignature'));
    }
    const region = card.scoring;
    let scores = false;
    walkCard(card, [], { effect: (e) => (scores ||= e.op === 'scoreRegion' && e.region === region) });
    if (!scores) {
      report(d, [...path, 'event'], 'warning', said('xref.neverScores', { region }), hinted('xref.neverScores.hint', { region }));
    }
  } else if (card.ops === 0) {
    report(d, [...path, 'ops'], 'error', said('xref.zeroOps'), hinted('xref.zeroOps.hint'));
  }
  if (card.signature !== undefined && card.side !== PERSONA_SIDE[card.signature]) {
    report(d, [...path, 'side'], 'error', said('xref.signatureSide', { persona: card.signature, side: PERSONA_SIDE[card.signature], got: card.side }));
  }
  if (card.passes === true) checkPassing(d, card, path, report);
  const both = (card.favours ?? []).filter((p) => card.hurts?.includes(p));
  if (both.length > 0) report(d, [...path, 'hurts'], 'warning', said('xref.favoursHurts', { personas: both.join(', ') }));
  checkTextNumbers(d, card, path, report);
  if (card.source?.trim() === PLACEHOLDER_SOURCE) {
    report(d, [...path, 'source'], 'warning', said('xref.placeholderSource'), hinted('xref.placeholder.hint'));
  }
  card.sources?.forEach((c, i) => {
    if (c.outlet.trim() === PLACEHOLDER_SOURCE) {
      report(d, [...path, 'sources', i, 'outlet'], 'warning', said('xref.placeholderSources'), hinted('xref.placeholder.hint'));
    }
  });
  if (card.event.length === 0) {
    report(d, [...path, 'event'], 'warning', said('xref.emptyEvent'));
  }

  const ids = [...cards.keys()];
  walkCard(card, path, {
    effect(effect, at) {
      if (effect.op === 'cancelEvent' && !cards.has(effect.card)) {
        report(d, [...at, 'card'], 'error', said('xref.noCard', { field: 'card', id: quote(effect.card) }), didYouMean(effect.card, ids));
      }
      if (effect.op === 'retrieve' && effect.card !== undefined) {
        const named = cards.get(effect.card);
        if (!named) {
          report(d, [...at, 'card'], 'error', said('xref.noCard', { field: 'card', id: quote(effect.card) }), didYouMean(effect.card, ids));
        } else {
          const kind =
            named.card.scoring !== undefined
              ? 'xref.what.scoring'
              : named.card.signature !== undefined
                ? 'xref.what.signature'
                : named.card.passes === true
                  ? 'xref.what.passes'
                  : null;
          if (kind) report(d, [...at, 'card'], 'warning', said('xref.neverRetrieved', { id: quote(effect.card), what: wording(kind) }));
        }
      }
      if (effect.op === 'flag' && !effect.set && effect.duration !== undefined) {
        report(d, [...at, 'duration'], 'warning', said('xref.clearedDuration'), hinted('xref.clearedDuration.hint'));
      }
      if (effect.op === 'roll') checkOutcomes(d, effect, at, report);
      if (effect.op === 'lasting' && effect.rule.kind === 'eachRound') checkEachRound(d, effect, at, report);
    },
    condition(condition, at) {
      if ('eventPlayed' in condition && !cards.has(condition.eventPlayed)) {
        report(
          d,
          [...at, 'eventPlayed'],
          'error',
          said('xref.noCard', { field: 'eventPlayed', id: quote(condition.eventPlayed) }),
          didYouMean(condition.eventPlayed, ids),
        );
      }
      if ('flag' in condition && !setFlags.has(condition.flag)) {
        report(d, [...at, 'flag'], 'warning', said('xref.flagNeverSet', { flag: quote(condition.flag) }), didYouMean(condition.flag, setFlags));
      }
    },
    filter(filter, at, inForEach) {
      if (filter.current !== undefined && !inForEach) {
        report(d, [...at, 'current'], 'error', said('xref.currentOutside'), undefined, true);
      }
      if (filter.spaces && filter.region !== undefined) {
        const regions: readonly string[] = Array.isArray(filter.region) ? filter.region : [filter.region];
        if (!filter.spaces.some((s) => regions.includes(SPACE_REGION[s] ?? ''))) {
          report(d, at, 'warning', said('xref.noSpaceMatches', { spaces: filter.spaces.join(', '), regions: regions.join(', ') }));
        }
      }
    },
  });
}

/** Number words a text may use instead of digits, in English and French. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twice: 2,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
};

/** The constant numbers of an event a player reads in its text: Leadership, track moves, influence,
 * cards drawn or discarded, Ops changes, lasting amounts, sanction Ops, repeats (1 is left out: "a card"). */
function eventNumbers(card: CardDef): Set<number> {
  const found = new Set<number>();
  const add = (n: unknown) => {
    if (typeof n === 'number' && Math.abs(n) > 1) found.add(Math.abs(n));
  };
  walkCard(card, [], {
    effect(e) {
      switch (e.op) {
        case 'vp':
        case 'addInfluence':
        case 'removeInfluence':
          add(e.amount);
          break;
        case 'moveTrack':
          add(e.by);
          break;
        case 'draw':
        case 'discard':
        case 'take':
          add(e.count);
          break;
        case 'peek':
        case 'reveal':
          if (e.count !== undefined) add(e.count);
          break;
        case 'modifyNextCard':
          add(e.opsDelta);
          break;
        case 'lasting':
          if ('amount' in e.rule) add(e.rule.amount);
          if ('extra' in e.rule) add(e.rule.extra);
          break;
        case 'sanction':
          add(e.ops);
          break;
        case 'repeat':
          add(e.times);
          break;
        case 'clearInfluence':
        case 'choose':
        case 'if':
        case 'forEach':
        case 'flag':
        case 'cancelEvent':
        case 'roll':
        case 'scoreRegion':
        case 'retrieve':
          break;
        default: {
          const unhandled: never = e;
          throw new Error(`effect not read: ${JSON.stringify(unhandled)}`);
        }
      }
    },
  });
  return found;
}

function textNumbers(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d+/g)) found.add(Number(m[0]));
  for (const word of text.toLowerCase().split(/[^a-zà-ÿ]+/)) {
    const n = NUMBER_WORDS[word];
    if (n !== undefined) found.add(n);
  }
  return found;
}

/** After a balance tweak the text must follow: every number of the event appears in each language's text. */
function checkTextNumbers(d: CheckedDeck, card: CardDef, path: Path, report: Report): void {
  const wanted = eventNumbers(card);
  if (wanted.size === 0) return;
  const texts: [string, string | undefined, Path][] =
    typeof card.text === 'string'
      ? [['en', card.text, [...path, 'text']]]
      : [
          ['en', card.text.en, [...path, 'text', 'en']],
          ['fr', card.text.fr, [...path, 'text', 'fr']],
        ];
  for (const [lang, text, at] of texts) {
    if (text === undefined) continue;
    const inText = textNumbers(text);
    const missing = [...wanted].filter((n) => !inText.has(n)).sort((a, b) => a - b);
    if (missing.length > 0) {
      const numbers = missing.join(', ');
      report(
        d,
        at,
        'warning',
        typeof card.text === 'string' ? said('xref.textNumbers', { numbers }) : said('xref.textNumbersIn', { lang, numbers }),
        hinted('xref.textNumbers.hint'),
      );
    }
  }
}

/** A bargaining chip goes from hand to hand for the whole game: it works for whoever plays it,
 * and nothing may take it out of that loop. */
function checkPassing(d: CheckedDeck, card: CardDef, path: Path, report: Report): void {
  const at = (field: string) => [...path, field];
  if (card.side !== 'neutral') {
    report(d, at('side'), 'error', said('xref.passesSide', { side: card.side }));
  }
  if (card.scoring !== undefined) report(d, at('passes'), 'error', said('xref.passesScoring'));
  if (card.signature !== undefined) report(d, at('passes'), 'error', said('xref.passesSignature'));
  if (card.removeAfterEvent === true) {
    report(d, at('removeAfterEvent'), 'error', said('xref.passesRemoved'), hinted('xref.passesRemoved.hint'));
  }
}

/** A per-round rule acts while it lasts: one that only lasts this round never sees a round start,
 * and one that puts another per-round rule in play would multiply the work of every round. */
function checkEachRound(d: CheckedDeck, effect: Extract<Effect, { op: 'lasting' }>, path: Path, report: Report): void {
  if (path.includes('rule')) {
    report(d, [...path, 'rule', 'kind'], 'error', said('xref.eachRoundNested'), hinted('xref.eachRoundNested.hint'));
  }
  if (effect.rule.kind === 'eachRound' && effect.rule.at === 'roundStart' && effect.duration === 'round') {
    report(d, [...path, 'duration'], 'warning', said('xref.roundStartThisRound'), hinted('xref.roundStartThisRound.hint'));
  }
}

function checkOutcomes(d: CheckedDeck, effect: Extract<Effect, { op: 'roll' }>, path: Path, report: Report): void {
  effect.outcomes.forEach((outcome, i) => {
    const earlier = effect.outcomes.findIndex((o, j) => j < i && o.min <= outcome.max && outcome.min <= o.max);
    if (earlier !== -1) {
      report(d, [...path, 'outcomes', i, 'min'], 'warning', said('xref.overlap', { index: i, earlier }));
    }
  });
}

function checkBaseComposition(d: CheckedDeck, report: Report): void {
  // A deck with no scoring and no signature card at all is most likely an expansion checked as a base deck.
  const looksLikeExpansion = !d.deck.cards.some((c) => c.scoring !== undefined || c.signature !== undefined);
  let expansionHint: Hinted | undefined = looksLikeExpansion ? hinted('xref.asExpansion.hint') : undefined;
  const single = <K extends 'scoring' | 'signature'>(field: K, values: readonly string[], what: 'xref.what.scoring' | 'xref.what.signature') => {
    for (const value of values) {
      const matching = d.deck.cards.map((card, i) => ({ card, i })).filter(({ card }) => card[field] === value);
      if (matching.length === 0) {
        report(d, ['cards'], 'error', said('xref.baseNeeds', { what: wording(what), value }), expansionHint, true);
        expansionHint = undefined;
      }
      for (const extra of matching.slice(1)) {
        report(d, ['cards', extra.i, field], 'error', said('xref.baseSecond', { field, what: wording(what), value, first: quote(matching[0]?.card.id ?? '') }));
      }
    }
  };
  single('scoring', REGION_IDS, 'xref.what.scoring');
  single('signature', PERSONA_IDS, 'xref.what.signature');
  for (const era of ERAS) {
    if (!d.deck.cards.some((c) => c.era === era)) report(d, ['cards'], 'warning', said('xref.noEra', { era }), undefined, true);
  }
}

/** English is required by the schema; French is optional but players who chose it should get it. */
function checkFrench(d: CheckedDeck, report: Report): void {
  const hasFr = (t: Text | undefined) => t !== undefined && typeof t === 'object' && t.fr !== undefined;
  const missingIn = (card: CardDef): string[] => {
    const fields: [string, Text | undefined][] = [
      ['title', card.title],
      ['text', card.text],
      ['history', card.history],
    ];
    if (card.question !== undefined) fields.push(['question', card.question]);
    return fields.filter(([, t]) => !hasFr(t)).map(([name]) => name);
  };
  const anyFrench = hasFr(d.deck.name) || d.deck.cards.some((c) => missingIn(c).length < (c.question ? 4 : 3));
  if (!anyFrench) {
    report(d, ['name'], 'warning', said('xref.noFrench'), hinted('xref.noFrench.hint'));
    return;
  }
  d.deck.cards.forEach((card, i) => {
    const missing = missingIn(card);
    if (missing.length > 0) {
      report(d, ['cards', i, 'id'], 'warning', said('xref.missingFrench', { id: quote(card.id), fields: missing.join(', ') }));
    }
  });
}
