// Pass 2 of loading a deck: check the data against the schema, and turn each zod issue
// into a designer's message at the right line and column.
import type * as z from 'zod';
import { CONDITION_KEYS } from './condition-schema.js';
import { closest, didYouMean } from './did-you-mean.js';
import { EFFECT_OPS } from './effect-schema.js';
import type { Problem } from './problem.js';
import { describeKind, quote } from './safe-text.js';
import { dataAt, fieldsOf, schemaAt } from './schema-navigator.js';
import { deckFileSchema, type ParsedDeckFile } from './schema.js';
import { sourceAt } from './source-map.js';
import type { DeckSource } from './yaml-source.js';
import { ID_PATTERN, LIMITS, slugOf } from './vocabulary.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

interface Finding {
  path: Path;
  message: string;
  hint?: string;
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
      const hint = f.owner !== undefined && examples.length > 0 ? `for example: ${examples.join(', ')}` : undefined;
      out.push({ ...f, message: `missing required fields ${group.map((g) => quote(g.missing ?? '')).join(', ')}${inOwner(f.owner)}`, ...(hint ? { hint } : {}) });
    }
  }
  return out;
}

/** A misspelt field is reported once: "unknown field spce; did you mean space?" says that space is missing. */
function dropMissingMisspelt(findings: Finding[]): Finding[] {
  const misspelt = new Set(
    findings.filter((f) => f.replaces !== undefined).map((f) => JSON.stringify([...f.path.slice(0, -1).map(String), f.replaces])),
  );
  return findings.filter((f) => f.missing === undefined || !misspelt.has(JSON.stringify(f.path.map(String))));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

const UNION_NAMES: Record<string, string> = {
  Text: 'a text, or a mapping with en and fr',
  Title: 'a text, or a mapping with en and fr',
  Value: 'a whole number, or a mapping with count, track or hand',
};

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

function inOwner(owner: string | undefined): string {
  return owner === undefined ? '' : ` in ${owner}`;
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

const DISCRIMINATED: Record<string, { what: string; known: readonly string[] }> = {
  op: { what: 'effect', known: EFFECT_OPS },
  kind: { what: 'rule kind', known: [] },
};

export function checkDeckSchema(source: DeckSource, file: string): { deck?: ParsedDeckFile; problems: Problem[] } {
  // A deck far too large is refused before its cards are checked one by one.
  const cards = source.value.cards;
  if (Array.isArray(cards) && cards.length > LIMITS.cardsPerDeck) {
    const { line, col } = source.locate(sourceAt(source.root, ['cards']).node.at);
    const message = `cards: has ${cards.length} items, at most ${LIMITS.cardsPerDeck} allowed`;
    return { problems: [{ file, line, col, severity: 'error', message }] };
  }
  const result = deckFileSchema.safeParse(source.value, { reportInput: true });
  if (result.success) return { deck: result.data, problems: [] };
  const data = source.value;
  const findings = groupMissing(dropMissingMisspelt(result.error.issues.flatMap((issue) => describeIssue(issue, [], data))));
  const problems = findings.map((f): Problem => {
    const { node, exact } = sourceAt(source.root, f.path);
    const offset = f.atKey && exact ? (node.keyAt ?? node.at) : node.at;
    const { line, col } = source.locate(offset);
    return { file, line, col, severity: 'error', message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
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

function got(value: unknown): string {
  return typeof value === 'string' ? quote(value) : describeKind(value);
}

function numericStringHint(expectsNumber: boolean, input: unknown): string | undefined {
  return expectsNumber && typeof input === 'string' && /^-?\d+$/.test(input.trim()) ? 'write the number without quotes' : undefined;
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
    return [{ path, message: `missing required field ${quote(key)}${inOwner(owner)}`, missing: key, ...(owner !== undefined ? { owner } : {}), ...(example ? { hint: `for example: ${example}` } : {}) }];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const quoteHint =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? `put it in quotes: ${quote(String(input))}`
          : numericStringHint(issue.expected === 'number' || issue.expected === 'int', input);
      return [{ path, message: `${label}: expected ${expected}, got ${got(input)}`, ...(quoteHint ? { hint: quoteHint } : {}) }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      const hint =
        didYouMean(input, values) ??
        numericStringHint(issue.values.every((v) => typeof v === 'number'), input) ??
        (path.length === 1 && path[0] === 'formatVersion' ? 'this version of the game reads deck format 1' : undefined) ??
        (label === 'track' && input === 'leadership' && ownerOf(data, path) === 'moveTrack'
          ? `Leadership is not moved with moveTrack: write { op: vp, side: self, amount: ${leadershipAmount(data, path)} } (positive toward side)`
          : undefined);
      return [{ path, message: `${label}: expected ${expected}, got ${got(input)}`, ...(hint ? { hint } : {}) }];
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
          (suggestion !== undefined ? `did you mean "${suggestion}"?` : undefined) ??
          didYouMean(key, isCondition ? allowed : []) ??
          (/\s/.test(key) ? 'a comma inside { } starts a new field: put a text holding commas in quotes' : undefined) ??
          (allowed.length > 0 && allowed.length <= 20 ? `${isCondition ? 'conditions' : 'allowed fields'}: ${allowed.join(', ')}` : undefined);
        const message = `unknown ${isCondition ? 'condition' : 'field'} ${quote(key)}`;
        return { path: [...path, key], message, atKey: true, ...(hint ? { hint } : {}), ...(suggestion ? { replaces: suggestion } : {}) };
      });
    }
    case 'invalid_union':
      return describeUnion(issue, path, data);
    case 'too_small':
    case 'too_big':
      return [{ path, message: `${label}: ${sizeMessage(issue, input)}` }];
    case 'invalid_format': {
      const hint = issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(ID_PATTERN) ? slugHint(input) : undefined;
      return [{ path, message: `${label}: ${issue.message}, got ${got(input)}`, ...(hint ? { hint } : {}) }];
    }
    case 'custom': {
      const shown = input !== null && typeof input !== 'object' ? `, got ${got(input)}` : '';
      return [{ path, message: `${label}: ${issue.message}${shown}` }];
    }
    default:
      return [{ path, message: `${label}: ${lowerFirst(issue.message)}` }];
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array': {
      const n = Array.isArray(input) ? input.length : 0;
      if (small) return limit <= 1 ? 'must not be empty' : `needs at least ${limit} items, got ${n}`;
      return `has ${n} items, at most ${limit} allowed`;
    }
    case 'string': {
      const n = typeof input === 'string' ? input.length : 0;
      if (small) return 'must not be empty';
      return `is too long: ${n} characters, at most ${limit} allowed`;
    }
    default: {
      const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      return `must be ${bound} ${limit}, got ${got(input)}`;
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
      return [{ path, message: `missing required field ${quote(discriminator)}`, hint: `${discriminator}: one of ${known.join(', ')}` }];
    }
    const hint = didYouMean(tag.value, known) ?? `known: ${known.join(', ')}`;
    return [{ path, message: `${label}: unknown ${names.what} ${got(tag.value)}`, hint }];
  }

  const branches = issue.errors.map((issues, index) => ({ issues, index, score: branchScore(issues, path, data) }));
  const best = Math.min(...branches.map((b) => b.score));
  const input = dataAt(data, path).value;
  if (best >= TYPE_MISMATCH) {
    const place = schemaAt(deckFileSchema, data, path, { keepUnion: true });
    const named = place?.id ? UNION_NAMES[place.id] : undefined;
    const expected =
      named ??
      [...new Set(branches.flatMap((b) => b.issues.map((i) => (i.code === 'invalid_type' ? (TYPE_NAMES[i.expected] ?? i.expected) : ''))))]
        .filter(Boolean)
        .join(' or ');
    return [{ path, message: `${label}: expected ${expected}, got ${got(input)}` }];
  }
  const winners = branches.filter((b) => b.score === best);
  const allValues = winners.every((b) => b.issues.length === 1 && b.issues[0]?.code === 'invalid_value' && b.issues[0].path.length === 0);
  if (allValues && winners.length > 1) {
    // Several lists of allowed values (`self`... or `nobody`): one message with all of them.
    const values = winners.flatMap((b) => (b.issues[0]?.code === 'invalid_value' ? b.issues[0].values.map(String) : []));
    const hint = didYouMean(input, values);
    return [{ path, message: `${label}: expected one of ${values.join(', ')}, got ${got(input)}`, ...(hint ? { hint } : {}) }];
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

function slugHint(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const slug = slugOf(input, 60);
  return slug && slug !== input && ID_PATTERN.test(slug) ? `did you mean "${slug}"?` : undefined;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
