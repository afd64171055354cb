export type Change =
  | { kind: 'deploy'; deployment: string; service?: string; version: string }
  | { kind: 'config' | 'feature_flag'; deployment: string; service?: string };

/** The project's tag scheme for changes: what kind, where, which service, which version. */
export function changeTags(change: Change): string[] {
  const tags = [change.kind === 'deploy' ? 'deploy' : 'config', `deployment:${change.deployment}`];
  if (change.service !== undefined) {
    tags.push(`service:${change.service}`);
  }
  if (change.kind === 'deploy') {
    tags.push(`version:${change.version}`);
  }
  return tags;
}
