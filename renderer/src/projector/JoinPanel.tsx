import type { LiveStatus } from '../../../shared/api';
import { formatJoinCode } from '../../../shared/live/joinCode';
import { useT } from '../i18n';
import { shortAddress } from '../live/joinAddress';
import { QrCode } from '../live/QrCode';

/** "12 verbonden · 9 geantwoord". */
function Counters({ status }: { status: LiveStatus }) {
  const t = useT();
  return (
    <p className="projector-counters" data-testid="projector-counters">
      <span data-testid="projector-joined">
        {t('live.counter.joined', { count: status.joined })}
      </span>
      <span aria-hidden="true"> · </span>
      <span data-testid="projector-answered">
        {t('live.counter.answered', { count: status.answered })}
      </span>
    </p>
  );
}

/**
 * Before the reveal: how to join, readable from the back of the room. The QR code opens the
 * phone page with the code in it; the address and the code are for typing it by hand.
 */
export function JoinPage(props: {
  status: LiveStatus | null;
  title: string;
  participants: number;
}) {
  const t = useT();
  const { status, title, participants } = props;
  if (!status) {
    return (
      <div className="projector-join projector-off">
        <p className="projector-title">{title}</p>
        <p className="projector-off-text">{t('live.projector.off')}</p>
        <p className="projector-counters">{t('live.counter.answered', { count: participants })}</p>
      </div>
    );
  }
  const [first, ...others] = status.addresses;
  return (
    <div className="projector-join" data-testid="projector-join">
      {first && (
        <QrCode className="projector-qr" text={first.url} label={t('live.projector.title')} />
      )}
      <div className="projector-join-text">
        <p className="projector-title">{title}</p>
        <h1>{t('live.projector.title')}</h1>
        {first && (
          <>
            <p className="projector-scan">{t('live.projector.scan')}</p>
            <p className="projector-address" data-testid="projector-address">
              {shortAddress(first)}
            </p>
            {others.slice(0, 2).map((address) => (
              <p key={address.url} className="projector-address-other">
                {shortAddress(address)}
              </p>
            ))}
          </>
        )}
        <p className="projector-code-label">{t('live.projector.code')}</p>
        <p className="projector-code" data-testid="projector-code">
          {formatJoinCode(status.code)}
        </p>
        {!status.open && <p className="projector-closed">{t('live.projector.closed')}</p>}
        <Counters status={status} />
      </div>
    </div>
  );
}

/** While results are shown: the way to join, small, in a corner, for whoever comes late. */
export function JoinCorner({ status }: { status: LiveStatus }) {
  const t = useT();
  const first = status.addresses[0];
  return (
    <aside className="projector-corner" data-testid="projector-corner">
      {first && (
        <QrCode
          className="projector-corner-qr"
          text={first.url}
          label={t('live.projector.title')}
        />
      )}
      <div>
        {first && <p className="projector-corner-address">{shortAddress(first)}</p>}
        <p className="projector-corner-code">{formatJoinCode(status.code)}</p>
        <Counters status={status} />
      </div>
    </aside>
  );
}
