import type { NetworkInterfaceInfo } from 'node:os';
import type { LiveAddress, LiveStatus } from '../../shared/api';
import { joinPath } from '../../shared/live/joinCode';

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Virtual adapters (containers, VMs, VPNs): listed after the real Wi-Fi and Ethernet ones. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|utun|tun|tap|zt|tailscale|wg)/i;

/** Addresses a phone cannot use: the computer's own, and link-local ones (no DHCP server). */
function usable(info: NetworkInterfaceInfo): boolean {
  if (info.internal) return false;
  if (info.family === 'IPv4') return !info.address.startsWith('169.254.');
  return !/^fe[89ab]/i.test(info.address);
}

function isWildcard(host: string | undefined): boolean {
  return host === undefined || host === '0.0.0.0' || host === '::';
}

/** `http://ADDRESS:PORT/j/CODE`, IPv6 in brackets. */
export function joinUrl(address: string, port: number, code: string): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}${joinPath(code)}`;
}

/**
 * The addresses phones can use, one per interface and address, named as the system names the
 * interface ("Wi-Fi", "wlan0", "en0"): IPv4 before IPv6 (phones type those), real adapters
 * before virtual ones. Listening on one address (`host`), only that one, named after its
 * interface when it has one.
 */
export function liveAddresses(
  interfaces: InterfaceTable,
  port: number,
  code: string,
  host?: string,
): LiveAddress[] {
  const all = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? []).map((info) => ({ name, info })),
  );
  if (!isWildcard(host)) {
    const match = all.find(({ info }) => info.address === host);
    return [{ name: match?.name ?? host!, address: host!, url: joinUrl(host!, port, code) }];
  }
  const rank = ({ name, info }: { name: string; info: NetworkInterfaceInfo }) =>
    (info.family === 'IPv4' ? 0 : 2) + (VIRTUAL.test(name) ? 1 : 0);
  return all
    .filter(({ info }) => usable(info))
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => rank(a) - rank(b) || a.index - b.index)
    .map(({ name, info }) => ({
      name,
      address: info.address,
      url: joinUrl(info.address, port, code),
    }));
}

/**
 * Windows and macOS ask the user whether the app may accept connections the first time it
 * listens on the network: the facilitator is told before, not surprised in front of the group.
 * Listening on the computer's own address (loopback) asks nothing.
 */
export function firewallNote(platform: NodeJS.Platform, host?: string): LiveStatus['firewallNote'] {
  if (host !== undefined && isLoopback(host)) return null;
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  return null;
}

export function isLoopback(host: string): boolean {
  return host === '::1' || host.startsWith('127.') || host === 'localhost';
}
