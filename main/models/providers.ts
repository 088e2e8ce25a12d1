// Execution providers: the CPU always; CUDA, DirectML or CoreML when the user enables one and this
// machine has it. Creating a session on the chosen provider falls back to the CPU with a message
// that says why, so inference always runs.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import type { ExecutionProvider } from '../contract/models';

interface ProviderSpec {
  label: string;
  // onnxruntime's name for it.
  ortName: string;
  // Whether this machine could run it at all (platform, and the provider library shipped or installed).
  present(): boolean;
}

function ortBinaryDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('onnxruntime-node/package.json'));
    return path.join(root, 'bin', 'napi-v6', process.platform, process.arch);
  } catch {
    return null;
  }
}

// onnxruntime-node ships CPU binaries; the CUDA provider library only exists where its optional
// install step fetched it (Kinora skips that step, so a user who wants CUDA installs it).
function hasCudaLibrary(): boolean {
  const dir = ortBinaryDir();
  if (!dir) return false;
  const file = process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so';
  return existsSync(path.join(dir, file));
}

export const PROVIDERS: Record<ExecutionProvider, ProviderSpec> = {
  cpu: { label: 'CPU', ortName: 'cpu', present: () => true },
  cuda: { label: 'CUDA (NVIDIA GPU)', ortName: 'cuda', present: () => (process.platform === 'linux' || process.platform === 'win32') && hasCudaLibrary() },
  directml: { label: 'DirectML (Windows GPU)', ortName: 'dml', present: () => process.platform === 'win32' },
  coreml: { label: 'CoreML (Apple)', ortName: 'coreml', present: () => process.platform === 'darwin' },
};

export function availableProviders(): ExecutionProvider[] {
  return (Object.keys(PROVIDERS) as ExecutionProvider[]).filter((p) => PROVIDERS[p].present());
}

export interface SessionOnProvider {
  session: InferenceSession;
  active: ExecutionProvider;
  message: string;
}

// Inference is one request at a time; the ops themselves use the cores (2 on the reference machine).
export function sessionOptions(provider: ExecutionProvider): InferenceSession.SessionOptions {
  return { executionProviders: [PROVIDERS[provider].ortName], graphOptimizationLevel: 'all' };
}

export async function createSessionWithFallback(
  create: (options: InferenceSession.SessionOptions) => Promise<InferenceSession>,
  wanted: ExecutionProvider,
): Promise<SessionOnProvider> {
  if (wanted !== 'cpu') {
    const spec = PROVIDERS[wanted];
    if (!spec.present()) {
      const session = await create(sessionOptions('cpu'));
      return { session, active: 'cpu', message: `${spec.label} is not available on this machine, so models run on the CPU.` };
    }
    try {
      return { session: await create(sessionOptions(wanted)), active: wanted, message: `Models run on ${spec.label}.` };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const session = await create(sessionOptions('cpu'));
      return { session, active: 'cpu', message: `${spec.label} could not start (${reason}), so models run on the CPU.` };
    }
  }
  return { session: await create(sessionOptions('cpu')), active: 'cpu', message: 'Models run on the CPU.' };
}
