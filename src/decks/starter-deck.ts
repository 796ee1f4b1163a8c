// The deck `deck new` writes: a small, valid expansion whose comments explain each field.
import { ID_PATTERN, slugOf } from './vocabulary.js';

/** A deck id from a file name: "My Deck.yaml" gives "my-deck". */
export function deckIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  const id = slugOf(base, 40);
  return ID_PATTERN.test(id) ? id : 'my-deck';
}

/** The source `deck new` writes for each card: the validator warns while it is still there. */
export const PLACEHOLDER_SOURCE = 'Replace with the article paragraph or public source';

/** The starter deck's text. `schemaPath` links the file to the JSON Schema for editor help. */
export function starterDeckText(deckId: string, schemaPath?: string): string {
  const modeline = schemaPath ? `# yaml-language-server: $schema=${schemaPath}\n` : '';
  return `${modeline}# A Silicon Curtain expansion deck: new cards shuffled in with the base deck.
# Check it with:   silicon-curtain deck validate <this file> --as-expansion
# List its cards:  silicon-curtain cards --deck <this file>
# Every field and effect is explained in cards/README.md (the designer's guide).

formatVersion: 1          # always 1
id: ${deckId}             # the deck's id: lowercase letters, digits and dashes
name:                     # a text is plain English, or one string per language
  en: My expansion
  fr: Mon extension
description: What this deck adds to the game.

cards:
  - id: ${deckId}-chip-fab     # unique across every loaded deck: prefix it with the deck id
    title: { en: A new chip fab, fr: Une nouvelle fonderie }
    side: us                  # us, china or neutral
    ops: 2                    # Operations points, 1 to 4 (0 only for scoring cards)
    era: 1                    # 1 Controls, 2 The H20 thaw, 3 Sovereign stack
    text:                     # what players read: say what the event does
      en: Add 2 US influence in the Supply Chain, at most 1 per space.
      fr: Ajoutez 2 influence américaine dans la Chaîne d'approvisionnement, 1 au plus par case.
    event:                    # what the event does, in the effect language
      - op: addInfluence
        side: self            # self = the side the event works for
        amount: 2
        targets: { region: supplyChain }
        perSpace: 1
    removeAfterEvent: true    # optional: removed from the game once the event has fired
    favours: [washington]     # optional: personas the card serves, and hurts
    history:                  # the real-world fact behind the card
      en: A new fab is announced on US soil.
      fr: Une nouvelle fonderie est annoncée sur le sol américain.
    date: "2024-04"           # YYYY, YYYY-MM or YYYY-MM-DD, in quotes
    sources:                  # where the fact comes from: one citation a source
      - outlet: ${PLACEHOLDER_SOURCE}
        # optional: title (as published), date ("2024-04-08"), url (only a real one),
        # note (the section cited, or who reported it)

  - id: ${deckId}-open-model
    title: { en: An open model, fr: Un modèle ouvert }
    side: china
    ops: 1
    era: 2
    text:
      en: If China controls Open frameworks, gain 1 Leadership; otherwise draw a card.
      fr: Si la Chine contrôle les Frameworks ouverts, gagnez 1 Leadership ; sinon piochez une carte.
    event:
      - op: if
        cond: { controls: { side: self, space: openFrameworks } }
        then:
          - op: vp
            side: self
            amount: 1
        else:
          - op: draw
            side: self
            count: 1
    history:
      en: An open-weights model tops the benchmarks.
      fr: Un modèle à poids ouverts domine les classements.
    date: "2025-01"
    sources:
      - outlet: ${PLACEHOLDER_SOURCE}
    question:                 # optional: a question for the debrief
      en: Do open models weaken export controls?
      fr: Les modèles ouverts affaiblissent-ils les contrôles à l'exportation ?
`;
}
