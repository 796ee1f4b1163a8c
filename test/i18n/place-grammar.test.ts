// French sentences around a space or a region name (issue 20): every French message that names a
// place in a form (`{space:in}`, `{region:of}`...) is rendered with every space and region, and
// checked against a hand-written table of what French says, and for contractions French forbids.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en.js';
import { fr } from '../../src/i18n/catalog/fr.js';
import { regionPlace, spacePlace } from '../../src/i18n/game-words.js';
import { format, t, type MessageKey } from '../../src/i18n/messages.js';
import { FRENCH_PLACES, PLACE_FORMS } from '../../src/i18n/place-grammar.js';
import { REGION_IDS, SPACE_IDS } from '../../src/decks/vocabulary.js';
import { readShippedDeck, shippedDeckFiles } from '../classroom/shipped-decks.js';

/** What a French speaker says: the place after « de », and where something happens. */
const EXPECTED: Record<string, { the: string; of: string; in: string }> = {
  tencent: { the: 'Tencent', of: 'de Tencent', in: 'chez Tencent' },
  bytedance: { the: 'ByteDance', of: 'de ByteDance', in: 'chez ByteDance' },
  alibaba: { the: 'Alibaba', of: 'd’Alibaba', in: 'chez Alibaba' },
  stateCloud: { the: 'le Cloud d’État', of: 'du Cloud d’État', in: 'dans le Cloud d’État' },
  universities: { the: 'les Universités', of: 'des Universités', in: 'dans les Universités' },
  cudaDevs: { the: 'les Développeurs CUDA', of: 'des Développeurs CUDA', in: 'chez les Développeurs CUDA' },
  openFrameworks: { the: 'les Frameworks ouverts', of: 'des Frameworks ouverts', in: 'dans les Frameworks ouverts' },
  aiLabs: { the: 'les Laboratoires d’IA', of: 'des Laboratoires d’IA', in: 'dans les Laboratoires d’IA' },
  startups: { the: 'les Start-up', of: 'des Start-up', in: 'chez les Start-up' },
  saudi: { the: 'l’Arabie saoudite', of: 'de l’Arabie saoudite', in: 'en Arabie saoudite' },
  uae: { the: 'les Émirats arabes unis', of: 'des Émirats arabes unis', in: 'aux Émirats arabes unis' },
  thailand: { the: 'la Thaïlande', of: 'de la Thaïlande', in: 'en Thaïlande' },
  malaysia: { the: 'la Malaisie', of: 'de la Malaisie', in: 'en Malaisie' },
  brazil: { the: 'le Brésil', of: 'du Brésil', in: 'au Brésil' },
  foundries: { the: 'les Fonderies', of: 'des Fonderies', in: 'dans les Fonderies' },
  hbm: { the: 'la Mémoire HBM', of: 'de la Mémoire HBM', in: 'dans la Mémoire HBM' },
  rareEarths: { the: 'les Terres rares', of: 'des Terres rares', in: 'sur les Terres rares' },
  edaTools: { the: 'les Outils EDA', of: 'des Outils EDA', in: 'sur les Outils EDA' },
  chinaMarket: { the: 'le Marché chinois', of: 'du Marché chinois', in: 'sur le Marché chinois' },
  developers: { the: 'les Développeurs', of: 'des Développeurs', in: 'chez les Développeurs' },
  globalSouth: { the: 'le Sud global', of: 'du Sud global', in: 'dans le Sud global' },
  supplyChain: { the: 'la Chaîne d’approvisionnement', of: 'de la Chaîne d’approvisionnement', in: 'dans la Chaîne d’approvisionnement' },
};

/** Contractions and elisions French never leaves undone, and a preposition doubled. */
const WRONG = /\b(à le|à les|de le|de les|de des|de du|de d’|en (le|la|les|l’)|dans (en|au|aux)|sur (en|au|aux)|chez (en|au|aux)) /i;

const PLACE_PARAM = /\{(space|region):(\w+)\}/g;
const placeKeys = (Object.keys(fr) as MessageKey[]).filter((key) => /\{(space|region):\w+\}/.test(fr[key]));

/** Every param of a message filled: the place given, anything else a plain word. */
function render(key: MessageKey, param: 'space' | 'region', id: string): string {
  const names = [...fr[key].matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] as string);
  const params: Record<string, string | ReturnType<typeof spacePlace>> = {};
  for (const name of names) params[name] = 'X';
  params[param] = param === 'space' ? spacePlace(id) : regionPlace(id as (typeof REGION_IDS)[number]);
  return t('fr', key, params);
}

describe('French place names in sentences', () => {
  it('every shipped space and region has its grammar, and the table above covers them', () => {
    const places = [...SPACE_IDS, ...REGION_IDS];
    expect(places.filter((id) => !(id in FRENCH_PLACES))).toEqual([]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...places].sort());
  });

  it('finds the French messages that name a place in a form', () => {
    // The log, the bots' reasons, the replay, the tutorial, the debrief, the class report, the situation help.
    for (const key of [
      'log.sanction.hit',
      'log.lobby.win',
      'log.score',
      'bot.place',
      'replay.act.remove',
      'tutorial.do.place.one',
      'option.score',
      'debrief.result.region',
      'class.tp.heldScoring',
      'situation.dominance.none',
      'lasting.influenceCost',
    ]) {
      expect(placeKeys).toContain(key);
    }
  });

  it.each(placeKeys.map((key) => [key]))('%s: every place, in its form, with no wrong contraction', (key) => {
    const template = fr[key as MessageKey];
    const forms = [...template.matchAll(PLACE_PARAM)].map((m) => ({ param: m[1] as 'space' | 'region', form: m[2] as string }));
    for (const { param, form } of forms) {
      expect(PLACE_FORMS as readonly string[]).toContain(form);
      const ids = param === 'space' ? SPACE_IDS : REGION_IDS;
      for (const id of ids) {
        const text = render(key as MessageKey, param, id);
        expect(text, text).not.toMatch(WRONG);
        expect(text, text).not.toMatch(/\{\w+(:\w+)?\}/);
        const expected = EXPECTED[id];
        if (expected && (form === 'the' || form === 'of' || form === 'in')) {
          // A message may start with the form (« Lobbying au Brésil »): compare ignoring the first letter's case.
          expect(text.toLowerCase(), text).toContain(expected[form].toLowerCase());
        }
      }
    }
  });

  it('the "to" form contracts « à »', () => {
    expect(format('{p:to}', { p: spacePlace('brazil') }, 'fr')).toBe('au Brésil');
    expect(format('{p:to}', { p: spacePlace('uae') }, 'fr')).toBe('aux Émirats arabes unis');
    expect(format('{p:to}', { p: spacePlace('saudi') }, 'fr')).toBe('à l’Arabie saoudite');
    expect(format('{p:to}', { p: spacePlace('malaysia') }, 'fr')).toBe('à la Malaisie');
    expect(format('{p:to}', { p: spacePlace('tencent') }, 'fr')).toBe('à Tencent');
  });

  it('a place with no grammar line says « la case X », always correct', () => {
    const place = { place: 'space' as const, id: 'newSpace' };
    expect(format('influence {p:in}, retirée {p:of}, sanctionne {p:the}', { p: place }, 'fr')).toBe(
      'influence dans la case newSpace, retirée de la case newSpace, sanctionne la case newSpace',
    );
    expect(format('{p:of}', { p: { place: 'region', id: 'arctic' } }, 'fr')).toBe('de la région arctic');
  });

  it('English says the name alone, whatever the form', () => {
    expect(format('{p:in} / {p:of} / {p}', { p: spacePlace('brazil') }, 'en')).toBe('Brazil / Brazil / Brazil');
    expect(t('en', 'bot.place', { space: spacePlace('uae') })).toBe(en['bot.place'].replace('{space}', 'UAE'));
  });
});

/** Every French string of a parsed deck (`fr:` of any text, label or note). */
function frenchTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(frenchTexts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'fr' && typeof value === 'string' ? [value] : frenchTexts(value)));
}

describe('the shipped decks’ French texts', () => {
  it('name places with the right contractions (the event texts are written, not generated)', () => {
    const texts = shippedDeckFiles().flatMap((file) => frenchTexts(readShippedDeck(file).data));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((text) => WRONG.test(text))).toEqual([]);
    // A place name without its article or preposition (review §1 #12, #13): « dans Terres rares », « à Malaisie ».
    // « de Thaïlande » and « en Malaisie » are French (a feminine country); « de Brésil », « dans Fonderies » are not.
    const bare = [...SPACE_IDS, ...REGION_IDS].flatMap((id) => {
      const g = FRENCH_PLACES[id as keyof typeof FRENCH_PLACES] ?? {};
      if (g.article === false) return [];
      const name = t('fr', ((SPACE_IDS as readonly string[]).includes(id) ? `space.${id}` : `region.${id}`) as MessageKey);
      // A country said with « en » also takes a bare « de » (« entreprises de Thaïlande »); other places never do.
      const preps = ['dans', 'sur', 'à', ...(g.in === 'en' ? [] : ['en', 'de'])];
      return [new RegExp(`(^|[^\\p{L}])(${preps.join('|')}) ${name}`, 'u')];
    });
    expect(texts.filter((text) => bare.some((re) => re.test(text)))).toEqual([]);
  });
});
