// The cameo records: one SQLite row per cameo in the app's home (not in a project), each edit one
// statement (so one transaction). Consent and revocation live here, and so does the one rule every
// use of a cameo goes through: requireUsable().
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { ApiError } from '../contract/errors';
import { CAMEO_CONSENT_TEXT, DEFAULT_CAMEO_HEIGHT_M, type BlockedCameo, type Cameo, type CameoStatus } from '../contract/cameo';
import { openAppDatabase } from '../db/open-database';
import { shownWords } from '../engine/cameo/body-shown';
import { CAMEO_FILES } from './cameo-files';
import { LIBRARY_MIGRATIONS } from './library-schema';
import type { ValidatedSource } from './validate-cameo';

interface CameoRow {
  id: string;
  name: string;
  height_m: number;
  kind: 'video' | 'photo';
  status: CameoStatus;
  progress: number;
  stage: string;
  error: string | null;
  source_file_name: string;
  source_extension: string;
  duration_sec: number;
  source_width: number;
  source_height: number;
  fps: number;
  frame_count: number;
  width: number;
  height: number;
  has_audio: number;
  consent_text: string | null;
  consent_by: string | null;
  consent_at: string | null;
  revoked_at: string | null;
  deleted_at: string | null;
  sharing_allowed_at: string | null;
  shown_share: number | null;
  created_at: string;
}

// What a shared take records of a cameo it holds: who, when its consent was confirmed, and when its
// owner allowed sharing (null: not allowed).
export interface CameoSharing {
  id: string;
  name: string;
  consentAt: string | null;
  sharingAllowedAt: string | null;
}

export type AnalysisUpdate = Partial<Pick<CameoRow, 'status' | 'progress' | 'stage' | 'error' | 'fps' | 'frame_count' | 'width' | 'height' | 'shown_share'>>;

export class CameoLibrary {
  readonly dir: string;
  private readonly db: Database.Database;

  constructor(homeDir: string) {
    this.dir = path.join(homeDir, 'cameos');
    mkdirSync(this.dir, { recursive: true });
    this.db = openAppDatabase(path.join(this.dir, 'library.db'), LIBRARY_MIGRATIONS);
  }

  folder(id: string): string {
    return path.join(this.dir, id);
  }

  // The stored footage and what validation found in it, for (re-)analysis.
  source(id: string): { file: string; validated: ValidatedSource } {
    const row = this.row(id);
    return {
      file: path.join(this.folder(id), CAMEO_FILES.sourceStem + row.source_extension),
      validated: {
        kind: row.kind,
        extension: row.source_extension,
        durationSec: row.duration_sec,
        width: row.source_width,
        height: row.source_height,
        hasAudio: row.has_audio === 1,
      },
    };
  }

  list(): Cameo[] {
    return (this.db.prepare('SELECT * FROM cameos WHERE deleted_at IS NULL ORDER BY created_at DESC, rowid DESC').all() as CameoRow[]).map(toCameo);
  }

  // The cameos that still have a folder (a tombstone's folder is gone, or goes at the next recover).
  ids(): string[] {
    return (this.db.prepare('SELECT id FROM cameos WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  }

  // Every revoked or deleted cameo: what blocks the takes that used them.
  blocked(): BlockedCameo[] {
    const rows = this.db.prepare('SELECT id, name, revoked_at, deleted_at FROM cameos WHERE revoked_at IS NOT NULL OR deleted_at IS NOT NULL ORDER BY name').all() as Pick<CameoRow, 'id' | 'name' | 'revoked_at' | 'deleted_at'>[];
    return rows.map((r) => ({ id: r.id, name: r.name, revokedAt: r.revoked_at ?? r.deleted_at ?? '', deletedAt: r.deleted_at }));
  }

  // The real height of the cameo a prompt calls by this name, if there is one.
  heightOf(name: string): number | null {
    const row = this.db.prepare('SELECT height_m FROM cameos WHERE name = ? AND deleted_at IS NULL').get(name) as { height_m: number } | undefined;
    return row ? row.height_m : null;
  }

  get(id: string): Cameo {
    return toCameo(this.row(id));
  }

  insert(id: string, fileName: string, source: ValidatedSource): Cameo {
    this.db
      .prepare(
        `INSERT INTO cameos (id, name, height_m, kind, status, stage, source_file_name, source_extension, duration_sec,
          source_width, source_height, has_audio, created_at)
         VALUES (?, ?, ?, ?, 'analysing', 'Waiting to analyse', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, this.freeName(fileName), DEFAULT_CAMEO_HEIGHT_M, source.kind, path.basename(fileName), source.extension, source.durationSec, source.width, source.height, source.hasAudio ? 1 : 0, new Date().toISOString());
    return this.get(id);
  }

  updateAnalysis(id: string, update: AnalysisUpdate): Cameo {
    const keys = Object.keys(update) as (keyof AnalysisUpdate)[];
    if (keys.length > 0) {
      this.db.prepare(`UPDATE cameos SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...update, id });
    }
    return this.get(id);
  }

  rename(id: string, name: string): Cameo {
    this.row(id);
    const taken = this.db.prepare('SELECT deleted_at FROM cameos WHERE name = ? AND id != ?').get(name, id) as { deleted_at: string | null } | undefined;
    if (taken?.deleted_at) throw new ApiError('invalid_input', `A deleted cameo was called "${name}", and its takes still name it; pick another name so no prompt mixes the two up.`);
    if (taken) throw new ApiError('invalid_input', `Another cameo is already called "${name}". Pick another name.`);
    this.db.prepare('UPDATE cameos SET name = ? WHERE id = ?').run(name, id);
    return this.get(id);
  }

  setHeight(id: string, heightM: number): Cameo {
    this.row(id);
    this.db.prepare('UPDATE cameos SET height_m = ? WHERE id = ?').run(heightM, id);
    return this.get(id);
  }

  consent(id: string, confirmedBy: string): Cameo {
    const row = this.row(id);
    if (row.revoked_at) throw new ApiError('cameo_unusable', `"${row.name}" was revoked; a revoked cameo cannot be used again. Import the footage anew if the person agrees again.`);
    this.db.prepare('UPDATE cameos SET consent_text = ?, consent_by = ?, consent_at = ? WHERE id = ?').run(CAMEO_CONSENT_TEXT, confirmedBy, new Date().toISOString(), id);
    return this.get(id);
  }

  // The owner allows (or stops allowing) takes holding the cameo to be shared; a revoked cameo can
  // only be set back to not allowed.
  setSharing(id: string, allowed: boolean): Cameo {
    const row = this.row(id);
    if (allowed && row.revoked_at) throw new ApiError('cameo_unusable', `"${row.name}" was revoked, so takes holding it cannot be shared.`);
    if (allowed && !row.consent_at) throw new ApiError('cameo_unusable', `Confirm the consent for "${row.name}" before allowing its takes to be shared.`);
    this.db.prepare('UPDATE cameos SET sharing_allowed_at = ? WHERE id = ?').run(allowed ? (row.sharing_allowed_at ?? new Date().toISOString()) : null, id);
    return this.get(id);
  }

  // Whether the owner of each cameo (by id) allows sharing takes that hold it; deleted cameos too, by
  // their tombstone (never allowed once revoked).
  sharing(ids: readonly string[]): CameoSharing[] {
    const read = this.db.prepare('SELECT id, name, sharing_allowed_at, revoked_at, consent_at FROM cameos WHERE id = ?');
    return ids.flatMap((id) => {
      const row = read.get(id) as Pick<CameoRow, 'id' | 'name' | 'sharing_allowed_at' | 'revoked_at' | 'consent_at'> | undefined;
      return row ? [{ id: row.id, name: row.name, consentAt: row.consent_at, sharingAllowedAt: row.revoked_at ? null : row.sharing_allowed_at }] : [];
    });
  }

  revoke(id: string): Cameo {
    const row = this.row(id);
    if (!row.revoked_at) this.db.prepare('UPDATE cameos SET revoked_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    return this.get(id);
  }

  // Leaves a tombstone: revoked (if it was not), deleted, and without the footage's file name; the
  // name, the consent record and the times stay so every take that used it stays blocked.
  markDeleted(id: string): void {
    const now = new Date().toISOString();
    this.db.prepare("UPDATE cameos SET deleted_at = ?, revoked_at = COALESCE(revoked_at, ?), source_file_name = '' WHERE id = ?").run(now, now, id);
  }

  // The gate every use of a cameo passes (a scene naming "@alex", a take using it): ready, consented,
  // not revoked. Enforced here in main, whatever the UI shows.
  requireUsable(nameOrId: string): Cameo {
    const row = this.db.prepare('SELECT * FROM cameos WHERE id = ? OR name = ?').get(nameOrId, nameOrId) as CameoRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no cameo called "${nameOrId}". Import one in the Cameos panel first.`);
    if (row.deleted_at) throw new ApiError('cameo_unusable', `The cameo "${row.name}" was deleted and cannot be used.`);
    const cameo = toCameo(row);
    if (cameo.revokedAt) throw new ApiError('cameo_unusable', `The cameo "${cameo.name}" was revoked and cannot be used.`);
    if (!cameo.consent) throw new ApiError('cameo_unusable', `The cameo "${cameo.name}" cannot be used until its consent is confirmed in the Cameos panel.`);
    if (cameo.status !== 'ready') throw new ApiError('cameo_unusable', `The cameo "${cameo.name}" is not ready yet (${cameo.stage || cameo.status}).`);
    return cameo;
  }

  close(): void {
    this.db.close();
  }

  private row(id: string): CameoRow {
    const row = this.db.prepare('SELECT * FROM cameos WHERE id = ? AND deleted_at IS NULL').get(id) as CameoRow | undefined;
    if (!row) throw new ApiError('not_found', 'That cameo no longer exists.');
    return row;
  }

  // A first name from the file ("alex.mp4" -> "alex"), made unique with a number if needed.
  private freeName(fileName: string): string {
    const base = path.parse(fileName).name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'cameo';
    const taken = (name: string): boolean => this.db.prepare('SELECT 1 FROM cameos WHERE name = ?').get(name) !== undefined;
    let name = base;
    for (let n = 2; taken(name); n++) name = `${base}-${n}`;
    return name;
  }
}

function toCameo(row: CameoRow): Cameo {
  const consent = row.consent_at && row.consent_by && row.consent_text ? { text: row.consent_text, confirmedBy: row.consent_by, confirmedAt: row.consent_at } : null;
  const ready = row.status === 'ready';
  return {
    id: row.id,
    name: row.name,
    heightM: row.height_m,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    error: row.error,
    consent,
    revokedAt: row.revoked_at,
    sharingAllowedAt: row.revoked_at ? null : row.sharing_allowed_at,
    usable: ready && consent !== null && row.revoked_at === null,
    sourceFileName: row.source_file_name,
    durationSec: row.duration_sec,
    fps: row.fps,
    frameCount: row.frame_count,
    width: row.width,
    height: row.height,
    hasAudio: row.has_audio === 1,
    framing: ready && row.shown_share !== null ? { shownShare: row.shown_share, words: shownWords(row.shown_share) } : null,
    posterPath: ready ? CAMEO_FILES.poster : null,
    mattePath: ready ? CAMEO_FILES.matte : null,
    createdAt: row.created_at,
  };
}
