// The editor's project state: whole replacements ordered by revision, job patches in place.
import { describe, expect, it } from 'vitest';
import type { Job, ProjectState } from '../../main/contract/model';
import { projectReducer } from '../../renderer/src/state/project-reducer';

function state(revision: number, projectId = 'p1', jobs: Job[] = []): ProjectState {
  return {
    project: { id: projectId, name: 'P', path: '/p', updatedAt: '' },
    revision,
    timeline: { fps: 24, tracks: [], clips: [], markers: [], range: null },
    takes: [],
    media: [],
    jobs,
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}

function job(id: string, progress: number): Job {
  return { id, prompt: 'a ball', clipId: null, durationSec: 5, status: 'running', progress, stage: 'Rendering', error: null, takeId: null, createdAt: '' };
}

describe('projectReducer', () => {
  it('keeps the newer state when an older reply arrives late', () => {
    const newer = state(5);
    expect(projectReducer(newer, { type: 'replace', state: state(4) })).toBe(newer);
    const next = state(6);
    expect(projectReducer(newer, { type: 'replace', state: next })).toBe(next);
  });

  it('always takes the state of a different project', () => {
    const other = state(0, 'p2');
    expect(projectReducer(state(9), { type: 'replace', state: other })).toBe(other);
  });

  it('patches one job and ignores jobs of another project', () => {
    const current = state(1, 'p1', [job('j1', 0.1), job('j2', 0.5)]);
    const patched = projectReducer(current, { type: 'job', projectId: 'p1', job: job('j1', 0.4) });
    expect(patched?.jobs.map((j) => j.progress)).toEqual([0.4, 0.5]);
    expect(projectReducer(current, { type: 'job', projectId: 'p2', job: job('j1', 0.9) })).toBe(current);
    expect(projectReducer(current, { type: 'job', projectId: 'p1', job: job('j3', 0) })?.jobs).toHaveLength(3);
  });
});
