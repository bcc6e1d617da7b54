import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { firewallNote, liveAddresses } from '../../main/live/networkAddresses';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '', cidr: null };
}
function v6(address: string, internal = false): NetworkInterfaceInfo {
  return { address, family: 'IPv6', internal, netmask: 'ffff::', mac: '', cidr: null, scopeid: 0 };
}

describe('the addresses phones can use', () => {
  const table = {
    lo: [v4('127.0.0.1', true), v6('::1', true)],
    docker0: [v4('172.17.0.1')],
    'Wi-Fi': [v4('169.254.10.20'), v6('fe80::1'), v4('192.168.1.20'), v6('fd00::20')],
    Ethernet: [v4('10.0.0.5')],
  };

  it('lists real IPv4 interfaces first, named, without loopback and link-local', () => {
    expect(liveAddresses(table, 47470, 'ACDEFG')).toEqual([
      { name: 'Wi-Fi', address: '192.168.1.20', url: 'http://192.168.1.20:47470/j/ACDEFG' },
      { name: 'Ethernet', address: '10.0.0.5', url: 'http://10.0.0.5:47470/j/ACDEFG' },
      { name: 'docker0', address: '172.17.0.1', url: 'http://172.17.0.1:47470/j/ACDEFG' },
      { name: 'Wi-Fi', address: 'fd00::20', url: 'http://[fd00::20]:47470/j/ACDEFG' },
    ]);
  });

  it('is only the address listened on, when one is named', () => {
    expect(liveAddresses(table, 5000, 'ACDEFG', '127.0.0.1')).toEqual([
      { name: 'lo', address: '127.0.0.1', url: 'http://127.0.0.1:5000/j/ACDEFG' },
    ]);
    expect(liveAddresses(table, 5000, 'ACDEFG', '::')).toHaveLength(4);
  });

  it('is empty without a network: the app then explains the hotspot', () => {
    expect(liveAddresses({ lo: table.lo }, 47470, 'ACDEFG')).toEqual([]);
  });

  it('warns of the firewall on Windows and macOS, not for loopback', () => {
    expect(firewallNote('win32')).toBe('windows');
    expect(firewallNote('darwin')).toBe('macos');
    expect(firewallNote('linux')).toBeNull();
    expect(firewallNote('win32', '127.0.0.1')).toBeNull();
    expect(firewallNote('darwin', '192.168.1.20')).toBe('macos');
  });
});
