package dev.podwright.validation.spi;

import dev.podwright.validation.report.Severity;
import java.util.Objects;

/**
 * What a rule is, for reports and the generated catalog {@code docs/rules.md}.
 *
 * @param id stable id, upper snake case, e.g. {@code MOUNT_VOLUME_NOT_FOUND}
 * @param severity the default severity of what it finds
 * @param section the catalog section it belongs to, e.g. {@link Section#VOLUMES}, or a host's own
 *     ({@link RuleSection#named(String)})
 * @param what what it checks, one sentence
 * @param why why it matters (who rejects it, what breaks)
 * @param fix how to fix a violation, one sentence
 */
public record RuleInfo(
    String id, Severity severity, RuleSection section, String what, String why, String fix) {

  /** Checks that every part is present. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * A rule in a host section of this title ({@link RuleSection#named(String)}).
   *
   * @param id stable id, upper snake case
   * @param severity the default severity
   * @param section the title of the host's section
   * @param what what it checks
   * @param why why it matters
   * @param fix how to fix a violation
   */
  public RuleInfo(
      String id, Severity severity, String section, String what, String why, String fix) {
    this(id, severity, RuleSection.named(section), what, why, fix);
  }
}
