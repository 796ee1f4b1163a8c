// What a key press does on the tutorial screen, as a pure step from one screen state to the
// next: the screen applies it to the latest state, so quick key presses are never lost.
import type { Key } from 'ink';
import { dismissLesson, playTutorialAction, TUTORIAL_PLAYER, tutorialOver } from '../../classroom/tutorial.js';
import type { Opponent, TutorialSession } from '../../classroom/tutorial.js';
import type { Lang } from '../../i18n/lang.js';
import { menuFor } from './menu.js';
import type { MenuStage } from './menu.js';

export interface TutorialScreenState {
  session: TutorialSession;
  stage: MenuStage;
  cursor: number;
  debriefOpen: boolean;
}

export function initialScreenState(session: TutorialSession): TutorialScreenState {
  return { session, stage: { kind: 'top' }, cursor: 0, debriefOpen: false };
}

type KeyLike = Pick<Key, 'return' | 'escape' | 'upArrow' | 'downArrow' | 'rightArrow'>;

export function pressKey(ui: TutorialScreenState, input: string, key: KeyLike, lang: Lang, opponent?: Opponent): TutorialScreenState {
  const { session } = ui;
  if (session.queue.length > 0) {
    return key.return || input === ' ' || key.rightArrow ? { ...ui, session: dismissLesson(session) } : ui;
  }
  if (tutorialOver(session)) return key.return ? { ...ui, debriefOpen: true } : ui;
  const menu = menuFor(session.state, TUTORIAL_PLAYER, ui.stage, lang);
  const count = Math.max(1, menu.items.length);
  if (key.upArrow) return { ...ui, cursor: (ui.cursor + count - 1) % count };
  if (key.downArrow) return { ...ui, cursor: (ui.cursor + 1) % count };
  if (key.escape && ui.stage.kind === 'uses') return { ...ui, stage: { kind: 'top' }, cursor: 0 };
  if (!key.return) return ui;
  const item = menu.items[ui.cursor];
  if (!item) return ui;
  if (item.action) return { ...ui, session: playTutorialAction(session, item.action, opponent), stage: { kind: 'top' }, cursor: 0 };
  if (item.card !== undefined) return { ...ui, stage: { kind: 'uses', card: item.card }, cursor: 0 };
  return ui;
}
