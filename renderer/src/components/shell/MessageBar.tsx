// The error banner (dismissable, role=alert) and the calm notice line.
import { useNotifications } from '../../state/notifications';

export function MessageBar() {
  const { error, notice, dismissError, dismissNotice } = useNotifications();
  if (!error && !notice) return null;
  return (
    <div className="message-bar">
      {error ? (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <span className="banner-text">{error}</span>
          <button type="button" className="banner-close" onClick={dismissError} aria-label="Dismiss error" data-testid="dismiss-error-button">
            ×
          </button>
        </div>
      ) : null}
      {notice ? (
        <div className="banner banner-notice" role="status" data-testid="notice-banner">
          <span className="banner-text">{notice}</span>
          <button type="button" className="banner-close" onClick={() => dismissNotice()} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
