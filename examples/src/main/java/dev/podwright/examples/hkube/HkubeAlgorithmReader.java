package dev.podwright.examples.hkube;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.KubernetesFragments;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.io.declaration.Node;
import dev.podwright.io.declaration.SourceDocument;
import dev.podwright.model.Composition;
import dev.podwright.model.Placement;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an HKube algorithm (JSON, or YAML) into a composition named after the algorithm, laid out
 * as HKube's task executor lays out the algorithm's job pod: the main container {@code algorunner}
 * runs {@code algorithmImage} and mounts the algorithm-level {@code volumeMounts}; {@code volumes}
 * are the pod's; each entry of {@code sideCars} is a user-owned classic sidecar placed {@link
 * Placement#LAST_CONTAINER} (after HKube's {@code worker} and the {@code algorunner} of the worker
 * template, when that is the base spec), made of its {@code container} (Kubernetes fields), then
 * its {@code volumeMounts} (appended) and its {@code environments}: a {@code KEY: value} map in
 * written order where a scalar becomes {@code value} and a map becomes {@code valueFrom}, bound
 * strictly as a Kubernetes {@code EnvVarSource} ({@code {secretKeyRef: {name, key}}}, {@code
 * {configMapKeyRef: …}}, {@code {fieldRef: {fieldPath}}}, {@code {resourceFieldRef: …}}); a key the
 * container already has is replaced in place. Sidecars get HKube's resource defaults through the
 * composition's {@link ResourceDefaults} policy: by default {@link #DEFAULT_SIDECAR_POLICY},
 * requests of CPU 100m and memory 128Mi and limits of twice the effective requests, key by key
 * under the sidecar's own values.
 *
 * <p>Followed: {@code kube-HPC/hkube} at commit {@code 261d3d06d3a79b1776d7fae6c22d6feea289c839},
 * {@code core/task-executor/lib/jobs/jobCreator.js} ({@code createJobSpec}: {@code
 * applyVolumesAndMounts} then {@code applySidecars}; {@code applySidecar} pushes the container to
 * {@code containers}, then applies its {@code volumeMounts} and {@code environments}; {@code
 * _applyDefaultResourcesSideCar} and {@code mergeResourceRequest}: the user's values win key by
 * key), {@code core/task-executor/lib/reconcile/createOptions.js} ({@code createContainerResource}:
 * limit factor 2, or 1 when {@code useResourceLimits}) and {@code
 * core/task-executor/config/main/config.base.js} ({@code resources.sideCar}: cpu 0.1, memory
 * 128Mi). The scalar/{@code valueFrom} split is that of {@code applyEnvToContainer} in HKube's
 * {@code @hkube/kubernetes-client}, which is not in that repository.
 *
 * <p>Other algorithm fields (cpu, mem, minHotWorkers, env…) are ignored; one spelt almost like a
 * field that is read ({@code sidecars}, {@code volumeMount}) fails with "did you mean". Immutable
 * and thread-safe.
 */
public final class HkubeAlgorithmReader {

  /** HKube's default sidecar resources: requests of CPU 0.1 and memory 128Mi. */
  public static final Resources DEFAULT_SIDECAR_RESOURCES =
      Resources.builder().requestCpu("0.1").requestMemory("128Mi").build();

  /**
   * HKube's default sidecar resource policy: {@link #DEFAULT_SIDECAR_RESOURCES} as requests, limits
   * of twice the effective requests, the sidecar's own values winning key by key.
   */
  public static final ResourceDefaults DEFAULT_SIDECAR_POLICY =
      ResourceDefaults.derived(
          Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2);

  /** The name HKube gives the algorithm's container. */
  public static final String MAIN_CONTAINER = "algorunner";

  private static final List<String> FIELDS =
      List.of("name", "algorithmImage", "volumes", "volumeMounts", "sideCars");

  private static final List<String> SIDECAR_FIELDS =
      List.of("container", "volumeMounts", "environments");

  private static final Set<String> IGNORED_FIELDS =
      Set.of(
          "cpu",
          "mem",
          "gpu",
          "env",
          "algorithmEnv",
          "workerEnv",
          "minHotWorkers",
          "maxWorkers",
          "reservedMemory",
          "nodeSelector",
          "options",
          "type",
          "kind",
          "version",
          "entryPoint",
          "baseImage",
          "gitRepository",
          "fileInfo",
          "userInfo",
          "workerCustomResources",
          "mounts",
          "labels",
          "annotations",
          "tag",
          "created",
          "modified",
          "quotaGuarantee",
          "devMode",
          "devFolder",
          "streamKind",
          "codeApi");

  private final SourceDocument.Parsers parsers;
  private final ResourceDefaults sidecarDefaults;

  /** A reader with HKube's default sidecar policy ({@link #DEFAULT_SIDECAR_POLICY}). */
  public HkubeAlgorithmReader() {
    this(DEFAULT_SIDECAR_POLICY, ReadLimits.defaults());
  }

  /**
   * A reader with the cluster's own fixed sidecar defaults and no derived limits.
   *
   * @param sidecarDefaults requests and limits for sidecars that set none; null or empty for none
   * @param limits the read limits
   */
  public HkubeAlgorithmReader(Resources sidecarDefaults, ReadLimits limits) {
    this(
        sidecarDefaults == null || sidecarDefaults.isEmpty()
            ? null
            : ResourceDefaults.fixed(sidecarDefaults),
        limits);
  }

  /**
   * A reader with the cluster's own sidecar policy, e.g. {@code ResourceDefaults.derived(requests,
   * 1)} for a cluster with {@code useResourceLimits}.
   *
   * @param sidecarPolicy the policy for sidecars; null or empty for none
   * @param limits the read limits
   */
  public HkubeAlgorithmReader(ResourceDefaults sidecarPolicy, ReadLimits limits) {
    this.sidecarDefaults = sidecarPolicy == null || sidecarPolicy.isEmpty() ? null : sidecarPolicy;
    this.parsers = new SourceDocument.Parsers(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads an algorithm file.
   *
   * @throws DeclarationReadException when it cannot be read, located in the file
   */
  public NamedComposition read(Path file) {
    return read(parsers.read(file));
  }

  /**
   * Reads an algorithm from text.
   *
   * @param fileName the name to report in errors, or null
   * @throws DeclarationReadException when it cannot be read
   */
  public NamedComposition read(String content, String fileName) {
    return read(parsers.read(content, fileName));
  }

  /**
   * Reads an algorithm from a stream (not closed).
   *
   * @throws DeclarationReadException when it cannot be read
   */
  public NamedComposition read(InputStream in, String fileName) {
    return read(parsers.read(in, fileName));
  }

  private NamedComposition read(SourceDocument document) {
    Node top = document.top().object();
    top.rejectNearMisses(FIELDS, IGNORED_FIELDS);
    String name = top.field("name").requiredText();
    Composition.Builder composition = Composition.builder().resourceDefaults(sidecarDefaults);
    V1Container main =
        new V1Container().name(MAIN_CONTAINER).image(top.field("algorithmImage").text());
    main.setVolumeMounts(mounts(top.field("volumeMounts")));
    composition.mainContainer(KubernetesFragments.containerSpec(main));
    for (Node volume : top.field("volumes").elements()) {
      composition.volume(KubernetesFragments.volume((volume)));
    }
    for (Node entry : top.field("sideCars").elements()) {
      Node sidecar = entry.object().allowOnly(SIDECAR_FIELDS);
      Node containerNode = sidecar.field("container");
      if (containerNode.isAbsent()) {
        throw containerNode.missing();
      }
      V1Container container = KubernetesFragments.container(containerNode);
      List<V1VolumeMount> mounts = new ArrayList<>(container.getVolumeMounts());
      mounts.addAll(mounts(sidecar.field("volumeMounts")));
      container.setVolumeMounts(mounts);
      Node environments = sidecar.field("environments");
      if (!environments.isAbsent()) {
        container.setEnv(environments(container.getEnv(), environments.object()));
      }
      composition.sidecar(
          KubernetesFragments.sidecar(container)
              .withMode(SidecarMode.CLASSIC)
              .withPlacement(Placement.LAST_CONTAINER));
    }
    return new NamedComposition(name, composition.build());
  }

  /** The container's env with {@code environments} applied in written order. */
  private static List<V1EnvVar> environments(List<V1EnvVar> own, Node environments) {
    List<V1EnvVar> env = own == null ? new ArrayList<>() : new ArrayList<>(own);
    for (Map.Entry<String, Node> entry : environments.fields().entrySet()) {
      Node value = entry.getValue();
      V1EnvVar variable = new V1EnvVar().name(entry.getKey());
      if (value.isMap()) {
        variable.setValueFrom(KubernetesFragments.read(value, V1EnvVarSource.class));
      } else if (!value.isAbsent() && !value.isScalar()) {
        throw value.wrongType(
            "a scalar value, or a valueFrom map such as {secretKeyRef: {name: ..., key: ...}}");
      } else {
        String text = value.text();
        variable.setValue(text == null ? "" : text);
      }
      int at = indexOf(env, entry.getKey());
      if (at < 0) {
        env.add(variable);
      } else {
        env.set(at, variable);
      }
    }
    return env;
  }

  private static int indexOf(List<V1EnvVar> env, String name) {
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i) != null && name.equals(env.get(i).getName())) {
        return i;
      }
    }
    return -1;
  }

  private static List<V1VolumeMount> mounts(Node node) {
    List<V1VolumeMount> mounts = new ArrayList<>();
    for (Node mount : node.elements()) {
      mounts.add(KubernetesFragments.read(mount, V1VolumeMount.class));
    }
    return mounts;
  }
}
