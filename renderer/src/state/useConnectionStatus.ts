import { useSyncExternalStore } from 'react';
import type { ConnectionStatus, RendererClient } from '../api/types';

export function useConnectionStatus(client: RendererClient): ConnectionStatus {
  return useSyncExternalStore(
    (onChange) => client.onConnectionChange(onChange),
    () => client.connectionStatus(),
  );
}
