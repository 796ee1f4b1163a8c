// Saves, autosave and replay: what the UI and the command line use of the store.
export { createAutosaver, autosaveGame, savedSetupOf, APP_VERSION, type Autosaver, type AutosaverOptions, type GameAutosave } from './autosave.js';
export { prepareNamedSave } from './named-save.js';
export { saveDir, resumeHint, autosaveName, shellQuote, type Platform } from './paths.js';
export { readSave, restoreGame, openSave, type RestoredGame, type OpenedSave } from './load.js';
export { listSaves, latestUnfinished, isDamaged, type SaveListing, type SaveSummary, type DamagedSave } from './list.js';
export { foldActions, replaySave, type Replay } from './replay.js';
export { gameSetupFor, deckFilesSource, type DeckSource } from './decks.js';
export { decksOfSave, embedDeck } from './embedded-decks.js';
export { SaveError, type SaveProblem } from './save-error.js';
export { parseSave, formatSave, buildSave, type SaveFile, type SavedSetup, type Seats } from './save-file.js';
export { backupPath, writeFileAtomic, writeFileAtomicAsync } from './atomic-write.js';
export { checkSaveFolder } from './folder-check.js';
export { lockGame, lockPath, type GameLock, type LockOwner } from './game-lock.js';
export { saveHash } from './state-hash.js';
