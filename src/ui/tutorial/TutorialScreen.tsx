// The tutorial screen: the board, the last moves, and either the lesson to read or the
// player's choices. Everything by key: ↑↓ to move, Enter to choose or go on, Esc to go back,
// q to leave (the progress is kept). After the game comes the debrief.
import { Box, Text, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { buildDebrief } from '../../classroom/debrief.js';
import { lessonText, TUTORIAL_PLAYER, tutorialOver } from '../../classroom/tutorial.js';
import type { Opponent, TutorialSession } from '../../classroom/tutorial.js';
import { cardTitle, personaName, sideName } from '../../i18n/game-words.js';
import { wordLog } from '../../i18n/log-words.js';
import { localText } from '../../i18n/lang.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { other } from '../../engine/rules.js';
import { DebriefScreen } from '../debrief/DebriefScreen.js';
import { wrap } from '../terminal/text.js';
import { Board, StatusLine } from './Board.js';
import { cardLabel, menuFor } from './menu.js';
import { initialScreenState, pressKey } from './tutorial-keys.js';

const RECAP_LINES = 5;
const MENU_ROWS = 6;
const FALLBACK_COLUMNS = 80;

export interface TutorialScreenProps {
  session: TutorialSession;
  lang: Lang;
  opponent?: Opponent;
  /** Called after every change worth keeping (a move, a lesson read). */
  onProgress?: (session: TutorialSession) => void;
  /** Called when the player leaves: `finished` once the game is over. */
  onExit: (result: { finished: boolean }) => void;
}

function Lesson({ session, lang, width }: { session: TutorialSession; lang: Lang; width: number }) {
  const lesson = session.queue[0];
  if (!lesson) return null;
  const { title, body } = lessonText(lesson, session.state, lang);
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="yellow" paddingX={1}>
      <Text bold color="yellow">
        {title}
      </Text>
      {/* Wrapped here, not by ink, whose wrapping starts a continued line with the space it broke at. */}
      {wrap(body, width - 4).map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}

function Recap({ session, lang }: { session: TutorialSession; lang: Lang }) {
  const lines = wordLog({ lang, cards: session.state.cards, personas: session.state.setup.personas }, session.recap).map((line) => line.text);
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column">
      <Text dimColor>{t(lang, 'tutorial.recap')}</Text>
      {lines.slice(-RECAP_LINES).map((line, i) => (
        <Text key={i} wrap="truncate">
          {'  '}
          {line}
        </Text>
      ))}
    </Box>
  );
}

function Hand({ session, lang }: { session: TutorialSession; lang: Lang }) {
  const s = session.state;
  const persona = personaName(lang, s.setup.personas[TUTORIAL_PLAYER]);
  const opponent = other(TUTORIAL_PLAYER);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold>
          {t(lang, 'tutorial.hand', { persona })}
          {t(lang, 'punct.colon')}
        </Text>
        {s.hands[TUTORIAL_PLAYER].map((id) => cardTitle({ cards: s.cards, lang }, id)).join(' · ')}
      </Text>
      <Text dimColor>{t(lang, 'tutorial.opponentHand', { side: sideName(lang, opponent), count: s.hands[opponent].length })}</Text>
    </Box>
  );
}

function CardPanel({ session, card, lang, width }: { session: TutorialSession; card: string | undefined; lang: Lang; width: number }) {
  const def = card === undefined ? undefined : session.state.cards[card];
  if (!def || card === undefined) return null;
  return (
    <Box flexDirection="column">
      <Text bold>{cardLabel(session.state, card, lang)}</Text>
      {wrap(localText(def.text, lang), width).map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}

export function TutorialScreen({ session: initial, lang, opponent, onProgress, onExit }: TutorialScreenProps) {
  const { stdout } = useStdout();
  const { isRawModeSupported } = useStdin();
  const width = Math.max(64, (stdout.columns || FALLBACK_COLUMNS) - 1);
  const [ui, setUi] = useState(() => initialScreenState(initial));
  const { session, stage, cursor, debriefOpen } = ui;
  const menu = useMemo(() => menuFor(session.state, TUTORIAL_PLAYER, stage, lang), [session, stage, lang]);
  const reading = session.queue.length > 0;
  const over = tutorialOver(session);

  useEffect(() => {
    if (session !== initial) onProgress?.(session);
  }, [session, initial, onProgress]);

  useInput(
    (input, key) => {
      if (input === 'q') onExit({ finished: over });
      else setUi((latest) => pressKey(latest, input, key, lang, opponent));
    },
    { isActive: isRawModeSupported === true && !debriefOpen },
  );

  if (debriefOpen) return <DebriefScreen debrief={buildDebrief(session.state, lang)} onClose={() => onExit({ finished: true })} />;

  const first = Math.min(Math.max(0, cursor - Math.floor(MENU_ROWS / 2)), Math.max(0, menu.items.length - MENU_ROWS));
  const visible = menu.items.slice(first, first + MENU_ROWS);
  const highlighted = menu.items[cursor]?.card ?? (stage.kind === 'uses' ? stage.card : undefined);
  const keys = reading ? 'tutorial.keys.lesson' : over ? 'tutorial.keys.end' : 'tutorial.keys.choose';

  return (
    <Box flexDirection="column" width={width}>
      <StatusLine state={session.state} lang={lang} />
      <Board state={session.state} lang={lang} width={width} />
      <Recap session={session} lang={lang} />
      {reading ? (
        <Lesson session={session} lang={lang} width={width} />
      ) : over ? null : (
        <Box flexDirection="column">
          <Text bold color="green">
            {menu.prompt}
          </Text>
          {first > 0 ? <Text dimColor> …</Text> : null}
          {visible.map((item, i) => (
            <Text key={first + i} inverse={first + i === cursor} wrap="truncate">
              {first + i === cursor ? '› ' : '  '}
              {item.label}
            </Text>
          ))}
          {first + MENU_ROWS < menu.items.length ? <Text dimColor> …</Text> : null}
          <CardPanel session={session} card={highlighted} lang={lang} width={width} />
        </Box>
      )}
      {reading || over ? <Hand session={session} lang={lang} /> : null}
      <Text dimColor>{t(lang, keys)}</Text>
    </Box>
  );
}
