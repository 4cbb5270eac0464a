package dev.podwright.validation.rules.warnings;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code imagePullSecrets} entries have a name and are not repeated ({@code W_IMAGEPULLSECRETS}).
 */
public final class WarnImagePullSecrets implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_IMAGEPULLSECRETS",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "imagePullSecrets entries have a non-empty, unique name.",
          "The API server warns about empty and duplicate pull secret names; an empty one is useless.",
          "Remove the empty or repeated imagePullSecrets entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1LocalObjectReference> secrets = context.spec().getImagePullSecrets();
    if (secrets == null) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < secrets.size(); i++) {
      V1LocalObjectReference secret = secrets.get(i);
      if (secret == null) {
        continue;
      }
      String name = secret.getName() == null ? "" : secret.getName();
      if (!seen.add(name) && secrets.size() > 1) {
        sink.report(path(context, i), name, "duplicate name \"" + name + "\"");
      }
      if (name.isEmpty()) {
        sink.report(path(context, i), name, "invalid empty name \"\"");
      }
    }
  }

  private static FieldPath path(PodSpecContext context, int i) {
    return context.root().child("imagePullSecrets").index(i).child("name");
  }
}
