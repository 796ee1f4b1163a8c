// A compact board for the tutorial: the tracks on one line, then the four regions side by
// side, each space with its stability and US:China influence. The side in control of a
// space has its number in brackets, so control reads without colour too.
import { Box, Text } from 'ink';
import type { GameState } from '../../engine/index.js';
import { controller, REGIONS, SPACES_BY_REGION } from '../../engine/index.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { leadershipText, regionName, sayIn, spaceName } from '../../i18n/game-words.js';

const SIDE_COLOUR = { us: 'cyan', china: 'red' } as const;
/** Room for "[12]:3". */
const NUMBERS_WIDTH = 6;

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width);
}

export function StatusLine({ state, lang }: { state: GameState; lang: Lang }) {
  return (
    <Text>
      <Text bold>{t(lang, 'tutorial.title')}</Text>
      {' · '}
      {t(lang, 'tutorial.status', {
        round: state.round,
        rounds: state.rounds,
        leadership: leadershipText(sayIn(lang), state.leadership),
        clock: state.clock,
        lockIn: state.lockIn,
        stack: state.stack,
      })}
    </Text>
  );
}

export function Board({ state, lang, width }: { state: GameState; lang: Lang; width: number }) {
  const column = Math.max(16, Math.floor((width - 3) / REGIONS.length));
  return (
    <Box flexDirection="row" columnGap={1}>
      {REGIONS.map((region) => (
        <Box key={region} flexDirection="column" width={column}>
          <Text bold>{fit(regionName(lang, region), column)}</Text>
          {SPACES_BY_REGION[region].map((space) => {
            const inf = state.influence[space.id] ?? { us: 0, china: 0 };
            const owner = controller(state, space.id);
            const us = owner === 'us' ? `[${inf.us}]` : String(inf.us);
            const china = owner === 'china' ? `[${inf.china}]` : String(inf.china);
            const numbers = `${us}:${china}`.padEnd(NUMBERS_WIDTH);
            const name = fit(`${space.battleground ? '★' : ' '}${spaceName(lang, space.id)}`, column - NUMBERS_WIDTH - 3);
            return (
              <Text key={space.id} color={owner ? SIDE_COLOUR[owner] : undefined} wrap="truncate">
                {name} {space.stability} {numbers}
              </Text>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
