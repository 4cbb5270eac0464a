package dev.podwright.validation.rules.ephemeral;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link EphemeralRule}: {@code ValidatePodCreate} and {@code
 * ValidatePodTemplateSpec} (no ephemeral containers on create or in templates) and {@code
 * validateEphemeralContainers} (names, the common container fields, the allow-list of fields, no
 * subPath, the target container).
 */
final class EphemeralChecks {

  private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");

  private static final List<String> TERMINATION_MESSAGE_POLICIES =
      List.of("File", "FallbackToLogsOnError");

  private static final String FORBIDDEN = "Forbidden: cannot be set for an Ephemeral Container.";

  private EphemeralChecks() {}

  private static List<V1EphemeralContainer> ephemeral(PodSpecContext context) {
    List<V1EphemeralContainer> list = context.spec().getEphemeralContainers();
    return list == null ? List.of() : list;
  }

  private static FieldPath path(PodSpecContext context, int index) {
    return context.root().child("ephemeralContainers").index(index);
  }

  /** Checks {@link EphemeralRule#EPHEMERAL_NOT_ON_CREATE}. */
  static void ephemeralNotOnCreate(PodSpecContext context, ViolationSink sink) {
    if (ephemeral(context).isEmpty()) {
      return;
    }
    boolean pod = context.root().toString().equals("spec");
    sink.report(
        context.root().child("ephemeralContainers"),
        null,
        pod
            ? "Forbidden: cannot be set on create; add ephemeral containers to a running Pod"
                + " through its ephemeralcontainers subresource (kubectl debug)."
            : "Forbidden: ephemeral containers not allowed in pod template.");
  }

  /** Checks {@link EphemeralRule#EPHEMERAL_NAME}. */
  static void ephemeralName(PodSpecContext context, ViolationSink sink) {
    List<V1EphemeralContainer> list = ephemeral(context);
    if (list.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (ContainerRef ref : context.containers()) {
      names.add(ref.container().getName());
    }
    for (int i = 0; i < list.size(); i++) {
      V1EphemeralContainer container = list.get(i);
      if (container == null) {
        continue;
      }
      FieldPath at = path(context, i).child("name");
      String name = container.getName() == null ? "" : container.getName();
      if (name.isEmpty()) {
        sink.report(at, null, "Required value: an ephemeral container needs a name.");
      } else if (!DnsNames.isDns1123Label(name)) {
        sink.report(
            at,
            name,
            "Invalid value: \""
                + name
                + "\": "
                + String.join("; ", DnsNames.dns1123LabelErrors(name))
                + ".");
      }
      if (!names.add(name)) {
        sink.report(
            at,
            name,
            "Duplicate value: \""
                + name
                + "\": names are unique across containers, init containers and ephemeral"
                + " containers.");
      }
    }
  }

  /** Checks {@link EphemeralRule#EPHEMERAL_CONTAINER_FIELDS}. */
  static void ephemeralContainerFields(PodSpecContext context, ViolationSink sink) {
    List<V1EphemeralContainer> list = ephemeral(context);
    if (list.isEmpty()) {
      return;
    }
    Set<String> volumes = new HashSet<>();
    if (context.spec().getVolumes() != null) {
      for (V1Volume volume : context.spec().getVolumes()) {
        if (volume != null && volume.getName() != null) {
          volumes.add(volume.getName());
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      V1EphemeralContainer container = list.get(i);
      if (container == null) {
        continue;
      }
      FieldPath at = path(context, i);
      String image = container.getImage();
      if (image == null || image.isEmpty()) {
        sink.report(
            at.child("image"), null, "Required value: an ephemeral container needs an image.");
      } else if (!image.equals(image.trim())) {
        sink.report(
            at.child("image"),
            image,
            "Invalid value: \"" + image + "\": must not have leading or trailing whitespace.");
      }
      enumValue(container.getImagePullPolicy(), PULL_POLICIES, at.child("imagePullPolicy"), sink);
      enumValue(
          container.getTerminationMessagePolicy(),
          TERMINATION_MESSAGE_POLICIES,
          at.child("terminationMessagePolicy"),
          sink);
      List<V1VolumeMount> mounts = container.getVolumeMounts();
      Set<String> mountPaths = new HashSet<>();
      for (int j = 0; mounts != null && j < mounts.size(); j++) {
        V1VolumeMount mount = mounts.get(j);
        if (mount == null) {
          continue;
        }
        FieldPath mountPath = at.child("volumeMounts").index(j);
        String name = mount.getName() == null ? "" : mount.getName();
        if (name.isEmpty()) {
          sink.report(
              mountPath.child("name"), null, "Required value: a mount needs a volume name.");
        }
        if (!volumes.contains(name)) {
          sink.report(mountPath.child("name"), name, "Not found: \"" + name + "\".");
        }
        String target = mount.getMountPath() == null ? "" : mount.getMountPath();
        if (target.isEmpty()) {
          sink.report(mountPath.child("mountPath"), null, "Required value: a mount needs a path.");
        }
        if (!mountPaths.add(target)) {
          sink.report(
              mountPath.child("mountPath"),
              target,
              "Invalid value: \"" + target + "\": must be unique.");
        }
      }
    }
  }

  private static void enumValue(
      String value, List<String> supported, FieldPath path, ViolationSink sink) {
    if (value != null && !value.isEmpty() && !supported.contains(value)) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < supported.size(); i++) {
        text.append(i == 0 ? "" : ", ").append('"').append(supported.get(i)).append('"');
      }
      sink.report(
          path, value, "Unsupported value: \"" + value + "\": supported values: " + text + ".");
    }
  }

  /** Checks {@link EphemeralRule#EPHEMERAL_FORBIDDEN_FIELDS}. */
  static void ephemeralForbiddenFields(PodSpecContext context, ViolationSink sink) {
    List<V1EphemeralContainer> list = ephemeral(context);
    for (int i = 0; i < list.size(); i++) {
      V1EphemeralContainer container = list.get(i);
      if (container == null) {
        continue;
      }
      FieldPath at = path(context, i);
      // in the order of the Container struct, as the API server walks it
      if (container.getPorts() != null && !container.getPorts().isEmpty()) {
        sink.report(at.child("ports"), null, FORBIDDEN);
      }
      if (isSet(container.getResources())) {
        sink.report(at.child("resources"), null, FORBIDDEN);
      }
      if (container.getResizePolicy() != null && !container.getResizePolicy().isEmpty()) {
        sink.report(at.child("resizePolicy"), null, FORBIDDEN);
      }
      if (container.getRestartPolicy() != null) {
        sink.report(at.child("restartPolicy"), container.getRestartPolicy(), FORBIDDEN);
      }
      if (container.getRestartPolicyRules() != null
          && !container.getRestartPolicyRules().isEmpty()) {
        sink.report(at.child("restartPolicyRules"), null, FORBIDDEN);
      }
      if (container.getLivenessProbe() != null) {
        sink.report(at.child("livenessProbe"), null, FORBIDDEN);
      }
      if (container.getReadinessProbe() != null) {
        sink.report(at.child("readinessProbe"), null, FORBIDDEN);
      }
      if (container.getStartupProbe() != null) {
        sink.report(at.child("startupProbe"), null, FORBIDDEN);
      }
      if (container.getLifecycle() != null) {
        sink.report(at.child("lifecycle"), null, FORBIDDEN);
      }
      List<V1VolumeMount> mounts = container.getVolumeMounts();
      for (int j = 0; mounts != null && j < mounts.size(); j++) {
        V1VolumeMount mount = mounts.get(j);
        if (mount == null) {
          continue;
        }
        if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
          sink.report(
              at.child("volumeMounts").index(j).child("subPath"), mount.getSubPath(), FORBIDDEN);
        }
        if (mount.getSubPathExpr() != null && !mount.getSubPathExpr().isEmpty()) {
          sink.report(
              at.child("volumeMounts").index(j).child("subPathExpr"),
              mount.getSubPathExpr(),
              FORBIDDEN);
        }
      }
    }
  }

  private static boolean isSet(V1ResourceRequirements resources) {
    return resources != null
        && ((resources.getLimits() != null && !resources.getLimits().isEmpty())
            || (resources.getRequests() != null && !resources.getRequests().isEmpty())
            || (resources.getClaims() != null && !resources.getClaims().isEmpty()));
  }

  /** Checks {@link EphemeralRule#EPHEMERAL_TARGET_NOT_FOUND}. */
  static void ephemeralTargetNotFound(PodSpecContext context, ViolationSink sink) {
    List<V1EphemeralContainer> list = ephemeral(context);
    if (list.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (ContainerRef ref : context.containers()) {
      names.add(ref.container().getName());
    }
    for (int i = 0; i < list.size(); i++) {
      V1EphemeralContainer container = list.get(i);
      String target = container == null ? null : container.getTargetContainerName();
      if (target != null && !target.isEmpty() && !names.contains(target)) {
        sink.report(
            path(context, i).child("targetContainerName"),
            target,
            "Not found: \"" + target + "\": no container or init container has this name.");
      }
    }
  }
}
