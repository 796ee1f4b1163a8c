// What every component needs to word and colour itself: the language and whether colour is on.
// Sides are always told apart by a letter too (U / C), so a screen without colour (NO_COLOR)
// reads the same.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CardSide } from '../decks/types.js';
import type { Lang } from '../i18n/lang.js';
import { t as translate, type MessageKey, type Params } from '../i18n/messages.js';

export interface UiSettings {
  lang: Lang;
  /** False for NO_COLOR: styles that are not colours (bold, inverse, dim) stay. */
  color: boolean;
}

export type Translate = (key: MessageKey, params?: Params) => string;

interface UiValue extends UiSettings {
  t: Translate;
}

const UiContext = createContext<UiValue>({ lang: 'en', color: true, t: (key, params) => translate('en', key, params) });

export function UiProvider({ lang, color, children }: UiSettings & { children: ReactNode }) {
  const value = useMemo<UiValue>(() => ({ lang, color, t: (key, params) => translate(lang, key, params) }), [lang, color]);
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

export function useUi(): UiValue {
  return useContext(UiContext);
}

export type Tone = CardSide | 'accent' | 'good' | 'bad' | 'muted';

const COLORS: Record<Tone, string> = {
  us: 'cyanBright',
  china: 'redBright',
  neutral: 'yellow',
  accent: 'yellowBright',
  good: 'green',
  bad: 'magentaBright',
  muted: 'gray',
};

/** The colour of a tone, or undefined when colour is off. */
export function toneColor(tone: Tone | null | undefined, color: boolean): string | undefined {
  return color && tone ? COLORS[tone] : undefined;
}

export const SIDE_LETTER: Readonly<Record<CardSide, string>> = { us: 'U', china: 'C', neutral: 'N' };
