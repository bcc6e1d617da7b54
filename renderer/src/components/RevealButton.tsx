import type { Method } from '../methods/registry';
import { useSession } from '../session/SessionContext';

const SET_REVEALED = {
  culture: 'culture.setRevealed',
  kano: 'kano.setRevealed',
  excellence: 'excellence.setRevealed',
} as const;

/**
 * Shows or hides a method's results on the projector (stored in the session, so every window
 * follows). Prominent while the results are hidden.
 */
export function RevealButton({
  method,
  reveal,
  hide,
}: {
  method: Method;
  reveal: string;
  hide: string;
}) {
  const { session, execute } = useSession();
  const { revealed } = session[method];
  return (
    <button
      type="button"
      className={revealed ? undefined : 'primary'}
      onClick={() => void execute({ type: SET_REVEALED[method], revealed: !revealed })}
    >
      {revealed ? hide : reveal}
    </button>
  );
}
