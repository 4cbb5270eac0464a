package dev.podwright.emit;

/** What happens when the composition and the host's base spec both define the same thing. */
public enum ConflictPolicy {
  /** Report every collision in a {@link MergeConflictException} (the default). */
  FAIL,
  /** The composition's definition replaces the base spec's, whole (never a union of fields). */
  OVERRIDE
}
