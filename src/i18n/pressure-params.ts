// The numbers of the pressure checks, for the messages that state them: the rules change in
// src/engine/rules.ts, never in a sentence.
import { PRESSURE } from '../engine/rules.js';

export const PRESSURE_PARAMS = {
  offset: PRESSURE.washingtonOffset,
  nvidia: PRESSURE.nvidiaInfluence,
  huawei: PRESSURE.huaweiInfluence,
  beijingPenalty: PRESSURE.beijingPenalty,
  reward: PRESSURE.reward,
} as const;
