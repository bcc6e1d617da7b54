import { describe, expect, it } from 'vitest';
import { joinLines } from '../../main/live/joinLines';
import { parseServeArgs } from '../../main/serveArgs';
import type { LiveStatus } from '../../shared/api';

describe('npm run serve -- --live ...', () => {
  it('reads the live flags', () => {
    expect(
      parseServeArgs([
        '--no-open',
        '--port',
        '0',
        '--data-dir',
        '/tmp/d',
        '--live',
        's-1',
        '--live-method',
        'kano',
        '--live-host',
        '127.0.0.1',
        '--live-port',
        '47471',
      ]),
    ).toEqual({
      port: 0,
      dataDir: '/tmp/d',
      noOpen: true,
      chromium: undefined,
      live: { sessionId: 's-1', method: 'kano', host: '127.0.0.1', port: 47471 },
    });
    expect(parseServeArgs([]).live).toBeUndefined();
  });

  it('says what is wrong with them', () => {
    expect(() => parseServeArgs(['--live', 's1'])).toThrow(/--live-method must be one of/);
    expect(() => parseServeArgs(['--live', 's1', '--live-method', 'quiz'])).toThrow(
      /culture, kano, excellence/,
    );
    expect(() => parseServeArgs(['--live', '../etc', '--live-method', 'kano'])).toThrow(
      /session id/,
    );
    expect(() =>
      parseServeArgs(['--live', 's1', '--live-method', 'kano', '--live-host', 'example.com']),
    ).toThrow(/IP address/);
    expect(() =>
      parseServeArgs(['--live', 's1', '--live-method', 'kano', '--live-port', '70000']),
    ).toThrow(/--live-port must be a number/);
    expect(() => parseServeArgs(['--live-method', 'kano'])).toThrow(/goes with --live/);
  });

  it('prints the join URL first, then the code, other addresses and the firewall note', () => {
    const status: LiveStatus = {
      sessionId: 's1',
      method: 'culture',
      code: 'ACDEFG',
      port: 47470,
      open: true,
      joined: 0,
      answered: 0,
      addresses: [
        { name: 'Wi-Fi', address: '192.168.1.20', url: 'http://192.168.1.20:47470/j/ACDEFG' },
        { name: 'Ethernet', address: '10.0.0.5', url: 'http://10.0.0.5:47470/j/ACDEFG' },
      ],
      firewallNote: 'windows',
    };
    const lines = joinLines(status);
    expect(lines[0]).toBe('Join: http://192.168.1.20:47470/j/ACDEFG');
    expect(lines).toContain('Join code: ACD EFG (culture, exercise open)');
    expect(lines).toContain('Also: http://10.0.0.5:47470/j/ACDEFG (Ethernet)');
    expect(lines.at(-1)).toMatch(/firewall/);
    const offline = joinLines({ ...status, addresses: [], firewallNote: null });
    expect(offline[0]).toBe('Join: http://127.0.0.1:47470/j/ACDEFG');
    expect(offline.join('\n')).toMatch(/hotspot/);
  });
});
