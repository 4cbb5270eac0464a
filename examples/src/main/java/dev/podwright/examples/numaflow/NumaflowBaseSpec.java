package dev.podwright.examples.numaflow;

import dev.podwright.emit.BaseSpec;
import dev.podwright.model.Owner;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a Numaflow vertex pod that Numaflow's controller builds itself, as a {@link BaseSpec}
 * a composition read by {@link NumaflowPipelineReader} is laid over. Every container in it is
 * platform-owned:
 *
 * <ul>
 *   <li>init container {@value #INIT} ({@code isbsvc-validate});
 *   <li>main container {@value #NUMA} ({@code processor --type=MapUDF|Source|Sink}), mounting
 *       {@value #VAR_RUN_VOLUME} at {@value #VAR_RUN_PATH} and {@value #RUNTIME_VOLUME} at {@value
 *       #RUNTIME_PATH}, with the {@code metrics} (2469) and {@code runtime} (2470) ports and
 *       Numaflow's HTTPS {@code /readyz} and {@code /livez} probes;
 *   <li>volumes {@value #VAR_RUN_VOLUME} (an {@code emptyDir} in memory, over which {@code numa}
 *       and the UD containers talk on Unix sockets) and {@value #RUNTIME_VOLUME} (an {@code
 *       emptyDir} of at most 20Mi).
 * </ul>
 *
 * <p>Followed: {@code numaproj/numaflow} at commit {@code
 * 63ba4e8c8692b8f797e446af1a144f2291d19d14}, {@code pkg/apis/numaflow/v1alpha1/vertex_types.go}
 * ({@code GetPodSpec}, {@code getInitContainers}), {@code udf.go}, {@code source.go}, {@code
 * sink.go} ({@code getMainContainer}) and {@code const.go}. What only a running controller knows is
 * left out: the environment it computes ({@code NUMAFLOW_VERTEX_OBJECT}, pod and pipeline names,
 * downward-API resource values), its configured image, pull policy and default resources. A host
 * that needs them, or runs another Numaflow version, builds its own spec and passes it to {@link
 * BaseSpec#of(V1PodSpec)} instead: this class is a documented default, not a requirement.
 *
 * <p>Stateless: every call returns a fresh value.
 */
public final class NumaflowBaseSpec {

  /** Numaflow's init container ({@code CtrInit}). */
  public static final String INIT = "init";

  /** Numaflow's main container ({@code CtrMain}). */
  public static final String NUMA = "numa";

  /** The in-memory volume for the sockets between {@code numa} and the UD containers. */
  public static final String VAR_RUN_VOLUME = "var-run-numaflow";

  /** Where {@value #VAR_RUN_VOLUME} is mounted ({@code PathVarRun}). */
  public static final String VAR_RUN_PATH = "/var/run/numaflow";

  /** The runtime-information volume ({@code RuntimeDirVolume}). */
  public static final String RUNTIME_VOLUME = "runtime-vol";

  /** Where {@value #RUNTIME_VOLUME} is mounted ({@code RuntimeDirMountPath}). */
  public static final String RUNTIME_PATH = "/var/numaflow/runtime";

  /** The vertex metrics port ({@code VertexMetricsPort}); the UD containers' liveness port. */
  public static final int METRICS_PORT = 2469;

  /** The vertex runtime port ({@code VertexRuntimePort}). */
  public static final int RUNTIME_PORT = 2470;

  /**
   * The image used when none is given (Numaflow v1.8.3, its latest tag at that commit); a host
   * passes its controller's configured image.
   */
  public static final String DEFAULT_IMAGE = "quay.io/numaproj/numaflow:v1.8.3";

  private static final String ISBSVC = "--isbsvc-type=jetstream";

  private NumaflowBaseSpec() {}

  /**
   * Numaflow's own pod parts for a vertex of the given kind ({@link NumaflowKinds}), with {@link
   * #DEFAULT_IMAGE}; every container platform-owned.
   *
   * @throws IllegalArgumentException when the kind is not one of {@link NumaflowKinds}
   */
  public static BaseSpec defaultFor(WorkloadKind vertexKind) {
    return defaultFor(vertexKind, DEFAULT_IMAGE);
  }

  /**
   * Numaflow's own pod parts for a vertex of the given kind, running the given Numaflow image.
   *
   * @throws IllegalArgumentException when the kind is not one of {@link NumaflowKinds} or the image
   *     is blank
   */
  public static BaseSpec defaultFor(WorkloadKind vertexKind, String image) {
    return BaseSpec.of(podSpec(vertexKind, image))
        .withDefaultOwner(Owner.PLATFORM)
        .withOwner(INIT, Owner.PLATFORM)
        .withOwner(NUMA, Owner.PLATFORM);
  }

  /**
   * The pod spec behind {@link #defaultFor(WorkloadKind, String)}, for a host to adjust before
   * giving it to {@link BaseSpec#of(V1PodSpec)}.
   *
   * @throws IllegalArgumentException when the kind is not one of {@link NumaflowKinds} or the image
   *     is blank
   */
  public static V1PodSpec podSpec(WorkloadKind vertexKind, String image) {
    String type = vertexType(vertexKind);
    if (image == null || image.isBlank()) {
      throw new IllegalArgumentException("the Numaflow base spec needs a non-blank image");
    }
    V1Container init =
        new V1Container()
            .name(INIT)
            .image(image)
            .args(new ArrayList<>(List.of("isbsvc-validate", ISBSVC)));
    V1Container numa =
        new V1Container()
            .name(NUMA)
            .image(image)
            .args(new ArrayList<>(List.of("processor", "--type=" + type, ISBSVC)))
            .volumeMounts(mounts())
            .ports(
                new ArrayList<>(
                    List.of(
                        new V1ContainerPort().name("metrics").containerPort(METRICS_PORT),
                        new V1ContainerPort().name("runtime").containerPort(RUNTIME_PORT))))
            .readinessProbe(probe("/readyz", 5, 10, 30, 6))
            .livenessProbe(probe("/livez", 20, 60, 30, 5));
    List<V1Volume> volumes = new ArrayList<>();
    volumes.add(
        new V1Volume()
            .name(VAR_RUN_VOLUME)
            .emptyDir(new V1EmptyDirVolumeSource().medium("Memory")));
    volumes.add(
        new V1Volume()
            .name(RUNTIME_VOLUME)
            .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(new Quantity("20Mi"))));
    return new V1PodSpec()
        .initContainers(new ArrayList<>(List.of(init)))
        .containers(new ArrayList<>(List.of(numa)))
        .volumes(volumes);
  }

  /**
   * The mounts Numaflow gives {@code numa} and every UD container, in its order: {@value
   * #VAR_RUN_VOLUME} at {@value #VAR_RUN_PATH}, {@value #RUNTIME_VOLUME} at {@value #RUNTIME_PATH}.
   */
  public static List<V1VolumeMount> mounts() {
    List<V1VolumeMount> mounts = new ArrayList<>();
    mounts.add(new V1VolumeMount().name(VAR_RUN_VOLUME).mountPath(VAR_RUN_PATH));
    mounts.add(new V1VolumeMount().name(RUNTIME_VOLUME).mountPath(RUNTIME_PATH));
    return mounts;
  }

  /** An HTTPS GET probe on the metrics port, as Numaflow writes its probes. */
  static V1Probe probe(String path, int initialDelay, int period, int timeout, int failures) {
    return new V1Probe()
        .httpGet(
            new V1HTTPGetAction().path(path).port(new IntOrString(METRICS_PORT)).scheme("HTTPS"))
        .initialDelaySeconds(initialDelay)
        .periodSeconds(period)
        .timeoutSeconds(timeout)
        .failureThreshold(failures);
  }

  private static String vertexType(WorkloadKind kind) {
    if (kind == null) {
      throw new IllegalArgumentException("the Numaflow base spec needs a vertex kind");
    }
    if (kind.equals(NumaflowKinds.SOURCE)) {
      return "Source";
    }
    if (kind.equals(NumaflowKinds.SINK)) {
      return "Sink";
    }
    if (kind.equals(NumaflowKinds.UDF)) {
      return "MapUDF";
    }
    throw new IllegalArgumentException(
        "not a Numaflow vertex kind: " + kind.name() + "; use one of NumaflowKinds");
  }
}
