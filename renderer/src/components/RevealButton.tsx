import { methodById, type MethodId } from '../../../shared/methods';
import { useSession } from '../session/SessionContext';

/**
 * Shows or hides a method's results on the projector (stored in the session, so every window
 * follows). Prominent while the results are hidden.
 */
export function RevealButton({
  method,
  show,
  hide,
}: {
  method: MethodId;
  show: string;
  hide: string;
}) {
  const { session, execute } = useSession();
  const revealed = methodById(method).revealed(session);
  return (
    <button
      type="button"
      className={revealed ? undefined : 'primary'}
      onClick={() => void execute({ type: `${method}.setRevealed`, revealed: !revealed })}
    >
      {revealed ? hide : show}
    </button>
  );
}
