import type { LiveStatus } from '../../shared/api';
import { formatJoinCode } from '../../shared/live/joinCode';
import { joinUrl } from './networkAddresses';

/**
 * `Join: URL` (scripts and tests read this line; a phone can open the URL as it is), then the
 * code, the other addresses and what the facilitator should know about the firewall.
 */
export function joinLines(status: LiveStatus): string[] {
  const [first, ...others] = status.addresses;
  const lines = [
    `Join: ${first ? first.url : joinUrl('127.0.0.1', status.port, status.code)}`,
    `Join code: ${formatJoinCode(status.code)} (${status.method}, exercise ${status.open ? 'open' : 'closed'})`,
  ];
  if (!first) {
    lines.push(
      'No network found: only this computer can join. Start a hotspot or join the room\'s Wi-Fi (README, "Live workshop"), then start again.',
    );
  }
  for (const other of others) lines.push(`Also: ${other.url} (${other.name})`);
  if (status.firewallNote) {
    lines.push(
      'The firewall may ask whether Klantkompas may accept connections: allow it on private networks.',
    );
  }
  return lines;
}
