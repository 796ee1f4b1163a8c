// The tutorial game, move by move: a chosen seed (the deal), the opponent's moves fixed in
// advance (no bot, so a change to a bot cannot change the lessons), and the student's moves
// grouped under the lesson that asks for them. Every lesson is something the student does on
// the real game screen; the game only goes on when it is done, so no lesson can be skipped.
//
// The moves were chosen so that each rule of the lessons happens, the dice fall kindly, and the
// student, following the advice, wins on final scoring (test/classroom/tutorial-script.test.ts
// plays it through and checks each lesson's move does what the lesson teaches).
import type { Persona, Side } from '../decks/types.js';
import type { Action } from '../engine/index.js';

export const TUTORIAL_SETUP: { seed: number; personas: { us: Persona; china: Persona }; rounds: number } = {
  seed: 232,
  personas: { us: 'washington', china: 'huawei' },
  rounds: 2,
};
export const TUTORIAL_PLAYER: Side = 'us';

export type LessonId =
  'headline' | 'influence' | 'sanction' | 'lobby' | 'race' | 'hold' | 'newRound' | 'encircle' | 'truce' | 'scoring' | 'pressure' | 'keep' | 'final';

export const LESSON_IDS: readonly LessonId[] = [
  'headline',
  'influence',
  'sanction',
  'lobby',
  'race',
  'hold',
  'newRound',
  'encircle',
  'truce',
  'scoring',
  'pressure',
  'keep',
  'final',
];

type Step = { lesson: LessonId; you: Action[] } | { them: Action[] };

const play = (card: string, use: 'event' | 'influence' | 'sanction' | 'lobby' | 'race', eventFirst?: boolean): Action =>
  eventFirst === undefined ? { type: 'play', card, use } : { type: 'play', card, use, eventFirst };
const place = (space: string): Action => ({ type: 'place', space });

export const TUTORIAL_STEPS: readonly Step[] = [
  // Round 1. Huawei, behind on nothing, chooses: the student acts first.
  { them: [{ type: 'chooseFirst', first: 'us' }] },
  { lesson: 'headline', you: [{ type: 'headline', card: 'closing-the-a800-gap' }] },
  { them: [{ type: 'headline', card: 'hbm-controls' }] },
  // The headline's event: remove 3 China influence from the China Market.
  {
    lesson: 'headline',
    you: [
      { type: 'remove', space: 'tencent' },
      { type: 'remove', space: 'bytedance' },
      { type: 'remove', space: 'universities' },
    ],
  },
  { lesson: 'influence', you: [play('entity-list-huawei', 'influence'), place('tencent'), place('bytedance')] },
  { them: [play('ascend-roadmap', 'event'), place('aiLabs'), place('uae'), place('startups'), place('uae'), place('uae')] },
  { lesson: 'sanction', you: [play('foreign-direct-product-rule', 'sanction'), { type: 'sanction', space: 'uae' }] },
  { them: [play('mate-60-surprise', 'event')] },
  { lesson: 'lobby', you: [play('a800-for-china', 'lobby'), { type: 'lobby', space: 'alibaba' }] },
  { them: [play('developers-scoring', 'event')] },
  { lesson: 'race', you: [play('gallium-germanium-controls', 'race')] },
  { them: [play('woodside-summit', 'lobby'), { type: 'lobby', space: 'tencent' }] },
  { lesson: 'hold', you: [{ type: 'hold', card: 'advanced-computing-rules' }] },
  { them: [{ type: 'hold', card: 'stockpiling-before-the-ban' }] },
  // Round 2: Huawei is behind and chooses again. The bargaining chip, unplayed, is still the student's.
  { them: [{ type: 'chooseFirst', first: 'us' }] },
  { lesson: 'newRound', you: [{ type: 'headline', card: 'malaysia-permit-rule' }] },
  { them: [{ type: 'headline', card: 'cann-open-source' }] },
  { lesson: 'encircle', you: [play('advanced-computing-rules', 'influence'), place('thailand')] },
  // Its roll adds 2 in the Global South: both in Brazil, so that China controls one space there only
  // and does not encircle the student.
  { them: [play('ascend-roadmap', 'event'), place('startups'), place('brazil'), place('uae'), place('brazil'), place('brazil')] },
  { lesson: 'truce', you: [play('trade-truce', 'event'), place('foundries'), place('hbm')] },
  { them: [play('republican-hawks-object', 'influence', false), place('stateCloud')] },
  { lesson: 'scoring', you: [play('china-market-scoring', 'event')] },
  { them: [play('cuda-licence-terms', 'influence', false), place('aiLabs')] },
  { lesson: 'pressure', you: [play('foreign-direct-product-rule', 'sanction'), { type: 'sanction', space: 'universities' }] },
  { them: [play('samr-nvidia-probe', 'influence'), place('aiLabs')] },
  { lesson: 'keep', you: [{ type: 'hold', card: 'big-fund-iii' }] },
  { them: [{ type: 'hold', card: 'h20-export-licence' }] },
  // Huawei's discarded 15% Revenue Share is the student's card: its event fires for the US.
  { lesson: 'final', you: [place('tencent'), place('alibaba'), place('universities')] },
];

export interface ScriptedMove {
  action: Action;
  /** The student's move, under its lesson; null for the opponent's. */
  lesson: LessonId | null;
}

/** Every move of the tutorial game in order. */
export const TUTORIAL_MOVES: readonly ScriptedMove[] = TUTORIAL_STEPS.flatMap((step): ScriptedMove[] =>
  'you' in step ? step.you.map((action) => ({ action, lesson: step.lesson })) : step.them.map((action) => ({ action, lesson: null })),
);
