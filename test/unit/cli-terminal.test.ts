import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/index';
import { terminalSafe } from '../../main/cli/terminalText';
import { SessionStore } from '../../main/store/sessionStore';

// ESC [ 2 J clears the screen; OSC 0 sets the window title; BEL rings; C1 CSI is ESC [ in 8 bits.
const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';
const C1_CSI = '\u009b31m';

async function cli(args: string[]) {
  const out: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(line),
    env: {},
  });
  return { code, text: out.join('\n') };
}

/** No control character but newline and tab reaches the terminal. */
function expectNoControls(text: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

describe('CLI output never carries terminal control sequences', () => {
  it('writes control characters as visible \\u escapes, keeping newlines and tabs', () => {
    expect(terminalSafe(`a${CLEAR}b\tc\nd\re\u0007`)).toBe('a\\u001b[2Jb\tc\nd\\u000de\\u0007');
    expect(terminalSafe(C1_CSI)).toBe('\\u009b31m');
  });

  it('keeps --json output valid and exact: the escape is JSON’s own', () => {
    const json = JSON.stringify({ word: `x${C1_CSI}` });
    expect(JSON.parse(terminalSafe(json))).toEqual({ word: `x${C1_CSI}` });
  });

  it('in session names, analysed words and CSV headers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-cli-term-'));
    const created = await cli([
      'sessions',
      'create',
      '--name',
      `Sessie${TITLE}`,
      '--data-dir',
      dir,
    ]);
    expect(created.code).toBe(0);
    expectNoControls(created.text);
    expect(created.text).toContain('Sessie\\u001b]0;pwned\\u0007');

    const list = await cli(['sessions', 'list', '--data-dir', dir]);
    expectNoControls(list.text);
    expect(list.text).toContain('Sessie\\u001b');

    // Words typed in the app may hold anything; the CLI analyses them from the session.
    const id = created.text.trim().split('\n').at(-1)!;
    const store = await SessionStore.open(dir);
    await store.execute(id, {
      type: 'culture.addEntry',
      entry: {
        id: 'e1',
        participant: '',
        group: null,
        current: [`traag${CLEAR}`, 'log'],
        desired: [`snel${C1_CSI}`],
      },
    });
    const analysed = await cli(['analyse', 'culture', '--session', id, '--data-dir', dir]);
    expect(analysed.code).toBe(0);
    expectNoControls(analysed.text);
    expect(analysed.text).toContain('traag\\u001b[2J');
    const json = await cli(['analyse', 'culture', '--session', id, '--json', '--data-dir', dir]);
    expectNoControls(json.text);
    expect(json.text).toContain('snel\\u009b31m');
    // Parsed back, the word is exactly what was typed.
    expect(JSON.stringify(JSON.parse(json.text))).toContain(`snel${C1_CSI}`);

    const badHeader = join(dir, 'header.csv');
    await writeFile(badHeader, `participant,block${TITLE},now,target\nP1,1,5,7\n`);
    const refused = await cli(['analyse', 'excellence', badHeader, '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expectNoControls(refused.text);
    // The CSV engine refuses a file with control characters as "not a CSV file".
    expect(refused.text).toMatch(/not a CSV file/);
  });
});
