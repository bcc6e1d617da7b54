import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/index';
import { resolveSessionId } from '../../main/cli/sessionLookup';
import type { SessionListItem } from '../../shared/api';

function summary(id: string, name: string): SessionListItem {
  return {
    status: 'ok',
    id,
    name,
    organisation: '',
    date: '2026-11-30',
    facilitator: '',
    language: 'nl',
    participants: 0,
    updatedAt: '2026-11-30T09:00:00.000Z',
  };
}

const SESSIONS: SessionListItem[] = [
  summary('id-mt', 'MT-sessie Acme'),
  summary('id-a', 'Werkplaats'),
  summary('id-b', 'werkplaats '),
  { status: 'damaged', id: 'id-damaged', reason: 'broken', updatedAt: '', hasBackup: false },
];

describe('--session takes an id or a unique name', () => {
  it('keeps an id as it is', () => {
    expect(resolveSessionId('id-a', SESSIONS)).toBe('id-a');
  });

  it('finds a session by its exact name, ignoring capitals and surrounding spaces', () => {
    expect(resolveSessionId('mt-sessie acme', SESSIONS)).toBe('id-mt');
    expect(resolveSessionId(' MT-sessie Acme ', SESSIONS)).toBe('id-mt');
  });

  it('never matches part of a name, nor a damaged file by name', () => {
    expect(() => resolveSessionId('MT-sessie', SESSIONS)).toThrow(
      'There is no session with the id or name "MT-sessie".',
    );
    expect(resolveSessionId('id-damaged', SESSIONS)).toBe('id-damaged');
  });

  it('refuses an ambiguous name and lists the ids to choose from', () => {
    expect(() => resolveSessionId('Werkplaats', SESSIONS)).toThrow(
      '2 sessions are called "Werkplaats": give one of their ids (id-a, id-b).',
    );
  });

  it('works end to end in `analyse … --session NAME`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-cli-lookup-'));
    const lines: string[] = [];
    const errors: string[] = [];
    const io = {
      stdout: (line: string) => lines.push(line),
      stderr: (line: string) => errors.push(line),
      env: {},
    };
    const ids: string[] = [];
    for (const name of ['Workshop Acme', 'Tweede', 'tweede']) {
      expect(await runCli(['sessions', 'create', '--name', name, '--data-dir', dir], io)).toBe(0);
      ids.push(lines.at(-1)!.trim()); // create prints the new id last
    }

    lines.length = 0;
    const args = ['analyse', 'excellence', '--json', '--data-dir', dir, '--session'];
    expect(await runCli([...args, 'workshop acme'], io)).toBe(0);
    expect(lines.join('\n')).toContain('{');

    expect(await runCli([...args, 'TWEEDE'], io)).toBe(1);
    expect(errors.at(-1)).toMatch(
      /^Error: 2 sessions are called "TWEEDE": give one of their ids \(/,
    );
    expect(await runCli([...args, 'Nergens'], io)).toBe(1);
    expect(errors.at(-1)).toBe('Error: There is no session with the id or name "Nergens".');
    expect(await runCli([...args, ids[0]!], io)).toBe(0);
  });
});
