import { useState } from 'react';
import { DEFAULT_LIVE_PORT, type LiveStatus } from '../../../shared/api';
import { formatJoinCode } from '../../../shared/live/joinCode';
import { projectorRoute } from '../../../shared/live/projectorRoute';
import { api } from '../api/client';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import type { MethodId } from '../methods/registry';
import { shortAddress } from './joinAddress';
import { QrCode } from './QrCode';

interface Props {
  sessionId: string;
  method: MethodId;
  /** The listener as it is now (null: off), kept current by push. */
  status: LiveStatus | null;
  /** The answer of a call that changed it, shown at once (the push follows). */
  onStatus(status: LiveStatus | null): void;
}

/**
 * The firewall that may ask on the first start, known before the listener runs: this window
 * runs on the facilitator's computer, the same system as the listener.
 */
function firewallBeforeStart(): LiveStatus['firewallNote'] {
  const agent = navigator.userAgent;
  if (agent.includes('Windows')) return 'windows';
  if (agent.includes('Macintosh') || agent.includes('Mac OS X')) return 'macos';
  return null;
}

/** The facilitator's panel of a live workshop: start, addresses and QR code, open/close, stop. */
export function InvitePanel({ sessionId, method, status, onStatus }: Props) {
  const t = useT();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const [port, setPort] = useState(String(DEFAULT_LIVE_PORT));
  const [projectorAddress, setProjectorAddress] = useState<string | null>(null);
  const live = status && status.sessionId === sessionId && status.method === method ? status : null;

  const act = async <T,>(call: () => Promise<T>, then: (value: T) => void) => {
    setBusy(true);
    try {
      then(await call());
    } catch (error) {
      notices.fail(error);
    } finally {
      setBusy(false);
    }
  };
  const portNumber = Number(port);
  const portValid =
    port.trim() === '' || (Number.isInteger(portNumber) && portNumber > 0 && portNumber < 65536);
  const start = () =>
    act(
      () => api.liveStart(sessionId, method, port.trim() === '' ? {} : { port: portNumber }),
      onStatus,
    );

  if (!live) {
    const firewall = firewallBeforeStart();
    return (
      <div className="invite-panel" data-testid="invite-panel">
        <p>{t('live.invite.intro')}</p>
        {status && <p className="invite-note">{t('live.invite.elsewhere')}</p>}
        {firewall && (
          <p className="invite-note" data-testid="invite-firewall">
            {t(`live.invite.firewall.${firewall}`)} {t('live.invite.firewall.general')}
          </p>
        )}
        <label className="invite-port">
          {t('live.invite.port')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={65535}
            value={port}
            onChange={(e) => setPort(e.target.value)}
            aria-invalid={!portValid}
          />
        </label>
        <p className="muted">{t('live.invite.portHint', { port: String(DEFAULT_LIVE_PORT) })}</p>
        <button type="button" className="primary" disabled={busy || !portValid} onClick={start}>
          {t('live.invite.start')}
        </button>
      </div>
    );
  }

  const [first] = live.addresses;
  const byHandUrl = `${window.location.href.split('#')[0]}${projectorRoute(sessionId, method)}`;
  return (
    <div className="invite-panel" data-testid="invite-panel">
      <p className="invite-state">
        <strong>{t('live.invite.running', { port: String(live.port) })}</strong>
        {' · '}
        <span data-testid="invite-open-state">
          {t(live.open ? 'live.invite.open' : 'live.invite.closed')}
        </span>
      </p>
      <p className="invite-counters" data-testid="invite-counters">
        {t('live.counter.joined', { count: live.joined })} ·{' '}
        {t('live.counter.answered', { count: live.answered })}
      </p>
      {live.firewallNote && (
        <p className="invite-note">{t(`live.invite.firewall.${live.firewallNote}`)}</p>
      )}
      {first ? (
        <div className="invite-join">
          <QrCode className="invite-qr" text={first.url} label={first.url} />
          <div>
            <p>{t('live.invite.addresses')}</p>
            <ul className="invite-addresses" data-testid="invite-addresses">
              {live.addresses.map((address) => (
                <li key={address.url}>
                  <span className="invite-interface">{address.name}</span>{' '}
                  <span className="invite-url">{shortAddress(address)}</span>
                  <span className="muted invite-full-url">{address.url}</span>
                </li>
              ))}
            </ul>
            <p className="invite-code-label">{t('live.invite.code')}</p>
            <p className="invite-code" data-testid="invite-code">
              {formatJoinCode(live.code)}
            </p>
          </div>
        </div>
      ) : (
        <div className="invite-no-network" data-testid="invite-no-network">
          <p>{t('live.invite.noNetwork')}</p>
          <ul>
            <li>{t('live.invite.hotspot.windows')}</li>
            <li>{t('live.invite.hotspot.macos')}</li>
            <li>{t('live.invite.hotspot.linux')}</li>
          </ul>
          <p className="invite-code-label">
            {t('live.invite.code')}: <strong>{formatJoinCode(live.code)}</strong>
          </p>
        </div>
      )}
      <div className="invite-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => act(() => api.liveSetOpen(!live.open), onStatus)}
        >
          {t(live.open ? 'live.invite.closeButton' : 'live.invite.openButton')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(
              () => api.openProjector(sessionId, method),
              (result) => setProjectorAddress(result.opened ? null : byHandUrl),
            )
          }
        >
          {t('live.invite.projector')}
        </button>
        <button type="button" disabled={busy} onClick={() => act(() => api.liveStatus(), onStatus)}>
          {t('live.invite.refresh')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() =>
            act(
              () => api.liveStop(),
              () => onStatus(null),
            )
          }
        >
          {t('live.invite.stop')}
        </button>
      </div>
      {projectorAddress && (
        <p className="invite-note" data-testid="invite-projector-address">
          {t('live.invite.projectorByHand')}{' '}
          <span className="invite-full-url">{projectorAddress}</span>
        </p>
      )}
    </div>
  );
}
