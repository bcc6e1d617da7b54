import type { LiveAddress } from '../../../shared/api';

/**
 * What a participant types when they cannot scan: the host and port only ("192.168.1.23:47470"),
 * without "http://" (every phone browser adds it) and without the code, which is shown apart in
 * large letters and asked for by the page at that address.
 */
export function shortAddress(address: LiveAddress): string {
  try {
    return new URL(address.url).host;
  } catch {
    return address.address;
  }
}
