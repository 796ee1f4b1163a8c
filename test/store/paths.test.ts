import { describe, expect, it } from 'vitest';
import { isSaveName, resumeHint, saveDir, shellQuote } from '../../src/store/paths.js';

describe('where saves go', () => {
  it('uses SILICON_CURTAIN_HOME first, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(saveDir({ env: { SILICON_CURTAIN_HOME: '/x/sc', XDG_DATA_HOME: '/xdg' }, platform: 'linux', home: '/home/a' })).toBe('/x/sc');
    expect(saveDir({ env: { XDG_DATA_HOME: '/xdg' }, platform: 'linux', home: '/home/a' })).toBe('/xdg/silicon-curtain');
    expect(saveDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe('/Users/a/.local/share/silicon-curtain');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(saveDir({ env: { APPDATA: 'C:/Users/a/AppData/Roaming' }, platform: 'win32', home: 'C:/Users/a' })).toBe(
      'C:/Users/a/AppData/Roaming/silicon-curtain',
    );
  });

  it('lists only save files, never backups or half-written temporary files', () => {
    expect(isSaveName('2026-01-02_03-04-05_washington-vs-huawei_seed1.json')).toBe(true);
    expect(isSaveName('game.json.bak')).toBe(false);
    expect(isSaveName('.game.json.123.4.tmp')).toBe(false);
    expect(isSaveName('notes.txt')).toBe(false);
  });
});

describe('the resume hint', () => {
  it('gives a command that can be pasted into a shell', () => {
    expect(resumeHint('/home/a/saves/g.json')).toBe('Game saved in /home/a/saves/g.json. To continue it: silicon-curtain resume /home/a/saves/g.json');
    expect(shellQuote("/home/a/my game's.json", 'linux')).toBe(`'/home/a/my game'\\''s.json'`);
    expect(shellQuote('C:\\Users\\a b\\g.json', 'win32')).toBe('"C:\\Users\\a b\\g.json"');
  });

  it('speaks French for a French game', () => {
    expect(resumeHint('/tmp/g.json', 'fr')).toBe('Partie enregistrée dans /tmp/g.json. Pour la reprendre\u00a0: silicon-curtain resume /tmp/g.json');
  });
});
