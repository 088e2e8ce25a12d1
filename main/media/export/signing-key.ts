// The key Kinora signs its exports' provenance with: one Ed25519 key per installation, kept in the
// app's data folder (readable by the user alone), made on first use. Its public half travels in every
// signed manifest, and its id (a hash of the public key) lets a reader tell which Kinora signed a file.
import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApiError } from '../../contract/errors';

export interface SigningKey {
  privateKey: KeyObject;
  // SubjectPublicKeyInfo (DER), base64: what a manifest carries to be checked against.
  publicKey: string;
  // The first 32 hex digits of the public key's SHA-256.
  keyId: string;
}

const KEY_FILE = path.join('keys', 'export-signing-key.pem');
const generateKeyPairAsync = promisify(generateKeyPair);

export function signingKeyPath(homeDir: string): string {
  return path.join(homeDir, KEY_FILE);
}

export function keyIdOf(publicKeyDerBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyDerBase64, 'base64')).digest('hex').slice(0, 32);
}

function parseEd25519(pem: string): KeyObject | null {
  try {
    const key = createPrivateKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

function fromPem(pem: string, file: string): SigningKey {
  const privateKey = parseEd25519(pem);
  if (!privateKey) {
    throw new ApiError('internal', `The export signing key at ${file} is damaged. Move it away and Kinora will make a new one (earlier exports stay verifiable).`);
  }
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

async function createKey(file: string): Promise<string | null> {
  const { privateKey } = await generateKeyPairAsync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    // 'wx': if another Kinora made the key a moment ago, keep theirs.
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  }
}

// Loads this installation's key from homeDir, making it the first time.
export async function loadSigningKey(homeDir: string): Promise<SigningKey> {
  const file = signingKeyPath(homeDir);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    pem = (await createKey(file)) ?? (await readFile(file, 'utf8'));
  }
  // A key others can read is a key others can sign with: keep it to its owner.
  if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return fromPem(pem, file);
}
