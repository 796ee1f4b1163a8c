// A read-only board for the replay screen: the four regions in a 2×2 grid, each space with its
// stability, both sides' influence and who controls it. Plain ASCII so any terminal shows it.
import { Box, Text } from 'ink';
import type { GameState, RegionId, Side } from '../../engine/index.js';
import { REGIONS, SPACES_BY_REGION, controller } from '../../engine/index.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { MessageKey } from '../../i18n/messages.js';

export const SIDE_COLOR: Record<Side, string> = { us: 'cyan', china: 'red' };
/** Short side marks: the full names do not fit a 38-column region in every language. */
export const SHORT: Record<Side, string> = { us: 'US', china: 'CN' };
const NAME_WIDTH = 16;

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}.` : text.padEnd(width);
}

function Region({ state, region, lang }: { state: GameState; region: RegionId; lang: Lang }) {
  return (
    <Box flexDirection="column" width={38} borderStyle="single" paddingX={1}>
      <Text bold>{t(lang, `region.${region}` as MessageKey)}</Text>
      {SPACES_BY_REGION[region].map((space) => {
        const inf = state.influence[space.id] ?? { us: 0, china: 0 };
        const owner = controller(state, space.id);
        const name = `${space.battleground ? '*' : ' '}${t(lang, `space.${space.id}` as MessageKey)}`;
        return (
          <Box key={space.id}>
            <Text>{cut(name, NAME_WIDTH)} {space.stability} </Text>
            <Text color={SIDE_COLOR.us}>{String(inf.us).padStart(3)}</Text>
            <Text color={SIDE_COLOR.china}>{String(inf.china).padStart(3)}</Text>
            <Text color={owner ? SIDE_COLOR[owner] : undefined}> {owner ? SHORT[owner] : ''}</Text>
          </Box>
        );
      })}
    </Box>
  );
}

export function CompactBoard({ state, lang }: { state: GameState; lang: Lang }) {
  const rows = [REGIONS.slice(0, 2), REGIONS.slice(2, 4)];
  return (
    <Box flexDirection="column">
      {rows.map((pair) => (
        <Box key={pair.join()}>
          {pair.map((region) => (
            <Region key={region} state={state} region={region} lang={lang} />
          ))}
        </Box>
      ))}
    </Box>
  );
}
