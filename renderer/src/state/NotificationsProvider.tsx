import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { NotificationsContext } from './notifications';
import type { Notifications } from './notifications';

// A notice stays at least this long, and longer for a long one (time to read it: ~20 characters a second).
const NOTICE_MS = 6000;
const NOTICE_MS_PER_CHAR = 50;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; serial: number } | null>(null);

  const showError = useCallback((message: string) => setError(message), []);
  const showNotice = useCallback((message: string) => {
    setNotice((previous) => ({ text: message, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const dismissError = useCallback(() => setError(null), []);
  const dismissNotice = useCallback((onlyText?: string) => setNotice((current) => (onlyText === undefined || current?.text === onlyText ? null : current)), []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), Math.max(NOTICE_MS, notice.text.length * NOTICE_MS_PER_CHAR));
    return () => clearTimeout(timer);
  }, [notice]);

  const value = useMemo<Notifications>(
    () => ({ error, notice: notice?.text ?? null, showError, showNotice, dismissError, dismissNotice }),
    [error, notice, showError, showNotice, dismissError, dismissNotice],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}
