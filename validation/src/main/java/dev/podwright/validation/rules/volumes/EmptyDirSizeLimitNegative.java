package dev.podwright.validation.rules.volumes;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/** An emptyDir's {@code sizeLimit} is not negative ({@code EMPTYDIR_SIZELIMIT_NEGATIVE}). */
public final class EmptyDirSizeLimitNegative implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "EMPTYDIR_SIZELIMIT_NEGATIVE",
          Severity.ERROR,
          VolumeRules.SECTION,
          "emptyDir.sizeLimit, when set, is zero or more.",
          "The API server rejects a negative size limit (Forbidden: SizeLimit field must be a valid"
              + " resource quantity).",
          "Use a positive quantity such as 1Gi, or leave sizeLimit unset.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getEmptyDir() == null) {
        continue;
      }
      Quantity limit = at.volume().getEmptyDir().getSizeLimit();
      Optional<BigDecimal> value = Quantities.value(limit);
      if (value.isPresent() && value.get().compareTo(BigDecimal.ZERO) < 0) {
        sink.report(
            at.path().child("emptyDir").child("sizeLimit"),
            limit.toSuffixedString(),
            "Forbidden: SizeLimit field must be a valid resource quantity; \""
                + limit.toSuffixedString()
                + "\" is negative.");
      }
    }
  }
}
