package dev.podwright.validation.spi;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Keeps rule ids unique when a host adds its own rules to a validator. */
public final class RuleIds {

  private RuleIds() {}

  /**
   * Requires every added rule's id to differ from the built-in ids and from each other, so that a
   * report's rule id names exactly one rule.
   *
   * @param builtIn the validator's own rules
   * @param added the host's rules
   * @throws IllegalArgumentException naming the first id used twice
   */
  public static void requireUnique(
      Collection<? extends Rule<?>> builtIn, Collection<? extends Rule<?>> added) {
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : builtIn) {
      ids.add(rule.info().id());
    }
    for (Rule<?> rule : added) {
      String id = rule.info().id();
      if (!ids.add(id)) {
        throw new IllegalArgumentException(
            "rule id "
                + id
                + " is used twice: a host rule needs an id of its own (e.g. prefixed with the"
                + " platform's name), not a built-in one nor that of another added rule");
      }
    }
  }
}
