// Where each recent project lives, for telling apart projects that share a name: the end of its
// folder's path, long enough to differ from every other project of that name ("Kinora Projects/
// Beach" here, "usb/Kinora Projects/Beach" for a copy on a drive); null for a name no other shares.
export interface PlacedProject {
  name: string;
  path: string;
}

const partsOf = (folder: string): string[] => folder.split(/[\\/]/).filter(Boolean);

// At least the folder and the one holding it; more where that is the same for two of them.
function distinctEnd(own: readonly string[], others: readonly (readonly string[])[]): string {
  for (let n = Math.min(2, own.length); n < own.length; n++) {
    const end = own.slice(-n).join('/');
    if (others.every((o) => o.slice(-n).join('/') !== end)) return end;
  }
  return own.join('/');
}

export function projectPlaces(projects: readonly PlacedProject[]): (string | null)[] {
  const parts = projects.map((p) => partsOf(p.path));
  return projects.map((project, i) => {
    const others = parts.filter((_, j) => j !== i && projects[j]!.name === project.name);
    return others.length === 0 ? null : distinctEnd(parts[i]!, others);
  });
}
