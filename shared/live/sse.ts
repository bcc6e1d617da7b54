/**
 * Server-sent events, both ends: the listener's `/p/events` and the facilitator's `/api/events`
 * write with `sseMessage`; the renderer (which reads `/api/events` with fetch, so that its token
 * stays in a header) parses with `createSseParser`. Only the fields we use: `event` and `data`.
 */
import type { AppEvent, LiveStatus } from '../api';

/** One message: `event: NAME`, the data as JSON on one line, a blank line. */
export function sseMessage(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps idle connections open through proxies and sleeping Wi-Fi. */
export const SSE_KEEPALIVE = ': keep-alive\n\n';

/**
 * Feeds text chunks (as they arrive, split anywhere) and calls `onMessage` for every complete
 * message with its event name (default "message") and data (multi-line data joined by "\n").
 */
export function createSseParser(
  onMessage: (event: string, data: string) => void,
): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
      if (line === '') {
        if (data.length > 0) onMessage(event || 'message', data.join('\n'));
        event = '';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
    }
  };
}

/** An AppEvent as it travels on `/api/events` (see AppEvent in shared/api.ts). */
export function appEventMessage(event: AppEvent): string {
  return event.type === 'session'
    ? sseMessage('session', { id: event.id, updatedAt: event.updatedAt })
    : sseMessage('live', event.status);
}

/** The AppEvent of a message from `/api/events`, or null for one this version does not know. */
export function parseAppEvent(event: string, data: string): AppEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (event === 'session' && value !== null && typeof value === 'object') {
    const { id, updatedAt } = value as { id?: unknown; updatedAt?: unknown };
    if (typeof id === 'string' && (typeof updatedAt === 'string' || updatedAt === null)) {
      return { type: 'session', id, updatedAt };
    }
    return null;
  }
  if (event === 'live') return { type: 'live', status: value as LiveStatus | null };
  return null;
}
