import type { ConnectionStatus } from '../../api/types';

// Shown while the WebSocket to the engine is down; the client reconnects by itself.
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  if (status !== 'disconnected') return null;
  return (
    <div className="banner banner-disconnected" role="status" data-testid="disconnected-banner">
      <span className="banner-dot" aria-hidden="true" />
      Disconnected from engine. Reconnecting…
    </div>
  );
}
