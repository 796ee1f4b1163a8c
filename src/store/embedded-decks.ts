// The extra decks a save carries (SaveFile.deckContents), so a playtest survives the designer's
// next edit: `debrief`, `replay` and `resume` replay the game with the cards it was played with,
// even when the deck file has changed or moved since. Only the shipped base deck is left out (it
// comes with the program, and its version goes with the rules version).
//
// A deck is embedded as the canonical JSON of its parsed content (the hash is taken over the same
// data, so YAML and JSON files embed alike), gzipped and base64-encoded past GZIP_FROM characters.
// Reading it back goes through the deck loader like any deck file, so a crafted save gets every
// check a deck file gets, and its hash must be the one the save records.
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadDeckTexts } from '../decks/loader.js';
import { problemWording } from '../i18n/problem-wording.js';
import type { Deck, LoadedDeck } from '../decks/types.js';
import { LIMITS } from '../decks/vocabulary.js';
import type { DeckSource } from './decks.js';
import { SaveError, saveWords } from './save-error.js';
import type { EmbeddedDeck, SaveFile } from './save-file.js';

/** Past this many characters, a deck's JSON is gzipped (a large expansion would crowd the save). */
export const GZIP_FROM = 64 * 1024;

export function embedDeck(deck: LoadedDeck): EmbeddedDeck {
  const { hash, file, ...content } = deck;
  const json = JSON.stringify(content satisfies Deck);
  const base = { id: deck.id, hash, file: file ?? deck.id };
  return json.length > GZIP_FROM ? { ...base, gzip: gzipSync(json).toString('base64') } : { ...base, json };
}

function textOf(e: EmbeddedDeck, name: string): string {
  if (e.json !== undefined) return e.json;
  if (e.gzip === undefined) throw new SaveError('invalid', saveWords('save.deckEmpty', { name, deck: e.id }));
  try {
    // Bounded: a deck is at most LIMITS.fileBytes of text; a crafted save cannot inflate past it.
    return gunzipSync(Buffer.from(e.gzip, 'base64'), { maxOutputLength: LIMITS.fileBytes * 4 }).toString('utf8');
  } catch {
    throw new SaveError('invalid', saveWords('save.deckUnreadable', { name, deck: e.id }));
  }
}

/**
 * The decks to replay a save with. Without embedded decks, the deck files it names (as before);
 * with them, the embedded decks plus, from `source`, the decks the save does not carry (the base deck).
 */
export async function decksOfSave(save: SaveFile, source: DeckSource, name = 'the save'): Promise<readonly LoadedDeck[]> {
  const embedded = save.deckContents ?? [];
  if (embedded.length === 0) return source(save.setup.deckFiles);
  const carried = new Set(embedded.map((e) => e.id));
  const fromSource = save.decks.some((d) => !carried.has(d.id)) ? [...(await source([]))] : [];
  const texts = embedded.map((e) => ({ file: `${e.file} (as saved in ${name})`, text: textOf(e, name) }));
  // The first embedded deck is the base deck of a game played without the shipped one.
  const result = fromSource.length > 0 ? loadDeckTexts(texts, { asExpansion: true, known: fromSource }) : loadDeckTexts(texts);
  const error = result.problems.find((p) => p.severity === 'error');
  if (!result.ok || error)
    throw new SaveError('invalid', saveWords('save.deckNotLoading', { name, problem: error ? problemWording(error) : saveWords('save.unknownProblem') }));
  for (const deck of result.decks) {
    const wanted = embedded.find((e) => e.id === deck.id);
    if (wanted && wanted.hash !== deck.hash) throw new SaveError('invalid', saveWords('save.deckHash', { name, deck: deck.id }));
  }
  return [...fromSource, ...result.decks];
}

/** The extra decks of a game, to embed: those `load` gives for `deckFiles` whose id and hash are
 * the game's (a file changed since the game started is left out rather than saved wrong). */
export function deckContentsOf(
  deckFiles: readonly string[],
  decks: readonly { id: string; hash: string }[],
  load: (files: readonly string[]) => readonly LoadedDeck[],
): EmbeddedDeck[] {
  if (deckFiles.length === 0) return [];
  let loaded: readonly LoadedDeck[];
  try {
    loaded = load(deckFiles);
  } catch {
    // The files moved or broke since the game started: the save is written without them.
    return [];
  }
  // The shipped base deck comes with the program; a file played as the base deck is embedded.
  const base = loaded.length > deckFiles.length ? loaded[0] : undefined;
  return loaded.filter((d) => d !== base && decks.some((w) => w.id === d.id && w.hash === d.hash)).map(embedDeck);
}
