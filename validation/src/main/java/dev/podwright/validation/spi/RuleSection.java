package dev.podwright.validation.spi;

import java.util.Objects;

/**
 * A section of a rule catalog: Podwright's own are the constants of {@link Section}; a host names
 * its own with {@link #named(String)} (or an enum of its own implementing this interface). The
 * catalog groups rules by section and orders sections by title.
 */
public interface RuleSection {

  /** The title the catalog prints, e.g. {@code "C. Volumes"}. */
  String title();

  /**
   * A host's own section.
   *
   * @param title its title, e.g. {@code "N. Numaflow: containers"}; not blank
   * @throws IllegalArgumentException when the title is blank
   */
  static RuleSection named(String title) {
    return new Named(title);
  }

  /**
   * A section known by its title alone.
   *
   * @param title the title, not blank
   */
  record Named(String title) implements RuleSection {

    /** Requires a title. */
    public Named {
      Objects.requireNonNull(title, "title");
      if (title.isBlank()) {
        throw new IllegalArgumentException("a rule section needs a title, got a blank one");
      }
    }
  }
}
