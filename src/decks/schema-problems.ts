// Pass 2 of loading a deck: check the data against the schema, and turn each zod issue
// into a designer's message at the right line and column.
import type * as z from 'zod';
import { CONDITION_KEYS } from './condition-schema.js';
import { closest } from './did-you-mean.js';
import { EFFECT_OPS } from './effect-schema.js';
import {
  english,
  gotWording,
  hinted,
  said,
  saidAs,
  wording,
  type Hinted,
  type Problem,
  type ProblemKind,
  type ProblemParam,
  type ProblemSay,
  type Said,
} from './problem.js';
import { quote } from './safe-text.js';
import { dataAt, fieldsOf, schemaAt } from './schema-navigator.js';
import { deckFileSchema, type ParsedDeckFile } from './schema.js';
import { sourceAt } from './source-map.js';
import type { DeckSource } from './yaml-source.js';
import { ID_PATTERN, LIMITS, slugOf } from './vocabulary.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

interface Finding {
  path: Path;
  words: Said;
  hint?: Hinted;
  /** Point at the key rather than the value (unknown fields). */
  atKey?: boolean;
  /** A required field that is missing. */
  missing?: string;
  /** The effect (`op`) or rule (`kind`) the missing field belongs to, named in the message. */
  owner?: string;
  /** An unknown field that looks like a misspelling of this one. */
  replaces?: string;
}

/** Several fields missing from one mapping make one message: `missing required fields "side", "ops"`. */
function groupMissing(findings: Finding[]): Finding[] {
  const byParent = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.missing === undefined) continue;
    const key = JSON.stringify(f.path.slice(0, -1).map(String));
    byParent.set(key, [...(byParent.get(key) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.missing === undefined) {
      out.push(f);
      continue;
    }
    const group = byParent.get(JSON.stringify(f.path.slice(0, -1).map(String))) ?? [f];
    if (group.length === 1) out.push(f);
    else if (group[0] === f) {
      const examples = group.map((g) => FIELD_EXAMPLES[g.missing ?? '']).filter((e) => e !== undefined);
      const hint = f.owner !== undefined && examples.length > 0 ? hinted('schema.example.hint', { example: examples.join(', ') }) : undefined;
      out.push({
        ...f,
        words: said('schema.missingFields', { fields: group.map((g) => quote(g.missing ?? '')).join(', '), owner: inOwner(f.owner) }),
        ...(hint ? { hint } : {}),
      });
    }
  }
  return out;
}

/** A misspelt field is reported once: "unknown field spce; did you mean space?" says that space is missing. */
function dropMissingMisspelt(findings: Finding[]): Finding[] {
  const misspelt = new Set(findings.filter((f) => f.replaces !== undefined).map((f) => JSON.stringify([...f.path.slice(0, -1).map(String), f.replaces])));
  return findings.filter((f) => f.missing === undefined || !misspelt.has(JSON.stringify(f.path.map(String))));
}

const TYPE_NAMES: Record<string, ProblemKind> = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.int',
  boolean: 'type.boolean',
  object: 'type.object',
  array: 'type.array',
};

/** A zod type named for a designer: `a text`; a type of no name here keeps zod's word. */
function typeName(expected: string): ProblemParam {
  const kind = Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : undefined;
  return kind === undefined ? expected : wording(kind);
}

const UNION_NAMES: Record<string, ProblemKind> = {
  Text: 'type.text',
  Title: 'type.text',
  Value: 'type.value',
};

/** `a or b or c`, each said in the run's language. */
function either(names: readonly ProblemParam[]): ProblemParam {
  return names.slice(1).reduce<ProblemParam>((first, second) => wording('schema.or', { first, second }), names[0] ?? '');
}

/** `one of a, b`, or the one value. */
function oneOf(values: readonly string[]): ProblemParam {
  return values.length === 1 ? (values[0] ?? '') : wording('schema.oneOf', { values: values.join(', ') });
}

/** `did you mean "us"?`, or undefined when nothing is close. */
function didYouMeanHint(input: unknown, candidates: Iterable<string>): Hinted | undefined {
  if (typeof input !== 'string') return undefined;
  const match = closest(input, candidates);
  return match === undefined || match === input ? undefined : hinted('didYouMean', { name: match });
}

/** The rules the schema's checks state (schema.ts, condition-schema.ts), found again by their English. */
const RULES: ReadonlyMap<string, ProblemSay> = new Map(
  (
    [
      'rule.date',
      'rule.citationDate',
      'rule.noSuchDay',
      'rule.textEmpty',
      'rule.url',
      'rule.id',
      'rule.flag',
      'rule.roundBounds',
      'rule.maxBelowMin',
      'rule.needsSources',
      'rule.sourcesTwice',
    ] as const
  ).map((kind) => [english(wording(kind)), wording(kind)]),
);

/** A check's rule as a wording: the one a check of ours carries (`params.say`) or states; any other keeps zod's words in English. */
function ruleOf(issue: Issue): ProblemSay {
  const carried = (issue as { params?: { say?: ProblemSay } }).params?.say;
  return carried ?? RULES.get(issue.message) ?? wording('rule.other');
}

/** A message about a check: said from its rule when the rule is ours, else zod's own words in English. */
function ruleSaid(kind: 'schema.rule' | 'schema.ruleGot', issue: Issue, params: Record<string, ProblemParam>, englishText: string): Said {
  const rule = ruleOf(issue);
  const words = said(kind, { ...params, rule });
  return rule.kind === 'rule.other' ? saidAs(englishText, words.say) : words;
}

/** How the guide writes each field of an effect or a rule: the example a missing field's message gives. */
const FIELD_EXAMPLES: Record<string, string> = {
  side: 'side: self',
  amount: 'amount: 1',
  targets: 'targets: { region: developers }',
  track: 'track: lockIn',
  by: 'by: 1',
  count: 'count: 1',
  how: 'how: random',
  chooser: 'chooser: self',
  options: 'options: [{ label: { en: Yes, fr: Oui }, effects: [{ op: vp, side: self, amount: 1 }] }]',
  cond: 'cond: { lastRound: true }',
  then: 'then: [{ op: vp, side: self, amount: 1 }]',
  times: 'times: 2',
  effects: 'effects: [{ op: vp, side: self, amount: 1 }]',
  spaces: 'spaces: { region: developers }',
  opsDelta: 'opsDelta: 1',
  duration: 'duration: game',
  rule: 'rule: { kind: opsBonus, amount: 1 }',
  flag: 'flag: my-flag',
  set: 'set: true',
  card: 'card: <a card id>',
  outcomes: 'outcomes: [{ min: 4, max: 6, effects: [{ op: vp, side: self, amount: 1 }] }]',
  ops: 'ops: 2',
  region: 'region: developers',
  extra: 'extra: 1',
  at: 'at: roundStart',
};

function inOwner(owner: string | undefined): ProblemParam {
  return owner === undefined ? '' : wording('schema.inOwner', { owner });
}

/** The `by` of a moveTrack written for Leadership, as the `amount` of the vp effect meant. */
function leadershipAmount(data: unknown, path: Path): number {
  const by = dataAt(data, [...path.slice(0, -1), 'by']).value;
  return typeof by === 'number' && Number.isSafeInteger(by) ? by : 1;
}

/** The effect or rule a field sits in: its `op` or `kind`, read from the data. */
function ownerOf(data: unknown, path: Path): string | undefined {
  const parent = dataAt(data, path.slice(0, -1)).value;
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  const tag = (parent as Record<string, unknown>).op ?? (parent as Record<string, unknown>).kind;
  return typeof tag === 'string' && /^[A-Za-z]{1,30}$/.test(tag) ? tag : undefined;
}

const DISCRIMINATED: Record<string, { what: ProblemParam; known: readonly string[] }> = {
  op: { what: wording('schema.what.effect'), known: EFFECT_OPS },
  kind: { what: wording('schema.what.ruleKind'), known: [] },
};

export function checkDeckSchema(source: DeckSource, file: string): { deck?: ParsedDeckFile; problems: Problem[] } {
  // A deck far too large is refused before its cards are checked one by one.
  const cards = source.value.cards;
  if (Array.isArray(cards) && cards.length > LIMITS.cardsPerDeck) {
    const { line, col } = source.locate(sourceAt(source.root, ['cards']).node.at);
    return { problems: [{ file, line, col, severity: 'error', ...said('schema.tooManyCards', { count: cards.length, max: LIMITS.cardsPerDeck }) }] };
  }
  const result = deckFileSchema.safeParse(source.value, { reportInput: true });
  if (result.success) return { deck: result.data, problems: [] };
  const data = source.value;
  const findings = groupMissing(dropMissingMisspelt(result.error.issues.flatMap((issue) => describeIssue(issue, [], data))));
  const problems = findings.map((f): Problem => {
    const { node, exact } = sourceAt(source.root, f.path);
    const offset = f.atKey && exact ? (node.keyAt ?? node.at) : node.at;
    const { line, col } = source.locate(offset);
    return { file, line, col, severity: 'error', ...f.words, ...f.hint };
  });
  return { problems };
}

/** `side`, `spaces[2]`, `event[0]`: the last field name of a path, with the indices after it. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'number') label = `[${key}]${label}`;
    else return `${String(key)}${label}`;
  }
  return 'deck';
}

const got = gotWording;

function gotEnglish(value: unknown): string {
  const said = got(value);
  return typeof said === 'object' ? english(said) : String(said);
}

function numericStringHint(expectsNumber: boolean, input: unknown): Hinted | undefined {
  return expectsNumber && typeof input === 'string' && /^-?\d+$/.test(input.trim()) ? hinted('schema.noQuotes.hint') : undefined;
}

function describeIssue(issue: Issue, prefix: Path, data: unknown): Finding[] {
  const path = [...prefix, ...issue.path];
  const label = fieldLabel(path);
  const here = dataAt(data, path);
  const input = here.value;
  const discriminated = issue.code === 'invalid_union' && (issue as { discriminator?: string }).discriminator !== undefined;
  const shapeCodes = ['invalid_type', 'invalid_value', 'invalid_union'];
  if (!here.found && path.length > 0 && !discriminated && shapeCodes.includes(issue.code)) {
    const key = String(path[path.length - 1]);
    const owner = ownerOf(data, path);
    const example = owner !== undefined ? FIELD_EXAMPLES[key] : undefined;
    return [
      {
        path,
        words: said('schema.missingField', { field: quote(key), owner: inOwner(owner) }),
        missing: key,
        ...(owner !== undefined ? { owner } : {}),
        ...(example ? { hint: hinted('schema.example.hint', { example }) } : {}),
      },
    ];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const quoteHint =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? hinted('schema.quotes.hint', { value: quote(String(input)) })
          : numericStringHint(issue.expected === 'number' || issue.expected === 'int', input);
      return [{ path, words: said('schema.expected', { label, expected: typeName(issue.expected), got: got(input) }), hint: quoteHint }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint =
        didYouMeanHint(input, values) ??
        numericStringHint(
          issue.values.every((v) => typeof v === 'number'),
          input,
        ) ??
        (path.length === 1 && path[0] === 'formatVersion' ? hinted('schema.formatVersion.hint') : undefined) ??
        (label === 'track' && input === 'leadership' && ownerOf(data, path) === 'moveTrack'
          ? hinted('schema.leadership.hint', { amount: leadershipAmount(data, path) })
          : undefined);
      return [{ path, words: said('schema.expected', { label, expected: oneOf(values), got: got(input) }), hint }];
    }
    case 'unrecognized_keys': {
      const place = schemaAt(deckFileSchema, data, path);
      const isCondition = place?.id === 'Condition';
      const present = here.value && typeof here.value === 'object' ? Object.keys(here.value) : [];
      const allowed = isCondition ? [...CONDITION_KEYS] : fieldsOf(place);
      const absent = allowed.filter((k) => !present.includes(k));
      return issue.keys.map((key): Finding => {
        const suggestion = isCondition ? undefined : closest(key, absent);
        const hint =
          (suggestion !== undefined ? hinted('didYouMean', { name: suggestion }) : undefined) ??
          didYouMeanHint(key, isCondition ? allowed : []) ??
          (/\s/.test(key) ? hinted('schema.comma.hint') : undefined) ??
          (allowed.length > 0 && allowed.length <= 20
            ? hinted(isCondition ? 'schema.conditions.hint' : 'schema.allowedFields.hint', { fields: allowed.join(', ') })
            : undefined);
        const words = said(isCondition ? 'schema.unknownCondition' : 'schema.unknownField', { key: quote(key) });
        return { path: [...path, key], words, atKey: true, hint, ...(suggestion ? { replaces: suggestion } : {}) };
      });
    }
    case 'invalid_union':
      return describeUnion(issue, path, data);
    case 'too_small':
    case 'too_big':
      return [{ path, words: sizeSaid(issue, label, input) }];
    case 'invalid_format': {
      const hint = issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(ID_PATTERN) ? slugHint(input) : undefined;
      return [{ path, words: ruleSaid('schema.ruleGot', issue, { label, got: got(input) }, `${label}: ${issue.message}, got ${gotEnglish(input)}`), hint }];
    }
    case 'custom': {
      const shown = input !== null && typeof input !== 'object';
      return [
        {
          path,
          words: shown
            ? ruleSaid('schema.ruleGot', issue, { label, got: got(input) }, `${label}: ${issue.message}, got ${gotEnglish(input)}`)
            : ruleSaid('schema.rule', issue, { label }, `${label}: ${issue.message}`),
        },
      ];
    }
    default:
      // A check of zod's own (none in today's schema): its words in English, said as a value not allowed in other languages.
      return [{ path, words: saidAs(`${label}: ${lowerFirst(issue.message)}`, wording('schema.rule', { label, rule: wording('rule.other') })) }];
  }
}

function sizeSaid(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, label: string, input: unknown): Said {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array': {
      const n = Array.isArray(input) ? input.length : 0;
      if (small) return limit <= 1 ? said('schema.notEmpty', { label }) : said('schema.atLeastItems', { label, min: limit, count: n });
      return said('schema.atMostItems', { label, count: n, max: limit });
    }
    case 'string': {
      const n = typeof input === 'string' ? input.length : 0;
      if (small) return said('schema.notEmpty', { label });
      return said('schema.tooLong', { label, count: n, max: limit });
    }
    default: {
      const kind = small ? (inclusive ? 'schema.atLeast' : 'schema.moreThan') : inclusive ? 'schema.atMost' : 'schema.lessThan';
      return said(kind, { label, limit, got: got(input) });
    }
  }
}

/** A discriminated union (`op`, `kind`) names the unknown tag; a plain union reports its best-fitting member. */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: Path, data: unknown): Finding[] {
  const label = fieldLabel(path);
  const discriminator = (issue as { discriminator?: string }).discriminator;
  if (discriminator !== undefined) {
    const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
    const tag = dataAt(data, path);
    const names = DISCRIMINATED[discriminator] ?? { what: discriminator, known: options };
    const known = names.known.length > 0 ? names.known : options;
    if (!tag.found) {
      return [
        {
          path,
          words: said('schema.missingField', { field: quote(discriminator), owner: '' }),
          hint: hinted('schema.oneOf.hint', { field: discriminator, values: known.join(', ') }),
        },
      ];
    }
    const hint = didYouMeanHint(tag.value, known) ?? hinted('schema.known.hint', { values: known.join(', ') });
    return [{ path, words: said('schema.unknownTag', { label, what: names.what, got: got(tag.value) }), hint }];
  }

  const branches = issue.errors.map((issues, index) => ({ issues, index, score: branchScore(issues, path, data) }));
  const best = Math.min(...branches.map((b) => b.score));
  const input = dataAt(data, path).value;
  if (best >= TYPE_MISMATCH) {
    const place = schemaAt(deckFileSchema, data, path, { keepUnion: true });
    const named = place?.id ? UNION_NAMES[place.id] : undefined;
    const expected =
      named !== undefined
        ? wording(named)
        : either([...new Set(branches.flatMap((b) => b.issues.map((i) => (i.code === 'invalid_type' ? i.expected : ''))))].filter(Boolean).map(typeName));
    return [{ path, words: said('schema.expected', { label, expected, got: got(input) }) }];
  }
  const winners = branches.filter((b) => b.score === best);
  const allValues = winners.every((b) => b.issues.length === 1 && b.issues[0]?.code === 'invalid_value' && b.issues[0].path.length === 0);
  if (allValues && winners.length > 1) {
    // Several lists of allowed values (`self`... or `nobody`): one message with all of them.
    const values = winners.flatMap((b) => (b.issues[0]?.code === 'invalid_value' ? b.issues[0].values.map(String) : []));
    const hint = didYouMeanHint(input, values);
    return [{ path, words: said('schema.expected', { label, expected: wording('schema.oneOf', { values: values.join(', ') }), got: got(input) }), hint }];
  }
  const chosen = winners[0] ?? branches[0];
  return chosen ? chosen.issues.flatMap((i) => describeIssue(i, path, data)) : [];
}

const TYPE_MISMATCH = 1000;

/** How badly a union member misfits: a wrong kind of value is far worse than a wrong detail. */
function branchScore(issues: readonly Issue[], path: Path, data: unknown): number {
  let score = 0;
  for (const issue of issues) {
    if (issue.path.length === 0 && issue.code === 'invalid_type') score += TYPE_MISMATCH;
    else if (issue.code === 'unrecognized_keys') score += 10 * issue.keys.length;
    else if (issue.code === 'invalid_type' && !dataAt(data, [...path, ...issue.path]).found) score += 10;
    else if (issue.path.length === 0 && issue.code === 'invalid_value') score += 5;
    else score += 1;
  }
  return score;
}

function slugHint(input: unknown): Hinted | undefined {
  if (typeof input !== 'string') return undefined;
  const slug = slugOf(input, 60);
  return slug && slug !== input && ID_PATTERN.test(slug) ? hinted('didYouMean', { name: slug }) : undefined;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
