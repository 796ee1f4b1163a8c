// Rows: the panels' building block keeps its exact size without ink clipping it.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Rows, seg, wrapRow } from '../../src/ui/components/rows.js';
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

  it('wraps a row at spaces, each word keeping its style, nothing cut', () => {
    const rows = wrapRow([seg('U', { inverse: true }), seg(' Washington (US) to act: ', { bold: true }), seg('Keep one card; the rest are discarded.')], 30);
    expect(rows.map((r) => r.map((x) => x.text).join(''))).toEqual(['U Washington (US) to act: Keep', 'one card; the rest are', 'discarded.']);
    expect(rows[0]?.[1]).toMatchObject({ text: ' Washington (US) to act: ', bold: true });
    expect(rows[0]?.[2]?.bold).toBeUndefined();
  });
});
