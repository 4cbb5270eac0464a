package dev.podwright.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The collisions decided during one emission, in the order met, and the conflicts among them (the
 * ones decided {@link dev.podwright.model.Precedence#FAIL}). Used by one emission only.
 */
final class Decisions {

  final List<Collision> collisions = new ArrayList<>();
  final List<MergeConflict> conflicts = new ArrayList<>();

  /** Takes over what a merger decided. */
  void addAll(ModelMerger merger) {
    conflicts.addAll(merger.conflicts());
    collisions.addAll(merger.collisions());
  }

  /** Throws when any collision was decided FAIL. */
  void throwIfConflicts() {
    if (!conflicts.isEmpty()) {
      throw new MergeConflictException(conflicts);
    }
  }
}
