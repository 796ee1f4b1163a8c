// Runs the tutorial screen in the terminal until the player leaves; the CLI calls this.
import { render, useApp } from 'ink';
import type { TutorialSession } from '../../classroom/tutorial.js';
import type { Lang } from '../../i18n/lang.js';
import { withAlternateScreen, type AlternateScreen } from '../debrief/alternate-screen.js';
import { TutorialScreen } from './TutorialScreen.js';

export interface RunTutorialOptions {
  session: TutorialSession;
  lang: Lang;
  /** Called after every move and every lesson read, to keep the progress. */
  onProgress: (session: TutorialSession) => void;
  /** The terminal's alternate screen to draw on (a real terminal, not CI), or null. */
  alternateScreen: AlternateScreen;
}

function App({ options, done }: { options: RunTutorialOptions; done: (result: { finished: boolean }) => void }) {
  const { exit } = useApp();
  return (
    <TutorialScreen
      session={options.session}
      lang={options.lang}
      onProgress={options.onProgress}
      onExit={(result) => {
        done(result);
        exit();
      }}
    />
  );
}

/** Resolves when the player leaves: `finished` once the game and its debrief are over. */
export async function runTutorial(options: RunTutorialOptions): Promise<{ finished: boolean }> {
  let result = { finished: false };
  await withAlternateScreen(options.alternateScreen, async () => {
    const app = render(<App options={options} done={(r) => (result = r)} />);
    await app.waitUntilExit();
  });
  return result;
}
