import { useEffect, useState } from 'react';
import type { LiveStatus } from '../../../shared/api';
import { api } from '../api/client';

/**
 * The participant listener's status, kept current by push (api.subscribe): counters, open or
 * closed, started or stopped. `undefined` until known, null while the listener is off.
 */
export function useLiveStatus(): [
  LiveStatus | null | undefined,
  (status: LiveStatus | null) => void,
] {
  const [status, setStatus] = useState<LiveStatus | null | undefined>(undefined);
  useEffect(() => {
    let active = true;
    // Counts pushed statuses, so that an answer to a question asked earlier never overwrites
    // a newer push.
    let pushes = 0;
    const ask = () => {
      const asked = pushes;
      api.liveStatus().then(
        (latest) => active && asked === pushes && setStatus(latest),
        () => undefined,
      );
    };
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'live') return;
      pushes++;
      setStatus(event.status);
    }, ask);
    // Asked at once too: the panel should not wait for the stream to know where it stands.
    ask();
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return [status, setStatus];
}

/** The status when it is for this session and method, else null (off, or another exercise). */
export function statusFor(
  status: LiveStatus | null | undefined,
  sessionId: string,
  method: string,
): LiveStatus | null {
  return status && status.sessionId === sessionId && status.method === method ? status : null;
}
