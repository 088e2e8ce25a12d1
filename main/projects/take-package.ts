// Writing and reading a .kinora-take file (the format: contract/take-package.ts). Reading checks
// everything before anything is used: the lead, the size, the header against its schema, that the
// files fill the rest exactly, and each file's SHA-256. A file that fails any check is refused with a
// sentence; nothing of it is returned.
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { ApiError } from '../contract/api';
import type { PACKAGED_FILES } from '../contract/take-package';
import {
  MAX_TAKE_PACKAGE_BYTES, MAX_TAKE_PACKAGE_HEADER_BYTES, REQUIRED_PACKAGED_FILES, TAKE_PACKAGE_LEAD_BYTES,
  TAKE_PACKAGE_MAGIC, TAKE_PACKAGE_VERSION, takePackageHeaderSchema, type TakePackageHeader,
} from '../contract/take-package';

export type PackagedRole = (typeof PACKAGED_FILES)[number];
export interface PackagedFile {
  role: PackagedRole;
  data: Buffer;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

export async function writeTakePackage(outPath: string, header: Omit<TakePackageHeader, 'files' | 'format' | 'version'>, files: readonly PackagedFile[]): Promise<void> {
  const full: TakePackageHeader = {
    format: 'kinora-take', version: TAKE_PACKAGE_VERSION, ...header,
    files: files.map((f) => ({ role: f.role, bytes: f.data.length, sha256: sha256(f.data) })),
  };
  const json = Buffer.from(JSON.stringify(full));
  const lead = Buffer.alloc(TAKE_PACKAGE_LEAD_BYTES);
  lead.write(TAKE_PACKAGE_MAGIC, 0, 'ascii');
  lead.writeUInt32LE(TAKE_PACKAGE_VERSION, 8);
  lead.writeUInt32LE(json.length, 12);
  const total = lead.length + json.length + files.reduce((n, f) => n + f.data.length, 0);
  if (total > MAX_TAKE_PACKAGE_BYTES) throw new ApiError('invalid_input', 'This take is too large to share as one file.');
  await writeFile(outPath, Buffer.concat([lead, json, ...files.map((f) => f.data)]));
}

function refuse(name: string, why: string): never {
  throw new ApiError('invalid_input', `${name} cannot be imported: ${why}`);
}

function parseHeader(name: string, data: Buffer): { header: TakePackageHeader; offset: number } {
  if (data.length < TAKE_PACKAGE_LEAD_BYTES || data.toString('ascii', 0, TAKE_PACKAGE_MAGIC.length) !== TAKE_PACKAGE_MAGIC) {
    refuse(name, 'it is not a Kinora take file.');
  }
  const version = data.readUInt32LE(8);
  if (version !== TAKE_PACKAGE_VERSION) refuse(name, `it was written in take format ${version}, and this Kinora reads format ${TAKE_PACKAGE_VERSION}.`);
  const headerBytes = data.readUInt32LE(12);
  const offset = TAKE_PACKAGE_LEAD_BYTES + headerBytes;
  if (headerBytes > MAX_TAKE_PACKAGE_HEADER_BYTES || offset > data.length) refuse(name, 'the file is cut short or damaged.');
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8', TAKE_PACKAGE_LEAD_BYTES, offset));
  } catch {
    refuse(name, 'its description is damaged.');
  }
  const parsed = takePackageHeaderSchema.safeParse(json);
  if (!parsed.success) refuse(name, 'its description is not one Kinora wrote (a field is missing or out of range).');
  return { header: parsed.data, offset };
}

export async function readTakePackage(file: string, name: string): Promise<{ header: TakePackageHeader; files: PackagedFile[] }> {
  const size = (await stat(file)).size;
  if (size > MAX_TAKE_PACKAGE_BYTES) refuse(name, `it is larger than ${MAX_TAKE_PACKAGE_BYTES / 1024 / 1024} MB, far more than a take.`);
  const data = await readFile(file);
  const { header, offset } = parseHeader(name, data);
  const roles = header.files.map((f) => f.role);
  if (new Set(roles).size !== roles.length || !REQUIRED_PACKAGED_FILES.every((r) => roles.includes(r))) refuse(name, 'it does not hold the files a take needs.');
  if (offset + header.files.reduce((n, f) => n + f.bytes, 0) !== data.length) refuse(name, 'the file is cut short or damaged.');
  let at = offset;
  const files = header.files.map((entry) => {
    const part = data.subarray(at, at + entry.bytes);
    at += entry.bytes;
    if (sha256(part) !== entry.sha256) refuse(name, `its ${entry.role} does not match its checksum (the file is damaged).`);
    return { role: entry.role, data: Buffer.from(part) };
  });
  return { header, files };
}

