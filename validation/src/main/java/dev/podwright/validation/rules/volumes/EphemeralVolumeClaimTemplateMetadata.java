package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ephemeral volume's claim template metadata sets only labels and annotations ({@code
 * EPHEMERAL_VCT_METADATA}). Fields are reported under the names the API server uses.
 */
public final class EphemeralVolumeClaimTemplateMetadata implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "EPHEMERAL_VCT_METADATA",
          Severity.ERROR,
          VolumeRules.SECTION,
          "volumeClaimTemplate.metadata sets nothing but labels and annotations.",
          "The API server rejects any other metadata (Forbidden); the claim's name is derived from"
              + " the pod and volume names.",
          "Remove the field from volumeClaimTemplate.metadata; keep only labels and annotations.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getEphemeral() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate() == null
          || at.volume().getEphemeral().getVolumeClaimTemplate().getMetadata() == null) {
        continue;
      }
      FieldPath path = null;
      for (Map.Entry<String, Object> field :
          setFields(at.volume().getEphemeral().getVolumeClaimTemplate().getMetadata()).entrySet()) {
        if (path == null) {
          path = at.path().child("ephemeral").child("volumeClaimTemplate").child("metadata");
        }
        sink.report(
            path.child(field.getKey()),
            field.getValue(),
            "Forbidden: cannot be set for an ephemeral volume's claim template (only labels and"
                + " annotations may be).");
      }
    }
  }

  private static Map<String, Object> setFields(V1ObjectMeta meta) {
    Map<String, Object> set = new LinkedHashMap<>();
    put(set, "name", meta.getName());
    put(set, "generateName", meta.getGenerateName());
    put(set, "namespace", meta.getNamespace());
    put(set, "selfLink", meta.getSelfLink());
    put(set, "uID", meta.getUid());
    put(set, "resourceVersion", meta.getResourceVersion());
    put(set, "generation", meta.getGeneration());
    put(set, "creationTimestamp", meta.getCreationTimestamp());
    put(set, "deletionTimestamp", meta.getDeletionTimestamp());
    put(set, "deletionGracePeriodSeconds", meta.getDeletionGracePeriodSeconds());
    put(set, "ownerReferences", meta.getOwnerReferences());
    put(set, "finalizers", meta.getFinalizers());
    put(set, "managedFields", meta.getManagedFields());
    return set;
  }

  private static void put(Map<String, Object> set, String name, Object value) {
    boolean empty =
        value == null
            || (value instanceof String text && text.isEmpty())
            || (value instanceof Collection<?> list && list.isEmpty())
            || (value instanceof Long number && number == 0L);
    if (!empty) {
      set.put(name, value);
    }
  }
}
