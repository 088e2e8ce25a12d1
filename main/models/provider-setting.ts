// The user's execution-provider choice, kept in a small JSON file in the app's home so it survives a
// restart. A missing or unreadable file means the default: the CPU.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { executionProviderSchema, type ExecutionProvider } from '../contract/models';

export class ProviderSetting {
  private readonly file: string;
  private value: ExecutionProvider;

  constructor(homeDir: string) {
    this.file = path.join(homeDir, 'models.json');
    this.value = readSetting(this.file);
  }

  get(): ExecutionProvider {
    return this.value;
  }

  async set(provider: ExecutionProvider): Promise<void> {
    this.value = provider;
    await mkdir(path.dirname(this.file), { recursive: true });
    // Written aside then renamed, so a crash never leaves half a file.
    await writeFile(`${this.file}.tmp`, JSON.stringify({ provider }));
    await rename(`${this.file}.tmp`, this.file);
  }
}

// Read once at start-up, before any request is served.
function readSetting(file: string): ExecutionProvider {
  try {
    const parsed = executionProviderSchema.safeParse((JSON.parse(readFileSync(file, 'utf8')) as { provider?: unknown }).provider);
    return parsed.success ? parsed.data : 'cpu';
  } catch {
    return 'cpu';
  }
}
