// The cards of the classroom commands (tutorial, debrief, class, the menu's Tutorial): the
// shipped decks (src/classroom/deck-source.ts), loaded when a command runs, not when it is defined.
import type { TutorialDeck } from '../classroom/tutorial.js';

export async function classroomDeck(): Promise<TutorialDeck> {
  return (await import('../classroom/deck-source.js')).classroomDeck();
}
