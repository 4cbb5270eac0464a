package dev.podwright.examples.numaflow;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.declaration.DeclarationReadException;
import dev.podwright.io.declaration.KubernetesFragments;
import dev.podwright.io.declaration.NamedComposition;
import dev.podwright.io.declaration.Node;
import dev.podwright.io.declaration.SourceDocument;
import dev.podwright.model.Composition;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a Numaflow {@code Pipeline} (YAML or JSON) into one composition per vertex, named after the
 * vertex, in declared order, laid out as Numaflow's controller lays out a vertex pod on Kubernetes
 * 1.29 and newer. Emit each over {@link NumaflowBaseSpec#defaultFor(WorkloadKind)} for its kind (or
 * a host's own Numaflow base spec), which holds Numaflow's {@code init} and {@code numa} containers
 * and its {@code var-run-numaflow} (in memory) and {@code runtime-vol} volumes. The emitted spec
 * then has:
 *
 * <ul>
 *   <li>{@code initContainers}: Numaflow's {@code init}, the vertex's {@code initContainers}, then
 *       the vertex's UD containers as platform-owned native sidecars placed {@link
 *       Placement#AFTER_COMPOSITION_INIT_CONTAINERS}: {@code udf} ({@code udf.container}), {@code
 *       udsink} ({@code sink.udsink.container}), or {@code transformer} ({@code
 *       source.transformer.container}) then {@code udsource} ({@code source.udsource.container});
 *   <li>{@code containers}: {@code numa}, then the vertex's {@code sidecars} as user-owned classic
 *       containers placed {@link Placement#LAST_CONTAINER};
 *   <li>{@code volumes}: Numaflow's two, then the vertex's {@code volumes}.
 * </ul>
 *
 * <p>A UD container is built as Numaflow builds it: the user's image, command, args, env, envFrom,
 * volume mounts, resources, security context, ports and pull policy; Numaflow's mounts of {@code
 * var-run-numaflow} and {@code runtime-vol} before the user's; {@code NUMAFLOW_UD_CONTAINER_TYPE}
 * (after the user's env for {@code udf}, before it for the others); and the HTTPS {@code
 * /sidecar-livez} liveness probe on port 2469, whose timings the user's {@code livenessProbe} may
 * set. Other fields of the user's UD container are dropped, as Numaflow drops them. The composition
 * has no main container: the vertex's main container is Numaflow's {@code numa}.
 *
 * <p>In each composition the user's sidecars come first, so {@code sidecars[i]} of a finding is
 * {@code sidecars[i]} of the vertex. Each vertex's kind is {@link NumaflowKinds#SOURCE}, {@link
 * NumaflowKinds#UDF} or {@link NumaflowKinds#SINK} by its role; the kinds' rules (no user sidecars
 * on a source) are validation's to enforce.
 *
 * <p>Followed: {@code numaproj/numaflow} at commit {@code
 * 63ba4e8c8692b8f797e446af1a144f2291d19d14}, {@code pkg/apis/numaflow/v1alpha1/vertex_types.go}
 * ({@code GetPodSpec}: UD containers appended to the init containers when native sidecars are
 * supported, {@code Containers: append(containers, v.Spec.Sidecars...)}; {@code getInitContainers}:
 * {@code append(initContainers, v.Spec.InitContainers...)}), {@code udf.go} ({@code
 * getUDFContainer}), {@code sink.go} ({@code getUDSinkContainer}), {@code source.go} ({@code
 * getUDTransformerContainer}, {@code getUDSourceContainer}), {@code container_builder.go} ({@code
 * asSidecar}). Not read: fallback and on-success sinks, side inputs, and the controller's computed
 * env (see {@link NumaflowBaseSpec}).
 *
 * <p>Other pipeline and vertex fields (edges, scale, limits, templates…) are ignored; a field spelt
 * almost like one that is read ({@code sidecar}, {@code initContainer}) fails with "did you mean".
 * Immutable and thread-safe.
 */
public final class NumaflowPipelineReader {

  private static final List<String> VERTEX_FIELDS =
      List.of("name", "source", "udf", "sink", "sidecars", "initContainers", "volumes");

  private static final Set<String> IGNORED_VERTEX_FIELDS =
      Set.of(
          "scale",
          "limits",
          "partitions",
          "containerTemplate",
          "initContainerTemplate",
          "sideInputsContainerTemplate",
          "sideInputs",
          "metadata",
          "nodeSelector",
          "tolerations",
          "securityContext",
          "imagePullSecrets",
          "priorityClassName",
          "priority",
          "affinity",
          "serviceAccountName",
          "runtimeClassName",
          "automountServiceAccountToken",
          "dnsPolicy",
          "dnsConfig",
          "resourceClaims",
          "updateStrategy");

  /** The env var Numaflow tells a UD container its type with ({@code EnvUDContainerType}). */
  public static final String UD_CONTAINER_TYPE_ENV = "NUMAFLOW_UD_CONTAINER_TYPE";

  /** The UD container of a map or reduce vertex ({@code CtrUdf}). */
  public static final String UDF = "udf";

  /** The UD container of a sink vertex ({@code CtrUdsink}). */
  public static final String UDSINK = "udsink";

  /** The user-defined source container of a source vertex ({@code CtrUdsource}). */
  public static final String UDSOURCE = "udsource";

  /** The transformer container of a source vertex ({@code CtrUdtransformer}). */
  public static final String TRANSFORMER = "transformer";

  private final SourceDocument.Parsers parsers;

  /** A reader with the default {@link ReadLimits}. */
  public NumaflowPipelineReader() {
    this(ReadLimits.defaults());
  }

  /** A reader with the given limits. */
  public NumaflowPipelineReader(ReadLimits limits) {
    this.parsers = new SourceDocument.Parsers(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a pipeline file.
   *
   * @throws DeclarationReadException when it cannot be read, located in the file
   */
  public List<NamedComposition> read(Path file) {
    return read(parsers.read(file));
  }

  /**
   * Reads a pipeline from text.
   *
   * @param fileName the name to report in errors, or null
   * @throws DeclarationReadException when it cannot be read
   */
  public List<NamedComposition> read(String content, String fileName) {
    return read(parsers.read(content, fileName));
  }

  /**
   * Reads a pipeline from a stream (not closed).
   *
   * @throws DeclarationReadException when it cannot be read
   */
  public List<NamedComposition> read(InputStream in, String fileName) {
    return read(parsers.read(in, fileName));
  }

  private List<NamedComposition> read(SourceDocument document) {
    Node top = document.top().object();
    String kind = top.field("kind").text();
    if (kind != null && !kind.equals("Pipeline")) {
      throw top.field("kind")
          .invalid("expected a Numaflow Pipeline, found kind " + kind, List.of());
    }
    Node vertices = top.field("spec").object().field("vertices");
    if (vertices.isAbsent()) {
      throw vertices.missing();
    }
    List<NamedComposition> out = new ArrayList<>();
    for (Node vertex : vertices.elements()) {
      out.add(vertex(vertex.object()));
    }
    return List.copyOf(out);
  }

  private static NamedComposition vertex(Node vertex) {
    vertex.rejectNearMisses(VERTEX_FIELDS, IGNORED_VERTEX_FIELDS);
    String name = vertex.field("name").requiredText();
    List<String> roles = new ArrayList<>();
    for (String role : List.of("source", "udf", "sink")) {
      if (!vertex.field(role).isAbsent()) {
        roles.add(role);
      }
    }
    if (roles.size() != 1) {
      throw vertex.invalid(
          "a vertex has exactly one of source, udf and sink; found "
              + (roles.isEmpty() ? "none" : String.join(" and ", roles)),
          List.of());
    }
    String role = roles.get(0);
    Composition.Builder composition = Composition.builder().kind(kind(role));
    for (Node volume : vertex.field("volumes").elements()) {
      composition.volume(KubernetesFragments.volume((volume)));
    }
    for (Node init : vertex.field("initContainers").elements()) {
      composition.initContainer(
          new InitContainer(
              KubernetesFragments.containerSpec(KubernetesFragments.container(init))));
    }
    for (Node sidecar : vertex.field("sidecars").elements()) {
      composition.sidecar(
          KubernetesFragments.sidecar(KubernetesFragments.container(sidecar))
              .withMode(SidecarMode.CLASSIC)
              .withPlacement(Placement.LAST_CONTAINER));
    }
    Node spec = vertex.field(role).object();
    switch (role) {
      case "udf" -> ud(composition, spec.field("container"), UDF, false);
      case "sink" -> ud(composition, udContainer(spec, "udsink"), UDSINK, true);
      default -> {
        ud(composition, udContainer(spec, "transformer"), TRANSFORMER, true);
        ud(composition, udContainer(spec, "udsource"), UDSOURCE, true);
      }
    }
    return new NamedComposition(name, composition.build());
  }

  private static Node udContainer(Node roleSpec, String field) {
    return roleSpec.field(field).object().field("container");
  }

  /** Adds the UD container at {@code node}, if any, as Numaflow builds it. */
  private static void ud(
      Composition.Builder composition, Node node, String name, boolean typeEnvFirst) {
    if (node.isAbsent()) {
      return;
    }
    V1Container user = KubernetesFragments.container(node, name);
    V1Container ud = new V1Container().name(name).image(user.getImage());
    if (user.getCommand() != null && !user.getCommand().isEmpty()) {
      ud.setCommand(new ArrayList<>(user.getCommand()));
    }
    if (user.getArgs() != null && !user.getArgs().isEmpty()) {
      ud.setArgs(new ArrayList<>(user.getArgs()));
    }
    List<V1EnvVar> env = new ArrayList<>();
    V1EnvVar type = new V1EnvVar().name(UD_CONTAINER_TYPE_ENV).value(name);
    if (typeEnvFirst) {
      env.add(type);
    }
    if (user.getEnv() != null) {
      env.addAll(user.getEnv());
    }
    if (!typeEnvFirst) {
      env.add(type);
    }
    ud.setEnv(env);
    List<V1VolumeMount> mounts = NumaflowBaseSpec.mounts();
    if (user.getVolumeMounts() != null) {
      mounts.addAll(user.getVolumeMounts());
    }
    ud.setVolumeMounts(mounts);
    ud.setResources(user.getResources());
    ud.setSecurityContext(user.getSecurityContext());
    if (user.getEnvFrom() != null && !user.getEnvFrom().isEmpty()) {
      ud.setEnvFrom(new ArrayList<>(user.getEnvFrom()));
    }
    if (user.getPorts() != null && !user.getPorts().isEmpty()) {
      ud.setPorts(new ArrayList<>(user.getPorts()));
    }
    ud.setImagePullPolicy(user.getImagePullPolicy());
    V1Probe own = user.getLivenessProbe();
    ud.setLivenessProbe(
        NumaflowBaseSpec.probe(
            "/sidecar-livez",
            or(own == null ? null : own.getInitialDelaySeconds(), 30),
            or(own == null ? null : own.getPeriodSeconds(), 60),
            or(own == null ? null : own.getTimeoutSeconds(), 30),
            or(own == null ? null : own.getFailureThreshold(), 5)));
    composition.sidecar(
        new Sidecar(
            KubernetesFragments.containerSpec(ud).withOwner(Owner.PLATFORM),
            SidecarMode.NATIVE,
            Placement.AFTER_COMPOSITION_INIT_CONTAINERS));
  }

  private static int or(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }

  private static WorkloadKind kind(String role) {
    return switch (role) {
      case "udf" -> NumaflowKinds.UDF;
      case "sink" -> NumaflowKinds.SINK;
      default -> NumaflowKinds.SOURCE;
    };
  }
}
