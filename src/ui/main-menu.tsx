// The main menu (`silicon-curtain` with no command): New game, Resume (once the saves' code
// offers it), Rules, Cards, Quit. Games run through runPlay in the same alternate screen; a
// rematch or a new game comes back here without leaving it.
import { useCallback, useMemo, useRef, useState } from 'react';
import { botNames } from '../ai/bot-names.js';
import type { CardPool } from '../decks/card-pool.js';
import type { GameSetup } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import type { ChooseBotAction } from './game/bots.js';
import type { Seats } from './game/seats.js';
import type { RunPlayOptions } from './launch.js';
import { mountApp, openSession, type Terminal } from './mount.js';
import { NewGameForm, type FormValues, type NewGameChoice } from './menu/new-game-form.js';
import { CardsScreen, MenuScreen, RulesScreen, type MenuEntry } from './menu/menu-screens.js';
import { readRules } from './menu/rules-text.js';
import { AddressScreen, OnlineMenuScreen, type OnlineMode, type OnlineRequest } from './menu/online-screens.js';
import { TooSmallScreen } from './screens/too-small-screen.js';
import { fitsScreen } from './game/layout.js';
import { useTerminalSize } from './terminal/use-terminal-size.js';
import { useCommands } from './use-commands.js';
import type { CommandEvent } from './keymap.js';
import { useUi } from './ui-context.js';

/** The cards games are dealt from, with the decks' ids and hashes for the setup. */
export type GameDecks = CardPool;

/** An entry the command line runs; resolves true when its game was left with Ctrl-C. */
export interface MenuAction {
  label: string;
  onSelect: () => Promise<boolean | void> | boolean | void;
}

export interface MainMenuOptions {
  lang: Lang;
  /** False for NO_COLOR. */
  color?: boolean;
  /** The cards, or how to load them: loaded when first needed (a game or the Cards screen), so
   * the menu's first frame does not wait for the deck files to be read and checked, nor for the
   * code that checks them to load (hence a promise is welcome). */
  decks: GameDecks | (() => GameDecks | Promise<GameDecks>);
  /** Shown as the second entry when given (the saves' code passes it once a save exists).
   * Its onSelect resolves true when that game was left with Ctrl-C: the menu quits too. */
  resumeEntry?: MenuAction;
  /** Asked again each time the menu comes back after a game: a game just left unfinished is
   * offered at once (absent: resumeEntry stays as given). */
  resumeEntryNow?: () => Promise<MenuAction | undefined>;
  /** The Tutorial entry (the command line runs it, with its saved progress); absent, no entry. */
  tutorialEntry?: MenuAction;
  /** "Play online" (host, join, watch), run by the command line; absent, no entry. It resolves
   * with why it failed (one line, shown on the online screen), and whether Ctrl-C ended it. */
  online?: (request: OnlineRequest) => Promise<{ interrupted: boolean; problem: string | null }>;
  /** The autosave hook of each game started from the menu (see runPlay's onChange). */
  autosaveFor?: (seats: Seats) => RunPlayOptions['onChange'] | Promise<RunPlayOptions['onChange']>;
  /** A fresh random seed for the form: the command line's (src/cli/random-seed.ts). */
  newSeed: () => number;
  startAt?: 'menu' | 'newGame';
  thinkMs?: number;
  chooseBotAction?: ChooseBotAction;
  /** The thinking budget of a searching bot a move, in ms. */
  botThinkMs?: number;
  terminal?: Terminal;
  /** The rules' Markdown; read from RULES.md in the package when not given. */
  rules?: string | null;
}

type Screen = 'menu' | 'newGame' | 'rules' | 'cards' | 'online' | 'address';
export type MenuOutcome =
  | { kind: 'quit' }
  | { kind: 'resume' }
  | { kind: 'tutorial' }
  | { kind: 'play'; choice: NewGameChoice; values: FormValues }
  | { kind: 'online'; request: OnlineRequest };

/** What the online screens remember between two attempts: the last address and why it failed. */
export interface OnlineMemory {
  address: string;
  problem: string | null;
}

export function defaultValues(seed: number): FormValues {
  const bots = botNames();
  return {
    mode: 'bot',
    side: 'us',
    bot: bots.includes('normal') ? 'normal' : (bots[0] ?? 'random'),
    us: 'washington',
    china: 'huawei',
    rounds: 3,
    seed: String(seed),
  };
}

/** `values`: the form as the player last left it, or null before the first game: its seed is then
 * drawn when the form opens, so node:crypto is not loaded for a menu that never starts a game. */
export function MenuApp({
  start,
  values,
  options,
  finish,
  online = { address: '', problem: null },
}: {
  start: Screen;
  values: FormValues | null;
  options: MainMenuOptions;
  finish: (o: MenuOutcome) => void;
  online?: OnlineMemory;
}) {
  const { t, lang } = useUi();
  const size = useTerminalSize();
  const [screen, setScreen] = useState<Screen>(start);
  const rules = useMemo(() => (options.rules !== undefined ? options.rules : readRules(lang)), [options.rules, lang]);
  const newSeed = options.newSeed;
  const formValues = useRef(values);
  const [onlineMode, setOnlineMode] = useState<Exclude<OnlineMode, 'host'>>('join');
  const entries: MenuEntry[] = useMemo(
    () => [
      { label: t('menu.newGame'), onSelect: () => setScreen('newGame') },
      ...(options.resumeEntry ? [{ label: options.resumeEntry.label, onSelect: () => finish({ kind: 'resume' }) }] : []),
      ...(options.tutorialEntry ? [{ label: options.tutorialEntry.label, onSelect: () => finish({ kind: 'tutorial' }) }] : []),
      ...(options.online ? [{ label: t('menu.online'), onSelect: () => setScreen('online') }] : []),
      { label: t('menu.rules'), onSelect: () => setScreen('rules') },
      { label: t('menu.cards'), onSelect: () => showCards(options, setScreen) },
      { label: t('menu.quit'), onSelect: () => finish({ kind: 'quit' }) },
    ],
    [t, options, finish],
  );
  const frame = { columns: size.columns, rows: size.rows };
  const tooSmall = !fitsScreen(size.columns, size.rows);
  // The menu's screens read the keys; while the terminal is too small one of them is not drawn,
  // so the keyboard is read here: the program waits for a larger terminal, or q.
  useCommands(
    useCallback(
      (e: CommandEvent) => {
        if (e.command === 'quit' || e.command === 'interrupt') finish({ kind: 'quit' });
      },
      [finish],
    ),
    tooSmall,
  );
  if (tooSmall) return <TooSmallScreen t={t} columns={size.columns} rows={size.rows} />;
  const back = () => setScreen('menu');
  switch (screen) {
    case 'menu':
      return <MenuScreen entries={entries} onQuit={() => finish({ kind: 'quit' })} frame={frame} />;
    case 'newGame': {
      const initial = (formValues.current ??= defaultValues(newSeed()));
      return (
        <NewGameForm
          initial={initial}
          bots={botNames()}
          newSeed={newSeed}
          onStart={(choice) => finish({ kind: 'play', choice, values: { ...initial, ...formValuesOf(choice) } })}
          onBack={back}
          frame={frame}
        />
      );
    }
    case 'rules':
      return <RulesScreen markdown={rules} onBack={back} frame={frame} />;
    case 'cards':
      return <CardsScreen cards={loadedDecks(options).cards} onBack={back} frame={frame} />;
    case 'online':
      return (
        <OnlineMenuScreen
          problem={online.problem}
          onChoose={(mode) => {
            if (mode === 'host') finish({ kind: 'online', request: { mode, address: '' } });
            else {
              setOnlineMode(mode);
              setScreen('address');
            }
          }}
          onBack={back}
          frame={frame}
        />
      );
    case 'address':
      return (
        <AddressScreen
          mode={onlineMode}
          initial={online.address}
          onGo={(address) => finish({ kind: 'online', request: { mode: onlineMode, address } })}
          onBack={() => setScreen('online')}
          frame={frame}
        />
      );
    default: {
      const unhandled: never = screen;
      throw new Error(`screen not handled: ${String(unhandled)}`);
    }
  }
}

/** The form as it was when the game started, so "new game" reopens it filled in. */
function formValuesOf(choice: NewGameChoice): Partial<FormValues> {
  return { us: choice.personas.us, china: choice.personas.china, rounds: choice.rounds, seed: String(choice.seed) };
}

type DeckLoader = () => GameDecks | Promise<GameDecks>;
const loaded = new WeakMap<DeckLoader, GameDecks>();

/** The cards: at once when they are at hand, else a promise of them (kept once loaded). */
function decksOf(options: MainMenuOptions): GameDecks | Promise<GameDecks> {
  const { decks } = options;
  if (typeof decks !== 'function') return decks;
  const known = loaded.get(decks);
  if (known) return known;
  const pool = decks();
  if (!(pool instanceof Promise)) {
    loaded.set(decks, pool);
    return pool;
  }
  return pool.then((ready) => {
    loaded.set(decks, ready);
    return ready;
  });
}

/** The cards, once showCards has loaded them. */
function loadedDecks(options: MainMenuOptions): GameDecks {
  const pool = decksOf(options);
  if (pool instanceof Promise) throw new Error('the Cards screen was opened before its cards were loaded');
  return pool;
}

/** Opens the Cards screen once its cards are loaded. A deck that cannot be loaded ends the menu
 * with its error, thrown from the render as any other failure of the screen. */
function showCards(options: MainMenuOptions, setScreen: (screen: Screen | (() => Screen)) => void): void {
  const fail = (error: unknown) =>
    setScreen(() => {
      throw error;
    });
  let pool: GameDecks | Promise<GameDecks>;
  try {
    pool = decksOf(options);
  } catch (error) {
    fail(error);
    return;
  }
  if (pool instanceof Promise) void pool.then(() => setScreen('cards'), fail);
  else setScreen('cards');
}

/** Run the menu until the player quits. */
export async function runMainMenu(options: MainMenuOptions): Promise<void> {
  const terminal = options.terminal ?? {};
  const session = openSession(terminal);
  const settings = { lang: options.lang, color: options.color ?? true, terminal, session };
  let values: FormValues | null = null;
  let start: Screen = options.startAt ?? 'menu';
  let resumeEntry = options.resumeEntry;
  let played = false;
  let online: OnlineMemory = { address: '', problem: null };
  try {
    while (!session.interrupted) {
      if (played && options.resumeEntryNow) resumeEntry = await options.resumeEntryNow();
      played = true;
      const shown: MainMenuOptions = { ...options, ...(resumeEntry ? { resumeEntry } : {}) };
      if (!resumeEntry) delete shown.resumeEntry;
      const outcome = await mountApp<MenuOutcome>(
        (finish) => <MenuApp start={start} values={values} options={shown} finish={finish} online={online} />,
        settings,
      );
      if (!outcome || outcome.kind === 'quit') return;
      start = 'menu';
      if (outcome.kind === 'online') {
        const result = await options.online?.(outcome.request);
        if (result?.interrupted) return;
        online = { address: outcome.request.address || online.address, problem: result?.problem ?? null };
        start = 'online';
        continue;
      }
      if (outcome.kind === 'resume') {
        if ((await resumeEntry?.onSelect()) === true) return;
        continue;
      }
      if (outcome.kind === 'tutorial') {
        if ((await options.tutorialEntry?.onSelect()) === true) return;
        continue;
      }
      values = outcome.values;
      const { choice } = outcome;
      let game: { setup: GameSetup; seats: Seats } = {
        setup: { seed: choice.seed, personas: choice.personas, rounds: choice.rounds, ...(await decksOf(options)) },
        seats: choice.seats,
      };
      // The game screen, the engine and the bots load when the first game starts, not for the menu.
      const { runPlay, rematchOf } = await import('./launch.js');
      for (;;) {
        const result = await runPlay({
          setup: game.setup,
          seats: game.seats,
          lang: options.lang,
          color: settings.color,
          fromMenu: true,
          terminal,
          ...(options.autosaveFor ? { onChange: await options.autosaveFor(game.seats) } : {}),
          ...(options.thinkMs !== undefined ? { thinkMs: options.thinkMs } : {}),
          ...(options.chooseBotAction ? { chooseBotAction: options.chooseBotAction } : {}),
          ...(options.botThinkMs !== undefined ? { botThinkMs: options.botThinkMs } : {}),
        });
        // Ctrl-C quits at once, as the help says, not back to the menu (q does that).
        if (result.interrupted) return;
        if (result.rematch && result.setup && !session.interrupted) {
          game = rematchOf({ ...result.setup, cards: game.setup.cards }, game.seats);
          continue;
        }
        if (result.newGame) start = 'newGame';
        break;
      }
    }
  } finally {
    session.leave();
  }
}
