// The public face of src/decks: what the engine, the CLI and the tools call.
export type { CardDef, Citation, Deck, Effect, Condition, LoadedDeck, SpaceFilter, Text, Value } from './types.js';
export type { Problem, Severity } from './problem.js';
export { formatProblem, hasErrors } from './problem.js';
export type { DeckSetResult, DeckText, LoadOptions, LoadResult, ReadDeckFile } from './loader.js';
export { loadDeckText, loadDeckTexts, loadDeckFiles, decodeDeckBytes } from './loader.js';
export { loadBaseDeck, loadDecksFromDisk, findBaseDeckPath, findPackageRoot, readDeckFile, displayPath } from './deckFiles.js';
export { deckJsonSchema, deckJsonSchemaText } from './jsonSchema.js';
export { deckSchema, deckFileSchema, cardSchema, effectSchema, conditionSchema } from './schema.js';
export { deckHash, canonicalJson } from './deckHash.js';
export { cardCitations } from './citations.js';
export { cardPool, type CardPool } from './cardPool.js';
export { closest, didYouMean } from './didYouMean.js';
export { escapeUnsafe, quote } from './safeText.js';
export { starterDeckText, deckIdFromFileName } from './starterDeck.js';
