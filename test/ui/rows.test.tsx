// Rows: the panels' building block keeps its exact size without ink clipping it.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Rows, seg } from '../../src/ui/components/rows.js';
import { UiProvider } from '../../src/ui/ui-context.js';
import { plain } from './helpers.js';

describe('Rows', () => {
  it('draws exactly its height in lines of at most its width, a newline inside a segment as a space', () => {
    const rows = [[seg('first\nsecond', { bold: true })], [seg('x'.repeat(30)), seg('hidden')], [seg('▄▀▀ █', { tone: 'us' }), seg(' ok')], [seg('dropped')]];
    const { lastFrame, unmount } = render(
      <UiProvider lang="en" color={true}>
        <Rows rows={rows} width={12} height={3} />
      </UiProvider>,
    );
    const lines = plain(lastFrame()).split('\n');
    unmount();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('first second');
    expect(lines[1]).toBe(`${'x'.repeat(11)}…`);
    expect(lines[2]).toBe('▄▀▀ █ ok');
  });
});
