// Asking a persona the command line did not give: the two personas of the side, each with
// what it wants and its pressure check, so the choice is informed.
import { PRESSURE_PARAMS } from '../../i18n/pressure-params.js';
import type { Persona, Side } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { MessageKey } from '../../i18n/messages.js';
import { hint, hintRow } from '../components/hints.js';
import { Rows, seg, type Row } from '../components/rows.js';
import { wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';

export function personaRows(t: Translate, persona: Persona, isCursor: boolean, index: number, width: number): Row[] {
  const name = t(`persona.${persona}` as MessageKey);
  const rows: Row[] = [
    [
      seg(isCursor ? '▶' : ' ', { tone: 'accent', bold: true }),
      seg(index >= 0 ? `${index + 1} ` : '', { tone: 'accent', bold: true }),
      seg(` ${name} `, isCursor ? { inverse: true, bold: true } : { bold: true }),
    ],
  ];
  for (const line of wrap(t(`persona.${persona}.wants` as MessageKey), width - 4)) rows.push([seg(`    ${line}`)]);
  const check = t('personaPick.pressure', {
    name: t(`pressure.${persona}.name` as MessageKey),
    rule: t(`pressure.${persona}.rule` as MessageKey, PRESSURE_PARAMS),
  });
  for (const line of wrap(check, width - 4)) rows.push([seg(`    ${line}`, { dim: true })]);
  return rows;
}

export function PersonaScreen({ t, side, choice, frame }: { t: Translate; side: Side; choice: number; frame: { columns: number; rows: number } }) {
  const width = Math.min(frame.columns - 1, 90);
  const rows: Row[] = [
    [seg(` ${t('personaPick.title')} `, { bold: true, inverse: true, tone: 'accent' })],
    [],
    [
      seg(t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }),
      seg(` ${t('personaPick.for', { side: t(`side.${side}`) })}`, { tone: side, bold: true }),
    ],
    [],
  ];
  rules.PERSONAS[side].forEach((persona, i) => rows.push(...personaRows(t, persona, i === choice, i, width), []));
  const body = rows.slice(0, frame.rows - 2);
  while (body.length < frame.rows - 2) body.push([]);
  body.push(hintRow(t, [hint('hint.choose', 'up', 'down'), hint('hint.place', 'confirm'), hint('hint.quit', 'quit')]));
  return <Rows rows={body} width={frame.columns - 1} height={frame.rows - 1} />;
}
