// Talking to a server below HTTP and WebSocket libraries, to send what no well-behaved client would:
// broken request lines, odd origins, unmasked frames, unknown opcodes, lying lengths.
import { connect, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';

// Writes raw bytes and collects what comes back until the server closes or `waitMs` passes.
export function rawExchange(port: number, data: string | Buffer, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    socket.write(data);
  });
}

export function upgradeRequest(port: number, target: string, extraHeaders: Record<string, string> = {}): string {
  const headers = {
    Host: `127.0.0.1:${port}`,
    Upgrade: 'websocket',
    Connection: 'Upgrade',
    'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
    'Sec-WebSocket-Version': '13',
    ...extraHeaders,
  };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}

// Opens a WebSocket by hand and resolves with the socket once the server has said 101.
export function openRawWebSocket(port: number, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(head.split('\r\n')[0]));
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(upgradeRequest(port, `/api?token=${token}`));
  });
}

// One WebSocket frame. Clients must mask; `mask: false` breaks that rule on purpose, and
// `declaredLength` lets a frame claim a size it does not have.
export function wsFrame(opcode: number, payload: Buffer, options: { mask?: boolean; declaredLength?: number } = {}): Buffer {
  const mask = options.mask ?? true;
  const length = options.declaredLength ?? payload.length;
  const header: number[] = [0x80 | opcode];
  if (length < 126) header.push((mask ? 0x80 : 0) | length);
  else if (length < 65536) header.push((mask ? 0x80 : 0) | 126, length >> 8, length & 0xff);
  else {
    header.push((mask ? 0x80 : 0) | 127);
    const big = Buffer.alloc(8);
    big.writeBigUInt64BE(BigInt(length));
    header.push(...big);
  }
  if (!mask) return Buffer.concat([Buffer.from(header), payload]);
  const key = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ (key[i % 4] ?? 0)));
  return Buffer.concat([Buffer.from(header), key, masked]);
}

// Resolves when the server closes the socket (or after `waitMs`, with false).
export function closedByServer(socket: Socket, waitMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve(true);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, waitMs);
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.resume();
  });
}
