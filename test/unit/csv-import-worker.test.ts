import { describe, expect, it } from 'vitest';
import { heldRef, standInFor } from '../../renderer/src/api/heldCommands';
import { HeldImports } from '../../renderer/src/api/heldImports';
import type { Command } from '../../shared/commands';
import { importMethodCsv } from '../../shared/csvImport';
import { newSession, type Session } from '../../shared/session';
import {
  cultureSampleText,
  UNTERMINATED_QUOTE_TEXT,
  utf8,
  windows1252,
} from '../fixtures/csv/samples';

// The CSV import as the session worker reads it (renderer/src/api/heldImports.ts): the report
// crosses to the window as plain data, the commands stay in the worker until sent.

function emptySession(): Session {
  return newSession('s1', { name: 'CSV' }, new Date('2026-03-01T10:00:00Z'));
}

/** What crosses between worker and window: a structured clone, as postMessage makes it. */
const cross = <T>(value: T): T => structuredClone(value);

const body = (args: unknown[]) => JSON.stringify({ args });

describe('a CSV import read in the session worker', () => {
  it('reports problems with their line numbers in both languages and keeps nothing', () => {
    const { report, ref } = cross(
      new HeldImports().read('culture', utf8(UNTERMINATED_QUOTE_TEXT), emptySession()),
    );
    expect(ref).toBeNull();
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.problems.nl).toMatch(/regel 3/i);
    expect(report.problems.en).toMatch(/line 3/i);
  });

  it('reports what the window reading the same file would say, encoding included', () => {
    const bytes = windows1252(cultureSampleText(';'));
    const { report } = cross(new HeldImports().read('culture', bytes, emptySession()));
    const here = importMethodCsv('culture', bytes, emptySession());
    if (!report.ok || !here.ok) throw new Error('expected the sample to import');
    expect(report.encoding).toBe('windows-1252');
    expect(report.commandCount).toBe(here.value.commands.length);
    expect(report.summary.nl).toBe(here.value.summary('nl'));
    expect(report.summary.en).toBe(here.value.summary('en'));
    expect(report.notes).toBeNull();
  });

  it('puts the commands it keeps in place of their stand-in, once', () => {
    const held = new HeldImports();
    const { ref } = held.read('culture', utf8(cultureSampleText(',')), emptySession());
    if (ref === null) throw new Error('expected commands to be kept');
    const sent = held.putIn(body(['s1', [], { undoable: true }]), { index: 1, ref });
    const args = (JSON.parse(sent!) as { args: unknown[] }).args;
    expect(args[0]).toBe('s1');
    expect(args[2]).toEqual({ undoable: true });
    const commands = args[1] as Command[];
    expect(commands.filter((c) => c.type === 'culture.addEntry')).toHaveLength(2);
    // An import is sent once: a second send finds nothing.
    expect(held.putIn(body(['s1', []]), { index: 1, ref })).toBeNull();
  });

  it('keeps only the last few imports read and not sent', () => {
    const held = new HeldImports();
    const refs = Array.from(
      { length: 6 },
      () => held.read('culture', utf8(cultureSampleText(',')), emptySession()).ref!,
    );
    const kept = refs.map((ref) => held.putIn(body(['s1', []]), { index: 1, ref }) !== null);
    expect(kept).toEqual([false, false, true, true, true, true]);
  });
});

describe('stand-ins for commands kept in the worker', () => {
  it('are known by their number, and nothing else is', () => {
    const standIn = standInFor(7);
    expect(standIn).toHaveLength(0);
    expect(Object.isFrozen(standIn)).toBe(true);
    expect(heldRef(standIn)).toBe(7);
    expect(heldRef([])).toBeUndefined();
    expect(heldRef('s1')).toBeUndefined();
    expect(heldRef(null)).toBeUndefined();
  });
});
