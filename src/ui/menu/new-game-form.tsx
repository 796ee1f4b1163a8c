// The new-game form: mode (hot-seat or against the computer), side and bot, both personas,
// rounds and seed. Each field is changed in place with ←/→; the seed is typed. Enter starts.
import { useCallback } from 'react';
import type { Persona, Side } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { MessageKey } from '../../i18n/messages.js';
import { hint, hintRow } from '../components/hints.js';
import { Rows, seg, type Row } from '../components/rows.js';
import type { Seats } from '../game/seats.js';
import type { CommandEvent } from '../keymap.js';
import { personaRows } from '../screens/persona-screen.js';
import { fit, wrap } from '../terminal/text.js';
import { useCommands } from '../use-commands.js';
import { useSyncState } from '../use-sync-state.js';
import { useUi } from '../ui-context.js';

export interface FormValues {
  mode: 'hotseat' | 'bot';
  side: Side;
  bot: string;
  us: Persona;
  china: Persona;
  rounds: number;
  seed: string;
}

type Field = 'mode' | 'side' | 'bot' | 'us' | 'china' | 'rounds' | 'seed' | 'start';

export interface NewGameChoice {
  seats: Seats;
  personas: { us: Persona; china: Persona };
  rounds: number;
  seed: number;
}

const BOT_HINTS: Readonly<Record<string, MessageKey>> = {
  random: 'form.botHint.random',
  easy: 'form.botHint.easy',
  normal: 'form.botHint.normal',
  hard: 'form.botHint.hard',
};

/** The line under the form that says what the current field does (null: the field says it). */
function fieldHint(field: Field, bot: string): MessageKey | null {
  switch (field) {
    case 'mode':
      return 'form.modeHint';
    case 'side':
      return 'form.sideHint';
    case 'bot':
      return BOT_HINTS[bot] ?? null;
    case 'rounds':
      return 'form.roundsHint';
    case 'seed':
      return 'form.seedHint';
    case 'us':
    case 'china':
    case 'start':
      return null;
    default: {
      const unhandled: never = field;
      throw new Error(`field not handled: ${String(unhandled)}`);
    }
  }
}

export function formFields(values: FormValues): Field[] {
  return values.mode === 'bot' ? ['mode', 'side', 'bot', 'us', 'china', 'rounds', 'seed', 'start'] : ['mode', 'us', 'china', 'rounds', 'seed', 'start'];
}

function cycle<T>(options: readonly T[], value: T, delta: number): T {
  const at = options.indexOf(value);
  return options[(at + delta + options.length) % options.length] as T;
}

const MAX_SEED_DIGITS = 9;

/** A field's value moved one step left (−1) or right (+1). */
export function changeField(values: FormValues, field: Field, delta: number, bots: readonly string[]): FormValues {
  switch (field) {
    case 'mode':
      return { ...values, mode: cycle(['hotseat', 'bot'] as const, values.mode, delta) };
    case 'side':
      return { ...values, side: cycle(['us', 'china'] as const, values.side, delta) };
    case 'bot':
      return { ...values, bot: cycle(bots, values.bot, delta) };
    case 'us':
    case 'china':
      return { ...values, [field]: cycle(rules.PERSONAS[field], values[field], delta) };
    case 'rounds':
      return { ...values, rounds: Math.min(rules.MAX_ROUNDS, Math.max(1, values.rounds + delta)) };
    // The seed is typed, and Start is pressed: left and right do not change them.
    case 'seed':
    case 'start':
      return values;
    default: {
      const unhandled: never = field;
      throw new Error(`form field not handled: ${String(unhandled)}`);
    }
  }
}

export function choiceOf(values: FormValues): NewGameChoice {
  const seats: Seats =
    values.mode === 'hotseat'
      ? { us: 'human', china: 'human' }
      : values.side === 'us'
        ? { us: 'human', china: values.bot }
        : { us: values.bot, china: 'human' };
  return { seats, personas: { us: values.us, china: values.china }, rounds: values.rounds, seed: Number(values.seed || '0') };
}

export function NewGameForm({
  initial,
  bots,
  newSeed,
  onStart,
  onBack,
  frame,
}: {
  initial: FormValues;
  bots: readonly string[];
  newSeed: () => number;
  onStart: (choice: NewGameChoice) => void;
  onBack: () => void;
  frame: { columns: number; rows: number };
}) {
  const { t } = useUi();
  // Read back at once: keys that arrive in one read act on the field and values the ones before left.
  const [values, setValues, currentValues] = useSyncState(initial);
  const [at, setAt, currentAt] = useSyncState(0);
  const fields = formFields(values);
  const field = fields[Math.min(at, fields.length - 1)] as Field;

  const onKey = useCallback(
    (e: CommandEvent) => {
      const values = currentValues();
      const fields = formFields(values);
      const count = fields.length;
      const field = fields[Math.min(currentAt(), count - 1)] as Field;
      if (e.command === 'up' || e.command === 'down') setAt((i) => (Math.min(i, count - 1) + (e.command === 'up' ? count - 1 : 1)) % count);
      else if (e.command === 'left' || e.command === 'right') setValues((v) => changeField(v, field, e.command === 'left' ? -1 : 1, bots));
      else if (e.command === 'digit' && field === 'seed')
        setValues((v) => ({ ...v, seed: (v.seed === '0' ? String(e.digit) : v.seed + String(e.digit)).slice(0, MAX_SEED_DIGITS) }));
      else if (e.command === 'erase' && field === 'seed') setValues((v) => ({ ...v, seed: v.seed.slice(0, -1) }));
      else if (e.command === 'random' && field === 'seed') setValues((v) => ({ ...v, seed: String(newSeed()) }));
      else if (e.command === 'confirm') onStart(choiceOf(values));
      else if (e.command === 'back') onBack();
    },
    [currentValues, currentAt, setValues, setAt, bots, newSeed, onStart, onBack],
  );
  useCommands(onKey);

  const label = (key: MessageKey) => fit(t(key), 16);
  const valueOf: Record<Field, string> = {
    mode: t(values.mode === 'hotseat' ? 'form.mode.hotseat' : 'form.mode.bot'),
    side: `${t(`side.letter.${values.side}`)} ${t(`side.${values.side}`)}`,
    bot: values.bot,
    us: t(`persona.${values.us}` as MessageKey),
    china: t(`persona.${values.china}` as MessageKey),
    rounds: values.rounds === rules.STANDARD_ROUNDS ? t('form.roundsStandard', { rounds: values.rounds }) : String(values.rounds),
    seed: values.seed === '' ? '…' : values.seed,
    start: '',
  };
  const labels: Record<Field, MessageKey> = {
    mode: 'form.mode',
    side: 'form.side',
    bot: 'form.bot',
    us: 'form.usPersona',
    china: 'form.chinaPersona',
    rounds: 'form.rounds',
    seed: 'form.seed',
    start: 'form.start',
  };
  const rows: Row[] = [[seg(` ${t('form.title')} `, { bold: true, inverse: true, tone: 'accent' })], []];
  for (const f of fields) {
    const here = f === field;
    if (f === 'start') {
      rows.push([], [seg(here ? '▶ ' : '  ', { tone: 'accent', bold: true }), seg(` ${t('form.start')} `, { bold: true, inverse: here })]);
      continue;
    }
    const changeable = f !== 'seed';
    rows.push([
      seg(here ? '▶ ' : '  ', { tone: 'accent', bold: true }),
      seg(label(labels[f]), { bold: here }),
      seg(here && changeable ? '◀ ' : '  ', { tone: 'accent' }),
      seg(valueOf[f], here ? { inverse: true, bold: true, tone: f === 'us' ? 'us' : f === 'china' ? 'china' : null } : {}),
      seg(here && changeable ? ' ▶' : '', { tone: 'accent' }),
    ]);
  }
  rows.push([]);
  const width = Math.min(frame.columns - 1, 90);
  if (field === 'us' || field === 'china') rows.push(...personaRows(t, values[field], false, -1, width));
  // What the field under the cursor changes, for a player who has not read the README.
  const note = fieldHint(field, values.bot);
  if (note) rows.push(...wrap(t(note), width).map((line): Row => [seg(line, { dim: true })]));
  const body = rows.slice(0, frame.rows - 2);
  while (body.length < frame.rows - 2) body.push([]);
  body.push(hintRow(t, [hint('hint.field', 'up', 'down'), hint('hint.change', 'left', 'right'), hint('hint.start', 'confirm'), hint('hint.back', 'back')]));
  return <Rows rows={body} width={frame.columns - 1} height={frame.rows - 1} />;
}
