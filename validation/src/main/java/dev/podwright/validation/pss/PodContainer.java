package dev.podwright.validation.pss;

import dev.podwright.path.FieldPath;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/** The parts of any container (init, regular, ephemeral) the Pod Security checks read. */
record PodContainer(
    String name,
    int index,
    V1SecurityContext securityContext,
    List<V1ContainerPort> ports,
    V1Probe livenessProbe,
    V1Probe readinessProbe,
    V1Probe startupProbe,
    V1Lifecycle lifecycle,
    FieldPath path) {

  /** {@code container "name"} for messages. */
  String quoted() {
    return "container \"" + (name == null || name.isEmpty() ? "#" + index : name) + "\"";
  }

  /** The path of a field of the container's securityContext. */
  FieldPath sc(String field) {
    return path.child("securityContext").child(field);
  }
}
