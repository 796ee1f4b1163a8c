import { describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { hashState } from '../../src/engine/index.js';
import { savedSetupOf } from '../../src/store/autosave.js';
import { exportMarkdown } from '../../src/classroom/replay-handout.js';
import { buildSave } from '../../src/store/save-file.js';
import { playRandom } from '../store/helpers.js';

function handout(seed: number, lang: 'en' | 'fr', maxActions?: number) {
  const game = playRandom(seed, { maxActions });
  // Titles distinct from ids, as real decks have, in both languages; one needs Markdown escaping.
  const cards: Record<string, CardDef> = Object.fromEntries(
    Object.values(game.state.cards).map((c) => [c.id, { ...c, title: { en: c.id === 'us-vp' ? 'Chips *and* VP' : `Title ${c.id}`, fr: `Titre ${c.id}` } }]),
  );
  const setup = savedSetupOf({ setup: game.setup, seats: { us: 'human', china: 'normal' }, lang });
  const save = buildSave({
    appVersion: '0.1.0',
    decks: game.setup.decks,
    setup,
    actions: game.actions,
    state: game.state,
    finalHash: hashState(game.state),
    savedAt: new Date(),
  });
  return { game, text: exportMarkdown({ save, initial: game.states[0]!, final: game.state, cards, lang }) };
}

describe('the Markdown handout', () => {
  it('goes round by round, naming every card played by its title, and ends with the result', () => {
    const { game, text } = handout(42, 'en');
    expect(text.split('\n')[0]).toBe('# Silicon Curtain: Washington (US) vs Huawei (China)');
    expect(text).toContain('- Seats: US human, China bot normal');
    for (let r = 1; r <= game.state.round; r++) expect(text).toContain(`\n## Round ${r}\n`);
    const plays = game.state.log.filter((e) => e.type === 'play' && e.use !== 'headline');
    const items = text.split('\n').filter((l) => /^\d+\. .* plays /.test(l));
    expect(items).toHaveLength(plays.length);
    for (const p of plays) {
      if (p.type !== 'play') continue;
      const title = p.card === 'us-vp' ? 'Chips \\*and\\* VP' : `Title ${p.card}`;
      expect(text).toContain(`plays **${title}**`);
    }
    expect(text).toMatch(/\n## Result\n\n(US|China) wins by .* in round \d \(Leadership [+−]?\d+\)\.|A draw/);
  });

  it('shows every track change in bold and the tracks at the end of each round', () => {
    const { game, text } = handout(43, 'en');
    const moves = game.state.log.filter((e) => e.type === 'track');
    expect(text.match(/\*\*(Leadership|Decoupling clock|Stack|Lock-in) [+−]?\d+ → [+−]?\d+\*\*/g)).toHaveLength(moves.length);
    const ends = text.match(/\*End of the round: Leadership [+−]?\d+ · Decoupling clock \d · Stack \d · Lock-in \d\*/g) ?? [];
    expect(ends.length).toBe(new Set(game.state.log.map((e) => e.round)).size);
    const last = ends[ends.length - 1] ?? '';
    const lead = game.state.leadership;
    expect(last).toContain(
      `Leadership ${lead > 0 ? '+' : lead < 0 ? '−' : ''}${Math.abs(lead)} · Decoupling clock ${game.state.clock} · Stack ${game.state.stack} · Lock-in ${game.state.lockIn}`,
    );
  });

  it('says when the game is unfinished, and speaks French', () => {
    const { game, text } = handout(45, 'fr', 8);
    expect(game.state.outcome).toBeNull();
    expect(text).toContain('# Silicon Curtain\u00a0: Washington (États-Unis) contre Huawei (Chine)');
    expect(text).toContain('- Joueurs\u00a0: États-Unis');
    expect(text).toMatch(/\*Fin de la manche\u00a0: Leadership /);
    expect(text).toContain('## Manche 1');
    expect(text).toContain('Titre ');
    expect(text.trimEnd().split('\n').pop()).toBe(`La partie s’est arrêtée à la manche ${game.state.round}, inachevée.`);
  });
});
