// The one client for the whole editor, provided at the root.
import { createContext, useContext } from 'react';
import type { RendererClient } from '../api/types';

export const ClientContext = createContext<RendererClient | null>(null);

export function useClient(): RendererClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientContext.Provider>.');
  return client;
}
