// A clip's family as a tree: every take linked by parent to the takes the clip has had, from the
// original(s) down through regenerations, ranges, remixes and extensions, children in the order they
// were made.
import type { Take } from '../../../main/contract/model';

export interface LineageNode {
  take: Take;
  depth: number;
}

// The family of the given takes, depth-first (a node, then its children), roots first.
export function lineageOf(takes: readonly Take[], memberIds: readonly string[]): LineageNode[] {
  const byId = new Map(takes.map((t) => [t.id, t]));
  const rootOf = (take: Take): Take => {
    let at = take;
    const seen = new Set<string>();
    while (at.parentTakeId && byId.has(at.parentTakeId) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.parentTakeId)!;
    }
    return at;
  };
  const roots = [...new Set(memberIds.map((id) => byId.get(id)).filter((t): t is Take => !!t).map((t) => rootOf(t).id))];
  const children = new Map<string, Take[]>();
  for (const take of takes) {
    if (!take.parentTakeId || !byId.has(take.parentTakeId)) continue;
    children.set(take.parentTakeId, [...(children.get(take.parentTakeId) ?? []), take]);
  }
  const out: LineageNode[] = [];
  const visit = (take: Take, depth: number, seen: Set<string>): void => {
    if (seen.has(take.id)) return;
    seen.add(take.id);
    out.push({ take, depth });
    for (const child of [...(children.get(take.id) ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) visit(child, depth + 1, seen);
  };
  const seen = new Set<string>();
  for (const id of roots) visit(byId.get(id)!, 0, seen);
  return out;
}

export const CHANGE_LABELS: Record<Take['change']['kind'], string> = {
  original: 'Original',
  regenerate: 'Regenerated',
  range: 'Range',
  remix: 'Remix',
  extend: 'Extended',
  import: 'Imported',
};
