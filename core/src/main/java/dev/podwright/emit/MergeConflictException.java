package dev.podwright.emit;

import dev.podwright.model.Precedence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a composition collides with the host's base spec and the emit options say {@link
 * Precedence#FAIL}. Lists every collision, not only the first.
 */
public final class MergeConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<MergeConflict> conflicts;

  /** Wraps the collisions. */
  public MergeConflictException(List<MergeConflict> conflicts) {
    super(
        conflicts.size()
            + " conflict(s) between the composition and the base pod spec (emit with"
            + " Precedence.OVERRIDE to let the composition win):\n"
            + conflicts.stream().map(MergeConflict::toString).collect(Collectors.joining("\n")));
    this.conflicts = List.copyOf(conflicts);
  }

  /** Every collision. */
  public List<MergeConflict> conflicts() {
    return conflicts;
  }
}
