package dev.podwright.validation.spi;

import dev.podwright.validation.report.Severity;
import java.util.Objects;

/**
 * What a rule is, for reports and the generated catalog {@code docs/rules.md}.
 *
 * @param id stable id, upper snake case, e.g. {@code MOUNT_VOLUME_NOT_FOUND}
 * @param severity the default severity of what it finds
 * @param section the catalog section it belongs to, e.g. {@code "C. Volumes"}
 * @param what what it checks, one sentence
 * @param why why it matters (who rejects it, what breaks)
 * @param fix how to fix a violation, one sentence
 */
public record RuleInfo(
    String id, Severity severity, String section, String what, String why, String fix) {

  /** Checks that every part is present. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(fix, "fix");
  }
}
