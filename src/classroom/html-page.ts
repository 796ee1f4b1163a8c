// A printable HTML page for the classroom handouts: one self-contained file (its style inline,
// no script, no font, image or link to fetch) that a school can print, post on its intranet or
// open offline. Every text that comes from data passes through escapeHtml.
import type { Lang } from '../i18n/lang.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const URL = /^https?:\/\/[^\s<>"']+$/;

/** A source may mix words and addresses: addresses become links (printed in full), the rest is escaped. */
export function sourceHtml(source: string): string {
  return source
    .split(/(\s+)/)
    .map((part) => {
      const trail = /[.,;)]+$/.exec(part)?.[0] ?? '';
      const address = trail ? part.slice(0, -trail.length) : part;
      return URL.test(address) ? `<a href="${escapeHtml(address)}">${escapeHtml(address)}</a>${escapeHtml(trail)}` : escapeHtml(part);
    })
    .join('');
}

const STYLE = `
@page { size: A4; margin: 14mm 15mm; }
:root { color: #111; background: #fff; }
body { font: 11pt/1.4 Georgia, "Times New Roman", serif; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.5em; margin: 0 0 .4em; }
h2 { font-size: 1.15em; margin: 1.1em 0 .4em; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 1em; margin: .8em 0 .3em; break-after: avoid; }
p { margin: .35em 0; }
ol, ul { margin: .3em 0; padding-left: 1.6em; }
li { margin: .2em 0; break-inside: avoid; }
blockquote { margin: .2em 0 .4em; padding-left: .7em; border-left: 3px solid #bbb; color: #333; }
table { border-collapse: collapse; margin: .4em 0; }
th, td { border: 1px solid #999; padding: .15em .5em; text-align: left; vertical-align: top; }
td.number { text-align: right; }
pre { font: 10pt/1.3 "DejaVu Sans Mono", Consolas, monospace; margin: .4em 0; }
.result { font-weight: bold; }
.note, .source { color: #444; font-size: .92em; }
.names { margin: .8em 0; }
.group { font-weight: bold; margin-top: .6em; }
a { color: inherit; }
body.handout { font-size: 9.5pt; line-height: 1.25; }
body.handout h2 { margin-top: .8em; }
body.handout .aftermath { font-size: .92em; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { text-decoration: none; } h1 { font-size: 1.3em; } }
`;

/** The whole page: `body` is HTML already escaped by its maker. */
export function htmlPage(lang: Lang, title: string, body: string, options: { handout?: boolean } = {}): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body${options.handout ? ' class="handout"' : ''}>`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
