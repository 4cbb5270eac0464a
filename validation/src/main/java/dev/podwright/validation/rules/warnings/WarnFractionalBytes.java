package dev.podwright.validation.rules.warnings;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.resources.FractionalBytes;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.util.Map;

/**
 * Memory and ephemeral-storage quantities are whole bytes ({@code W_FRACTIONAL_BYTES}): {@code 4m}
 * is four thousandths of a byte.
 */
public final class WarnFractionalBytes implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_FRACTIONAL_BYTES",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "Memory and ephemeral-storage requests, limits and overhead are whole numbers of bytes.",
          "The API server warns: a milli-suffixed byte value such as 128m means 0.128 bytes, almost always a typo for 128Mi.",
          "Use a binary suffix such as 128Mi or 1Gi instead of m.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getResources() == null) {
        continue;
      }
      check(ref.path(), "limits", ref.container().getResources().getLimits(), sink);
      check(ref.path(), "requests", ref.container().getResources().getRequests(), sink);
    }
    check(context.root(), null, context.spec().getOverhead(), sink);
  }

  private static final String[] BYTE_RESOURCES = {"memory", "ephemeral-storage"};

  /**
   * Checks {@code owner.resources.field} of a container, or {@code owner.overhead} of the pod when
   * {@code field} is null.
   */
  private static void check(
      FieldPath owner, String field, Map<String, Quantity> values, ViolationSink sink) {
    if (values == null) {
      return;
    }
    for (String name : BYTE_RESOURCES) {
      Quantity quantity = values.get(name);
      if (FractionalBytes.isFractional(quantity)) {
        String text = FractionalBytes.render(quantity);
        FieldPath list =
            field == null ? owner.child("overhead") : owner.child("resources").child(field);
        sink.report(
            list.key(name),
            text,
            "fractional byte value \"" + text + "\" is invalid, must be an integer");
      }
    }
  }
}
