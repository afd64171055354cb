export type Change =
  | { kind: 'deploy'; deployment: string; service?: string; version: string }
  | { kind: 'config' | 'feature_flag'; deployment: string; service?: string }
  | { kind: 'maintenance'; deployment?: string; partner?: string; service?: string };

/** The tag a layer finds maintenance windows by (region annotations, from `--kind maintenance`). */
export const MAINTENANCE_TAG = 'maintenance';

const KIND_TAGS: Record<Change['kind'], string> = {
  deploy: 'deploy',
  config: 'config',
  feature_flag: 'config',
  maintenance: MAINTENANCE_TAG,
};

/** The project's tag scheme for changes: what kind, where (deployment, partner), which service, which version. */
export function changeTags(change: Change): string[] {
  const tags = [KIND_TAGS[change.kind]];
  if (change.deployment !== undefined) {
    tags.push(`deployment:${change.deployment}`);
  }
  if (change.kind === 'maintenance' && change.partner !== undefined) {
    tags.push(`partner:${change.partner}`);
  }
  if (change.service !== undefined) {
    tags.push(`service:${change.service}`);
  }
  if (change.kind === 'deploy') {
    tags.push(`version:${change.version}`);
  }
  return tags;
}
