import type { MethodId } from '../methods';

/** The router path of the projector view (a hash route: `#/projector/ID/METHOD`). */
export const PROJECTOR_ROUTE_PATH = '/projector/:id/:method';

/** The hash the projector window opens (Electron's second window, browser mode's app window). */
export function projectorRoute(sessionId: string, method: MethodId): string {
  return `#/projector/${encodeURIComponent(sessionId)}/${method}`;
}
