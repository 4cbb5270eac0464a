package dev.podwright.validation.rules.security;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/** A set {@code spec.os} names {@code linux} or {@code windows} ({@code POD_OS_NAME}). */
public final class PodOsName implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "POD_OS_NAME",
          Severity.ERROR,
          "I. Security context",
          "spec.os.name is linux or windows when spec.os is set.",
          "The API server rejects an empty (Required) or unknown (Unsupported value) OS name.",
          "Set spec.os.name to linux or windows, or remove spec.os.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (context.spec().getOs() == null) {
      return;
    }
    String name = context.spec().getOs().getName();
    if (name == null || name.isEmpty()) {
      sink.report(context.root().child("os").child("name"), null, "spec.os is set without a name");
    } else if (!SUPPORTED.contains(name)) {
      sink.report(
          context.root().child("os").child("name"),
          name,
          "os name \"" + name + "\" is not supported; supported values: linux, windows");
    }
  }

  private static final List<String> SUPPORTED = List.of("linux", "windows");
}
