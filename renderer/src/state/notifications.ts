// The editor's two message channels: an error (red, stays until dismissed or replaced) and a calm
// notice (fades on its own).
import { createContext, useContext } from 'react';

export interface Notifications {
  error: string | null;
  notice: string | null;
  showError(message: string): void;
  showNotice(message: string): void;
  dismissError(): void;
  // With a text, only that notice goes (a progress notice its task replaces when it fails).
  dismissNotice(onlyText?: string): void;
}

export const NotificationsContext = createContext<Notifications | null>(null);

export function useNotifications(): Notifications {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>.');
  return value;
}
