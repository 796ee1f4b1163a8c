// The public face of src/decks: what the engine, the CLI and the tools call.
export type { CardDef, Citation, Deck, Effect, Condition, LoadedDeck, SpaceFilter, Text, Value } from './types.js';
export type { Problem, Severity } from './problem.js';
export { formatProblem, hasErrors } from './problem.js';
export type { DeckSetResult, DeckText, LoadOptions, LoadResult, ReadDeckFile } from './loader.js';
export { loadDeckText, loadDeckTexts, loadDeckFiles, decodeDeckBytes } from './loader.js';
export { loadBaseDeck, loadDecksFromDisk, findBaseDeckPath, findPackageRoot, readDeckFile, displayPath } from './deck-files.js';
export { deckJsonSchema, deckJsonSchemaText } from './json-schema.js';
export { deckSchema, deckFileSchema, cardSchema, effectSchema, conditionSchema } from './schema.js';
export { deckHash, canonicalJson } from './deck-hash.js';
export { cardCitations } from './citations.js';
export { cardPool, type CardPool } from './card-pool.js';
export { closest, didYouMean } from './did-you-mean.js';
export { escapeUnsafe, quote } from './safe-text.js';
export { starterDeckText, deckIdFromFileName } from './starter-deck.js';
