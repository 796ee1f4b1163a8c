// The game loop as a hook: the play reducer, the bots' turns (through one async function, so a
// worker-thread runner can replace the local one), and the outside world told of every change.
import { useEffect, useReducer, useRef, useState } from 'react';
import { botContext } from '../../ai/context.js';
import { actionKey, viewFor, type Action, type GameState } from '../../engine/index.js';
import type { ChooseBotAction } from './bots.js';
import { currentState } from './game-model.js';
import { playReducer, type PlayEvent, type PlayExit, type PlayState } from './play-state.js';
import type { Seats } from './seats.js';
import { useUi } from '../ui-context.js';

export interface UseGameOptions {
  /** From initialPlayState: built before the screen opens, so a bad setup or save fails early. */
  initial: PlayState;
  seats: Seats;
  chooseBotAction: ChooseBotAction;
  /** The shortest time a bot's move stays "thinking", so a player can follow it (0 in tests). */
  thinkMs: number;
  /** Called after every applied (or undone) action with the whole action list. */
  onChange?: (actions: Action[], state: GameState) => void;
  onExit: (exit: PlayExit, state: PlayState) => void;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useGame(options: UseGameOptions): { state: PlayState; dispatch: (event: PlayEvent) => void } {
  const { initial, seats, chooseBotAction, thinkMs } = options;
  const { lang } = useUi();
  const [state, dispatch] = useReducer(playReducer, initial);
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));

  // Callbacks may change between renders; the effects below read the latest ones.
  const latest = useRef(options);
  latest.current = options;

  const paused = state.overlay !== null || state.exit !== null;
  const model = state.model;
  useEffect(() => {
    if (!model || paused) return;
    const game = currentState(model);
    const side = game.outcome ? null : (game.decision?.side ?? null);
    if (!side || seats[side] === 'human') return;
    let cancelled = false;
    const abort = new AbortController();
    const at = model.actions.length;
    const started = Date.now();
    const bot = seats[side];
    chooseBotAction({ bot, side, gameSeed: model.setup.seed, ...botContext(game, side), lang, signal: abort.signal })
      .then(async (choice) => {
        const wait = thinkMs - (Date.now() - started);
        if (wait > 0) await delay(wait);
        if (cancelled) return;
        if (!viewFor(game, side).legal.some((a) => actionKey(a) === actionKey(choice.action))) {
          throw new Error(`the ${bot} bot chose an action the rules do not allow: ${JSON.stringify(choice.action)}`);
        }
        dispatch({ type: 'botMove', side, action: choice.action, reason: choice.reason, at });
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error);
      });
    return () => {
      cancelled = true;
      abort.abort();
    };
  }, [model, paused, seats, chooseBotAction, thinkMs, lang]);

  const reported = useRef(model?.actions);
  useEffect(() => {
    if (!model || model.actions === reported.current) return;
    reported.current = model.actions;
    latest.current.onChange?.(model.actions, currentState(model));
  }, [model]);

  useEffect(() => {
    if (state.exit) latest.current.onExit(state.exit, state);
  }, [state]);

  return { state, dispatch };
}
