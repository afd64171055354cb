/** One file a generator produces, with its path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Turns typed data (mostly src/catalog) into files that are committed to the repository.
 * A generator must be deterministic: the same sources always give the same bytes, or the drift check fails.
 */
export interface Generator {
  /** Shown in the generator's output, e.g. "metrics docs". */
  name: string;
  generate: () => GeneratedFile | GeneratedFile[] | Promise<GeneratedFile | GeneratedFile[]>;
}
