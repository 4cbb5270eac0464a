package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A downwardAPI volume item (plain or projected) whose {@code resourceFieldRef.containerName} names
 * no container of the pod. The API server only checks that the name is not empty.
 */
public final class DownwardApiContainerNameRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_DOWNWARDAPI_VOL_CONTAINERNAME",
          Severity.ERROR,
          Hazards.SECTION,
          "A downwardAPI volume item's `resourceFieldRef.containerName` names no container of"
              + " the pod.",
          "The API server only checks that the name is present; the kubelet cannot resolve it,"
              + " the volume is never set up and the pod stays in ContainerCreating.",
          "Name an existing container (regular, init or sidecar) in `containerName`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    Set<String> names = null;
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null) {
        continue;
      }
      if (names == null && (volume.getDownwardAPI() != null || volume.getProjected() != null)) {
        names = new HashSet<>();
        for (ContainerRef ref : context.containers()) {
          names.add(ref.container().getName());
        }
      }
      if (volume.getDownwardAPI() != null) {
        items(volume.getDownwardAPI().getItems(), context.root(), i, -1, volume, names, sink);
      }
      if (volume.getProjected() != null) {
        List<V1VolumeProjection> sources = Hazards.list(volume.getProjected().getSources());
        for (int s = 0; s < sources.size(); s++) {
          V1VolumeProjection source = sources.get(s);
          if (source != null && source.getDownwardAPI() != null) {
            items(source.getDownwardAPI().getItems(), context.root(), i, s, volume, names, sink);
          }
        }
      }
    }
  }

  /**
   * Checks the items of {@code volumes[volume].downwardAPI}, or of {@code
   * volumes[volume].projected.sources[source].downwardAPI} when {@code source >= 0}.
   */
  private static void items(
      List<V1DownwardAPIVolumeFile> files,
      FieldPath root,
      int index,
      int source,
      V1Volume volume,
      Set<String> names,
      ViolationSink sink) {
    List<V1DownwardAPIVolumeFile> list = Hazards.list(files);
    for (int j = 0; j < list.size(); j++) {
      V1DownwardAPIVolumeFile file = list.get(j);
      if (file == null || file.getResourceFieldRef() == null) {
        continue;
      }
      String container = file.getResourceFieldRef().getContainerName();
      if (container != null && !container.isEmpty() && !names.contains(container)) {
        FieldPath at = root.child("volumes").index(index);
        if (source >= 0) {
          at = at.child("projected").child("sources").index(source);
        }
        sink.report(
            at.child("downwardAPI")
                .child("items")
                .index(j)
                .child("resourceFieldRef")
                .child("containerName"),
            container,
            "volume "
                + Hazards.quote(volume.getName())
                + " reads resources of container "
                + Hazards.quote(container)
                + ", which the pod does not have.");
      }
    }
  }
}
