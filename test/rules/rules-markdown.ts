// Reading the rules book the way the tests need it: its headings, and the tables that carry
// a `<!-- table:name -->` marker (the marker is the same in every language, the words are not).
import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/catalog/en.js';
import { fr } from '../../src/i18n/catalog/fr.js';
import type { Lang } from '../../src/i18n/lang.js';

export const RULES_FILES: Record<Lang, string> = { en: 'RULES.md', fr: 'RULES.fr.md' };

export function readRules(lang: Lang): string {
  return readFileSync(new URL(`../../${RULES_FILES[lang]}`, import.meta.url), 'utf8');
}

export interface Heading {
  level: number;
  text: string;
}

export function headings(md: string): Heading[] {
  const out: Heading[] = [];
  let inCode = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    if (m && !inCode) out.push({ level: (m[1] as string).length, text: (m[2] as string).trim() });
  }
  return out;
}

export interface Table {
  name: string;
  /** `keys=a,b,c` in the marker: what each row stands for, in order (a dotted key names a field: PRESSURE.reward). */
  keys: string[];
  header: string[];
  rows: string[][];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

export function tableNames(md: string): string[] {
  return [...md.matchAll(/<!--\s*table:([\w-]+)/g)].map((m) => m[1] as string);
}

/** The table right after `<!-- table:name -->`; throws when the marker or the table is missing. */
export function table(md: string, name: string): Table {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^<!--\\s*table:${name}(\\s|-->)`).test(l.trim()));
  if (at < 0) throw new Error(`no <!-- table:${name} --> marker`);
  const keys = /keys=([\w.,]+)/.exec(lines[at] as string)?.[1]?.split(',') ?? [];
  const body: string[] = [];
  for (let i = at + 1; i < lines.length && (lines[i] as string).trim().startsWith('|'); i++) body.push(lines[i] as string);
  if (body.length < 2) throw new Error(`table:${name} has no rows`);
  const [head, , ...rest] = body;
  return { name, keys, header: cells(head as string), rows: rest.map(cells) };
}

/** Every whole number written in a cell; a minus sign glued to a digit (− or -) makes it negative. */
export function numbersIn(cell: string): number[] {
  return [...cell.matchAll(/([−-]?)(\d+)/g)].map((m) => (m[1] ? -1 : 1) * Number(m[2]));
}

export function firstNumber(cell: string): number {
  const n = numbersIn(cell)[0];
  if (n === undefined) throw new Error(`no number in "${cell}"`);
  return n;
}

const CATALOGS = { en, fr } as const;

/** A language's names for one family of ids (space, region, track, persona, side), name → id. */
export function namesOf(lang: Lang, family: 'space' | 'region' | 'track' | 'persona' | 'side'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(CATALOGS[lang])) {
    if (key.startsWith(`${family}.`)) out.set(value, key.slice(family.length + 1));
  }
  return out;
}

export function nameOf(lang: Lang, key: keyof typeof en): string {
  return CATALOGS[lang][key];
}

/** The board names of a language: spaces, plus the two homes (named after their capital persona). */
export function placeNames(lang: Lang): Map<string, string> {
  const places = namesOf(lang, 'space');
  places.set(nameOf(lang, 'persona.washington'), 'washington');
  places.set(nameOf(lang, 'persona.beijing'), 'beijing');
  return places;
}

/** A comma-separated list of names turned into ids; an unknown name fails loudly. */
export function idsOfList(cell: string, names: Map<string, string>): string[] {
  return cell
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
    .map((n) => {
      const id = names.get(n);
      if (id === undefined) throw new Error(`unknown name "${n}"`);
      return id;
    });
}

/** The ids whose name appears in a free-text cell. */
export function idsMentioned(cell: string, names: Map<string, string>): string[] {
  return [...names].filter(([name]) => cell.includes(name)).map(([, id]) => id);
}
