// createClient: the Electron preload's bridge when present, otherwise the browser host's WebSocket.
import type { KinoraBridge } from '../../../main/contract/client';
import { createBridgeClient } from './bridge-client';
import type { RendererClient } from './types';
import { createWebSocketClient } from './ws-client';

declare global {
  interface Window {
    kinoraBridge?: KinoraBridge;
  }
}

export function pageToken(): string {
  return new URLSearchParams(window.location.search).get('token') ?? '';
}

export function createClient(): RendererClient {
  const bridge = window.kinoraBridge;
  if (bridge) return createBridgeClient(bridge);
  const token = pageToken();
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketClient({
    socketUrl: `${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`,
    mediaOrigin: '',
    token,
  });
}

export type { ConnectionStatus, RendererClient } from './types';
