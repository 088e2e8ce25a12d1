// The client the editor holds: the contract's KinoraClient plus the state of the connection, so the UI
// can say when the engine is unreachable and refresh once it is back.
import type { KinoraClient } from '../../../main/contract/client';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface RendererClient extends KinoraClient {
  connectionStatus(): ConnectionStatus;
  // Returns a function that stops listening.
  onConnectionChange(listener: (status: ConnectionStatus) => void): () => void;
}
