package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import java.util.List;

/**
 * A downward API volume {@code resourceFieldRef} names its container and a supported resource
 * ({@code DOWNWARDAPI_VOL_RESOURCEFIELDREF}). Unlike env, a volume cannot default the container.
 */
public final class DownwardApiVolumeResourceFieldRef implements PodSpecRule {

  private static final List<String> SUPPORTED =
      List.of(
          "limits.cpu",
          "limits.ephemeral-storage",
          "limits.memory",
          "requests.cpu",
          "requests.ephemeral-storage",
          "requests.memory");

  private static final RuleInfo INFO =
      new RuleInfo(
          "DOWNWARDAPI_VOL_RESOURCEFIELDREF",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Downward API volume resourceFieldRefs set containerName and a resource of"
              + " limits/requests cpu, memory, ephemeral-storage or hugepages-<size>.",
          "The API server rejects a missing containerName or resource (Required value) and other"
              + " resources (Unsupported value).",
          "Set containerName to the container whose resources to expose and resource to e.g."
              + " limits.memory.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        V1ResourceFieldSelector ref = file.file().getResourceFieldRef();
        if (ref != null && file.file().getFieldRef() == null) {
          check(sink, file.path(), ref);
        }
      }
    }
  }

  /**
   * Checks one resourceFieldRef.
   *
   * @param file the path of the downwardAPI source the file belongs to (its ref's parent)
   */
  private static void check(ViolationSink sink, FieldPath file, V1ResourceFieldSelector ref) {
    String resource = ref.getResource();
    if (VolumeRules.isEmpty(ref.getContainerName())) {
      sink.report(
          file.child("resourceFieldRef").child("containerName"),
          null,
          "Required value: a downward API volume must name the container whose resources it"
              + " exposes.");
    } else if (VolumeRules.isEmpty(resource)) {
      sink.report(
          file.child("resourceFieldRef").child("resource"),
          null,
          "Required value: resourceFieldRef has no resource.");
    } else if (!SUPPORTED.contains(resource)
        && !resource.startsWith("limits.hugepages-")
        && !resource.startsWith("requests.hugepages-")) {
      sink.report(
          file.child("resourceFieldRef").child("resource"),
          resource,
          "Unsupported value: \""
              + resource
              + "\": supported values: "
              + VolumeRules.quoted(SUPPORTED)
              + " (or limits/requests.hugepages-<size>).");
    }
  }
}
