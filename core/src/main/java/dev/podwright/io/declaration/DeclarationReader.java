package dev.podwright.io.declaration;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.SidecarPlacement;
import dev.podwright.io.ReadLimits;
import dev.podwright.io.SourcePosition;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.Precedence;
import dev.podwright.model.RestartPolicy;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1Container;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the Podwright declaration format, YAML or JSON, into a {@link Declaration}:
 *
 * <pre>{@code
 * kind: udf                          # a kind the reader knows; absent is "generic"
 * options: {kubernetesVersion: "1.29", sidecarMode: native}
 * mainContainer: {name: main, image: example/app:1.0}
 * volumes:
 *   - {name: shm, emptyDir: {medium: Memory, sizeLimit: 64Mi}}
 * initContainers:
 *   - {name: setup, image: busybox:1.36, command: [sh, -c, "echo ready"]}
 * sidecars:
 *   - name: proxy
 *     image: envoyproxy/envoy:v1.31
 *     env: {LOG_LEVEL: info}          # a KEY: value map, or a Kubernetes env list
 *     owner: mesh                     # user (the default), platform, or a host's own name
 *     mode: native                    # native or classic; absent: the emitter's
 *     placement: beforeHostInitContainers  # or afterHostInitContainers,
 *                                     # before/afterCompositionInitContainers, first/lastContainer
 * sidecarResourceDefaults: {requests: {cpu: 100m, memory: 64Mi}}   # fixed defaults, or:
 * # resourceDefaults: {requests: {cpu: 100m, memory: 128Mi}, limitFactor: 2,
 * #                    precedence: keepExisting}   # or limitFactors: {cpu: 2}; override; fail
 * injections:                         # into the host's (base spec's) containers
 *   - into: {allAppContainers: true}  # or {names: [app, worker]} or {owner: user}
 *     env: {DAPR_HTTP_PORT: "3500"}
 *     envFrom: [{configMapRef: {name: dapr-env}}]
 *     volumeMounts: [{name: dapr-unix-domain-socket, mountPath: /tmp/dapr-sockets}]
 *     resourceDefaults: {requests: {cpu: 50m}}
 *     securityContextDefaults: {runAsNonRoot: true}
 *     precedence: keepExisting        # or override, fail (the default)
 * }</pre>
 *
 * <p>{@code mainContainer} and {@code initContainers} entries take an {@code owner} too.
 *
 * <p>Containers and volumes use Kubernetes' own field names, so fragments can be pasted from
 * Kubernetes documentation; every Kubernetes field is kept. Every problem is reported as a {@link
 * DeclarationReadException} with the file, line, column and path (e.g. {@code
 * sidecars[1].volumeMounts[0].mountPath}), and unknown fields come with "did you mean". The {@link
 * ReadLimits limits} bound size, depth, aliases, values and string length.
 *
 * <p>{@code options}: {@code kubernetesVersion} (e.g. {@code "1.29"}), {@code sidecarMode} ({@code
 * native} or {@code classic}), {@code placement} ({@code afterHostInitContainers} or {@code
 * beforeHostInitContainers}), {@code conflicts} ({@code fail} or {@code override}).
 *
 * <p>The format's own fields are the table in {@code DeclarationFormat}; {@link DeclarationSchema}
 * renders the same table (and the official models) as the JSON Schema shipped in the jar.
 *
 * <p>Immutable and thread-safe: build one, share it.
 */
public final class DeclarationReader {

  private final Map<String, WorkloadKind> kinds;
  private final SourceDocument.Parsers parsers;

  /**
   * A reader knowing the given kinds by name, plus {@code generic} and {@code job} unless the map
   * names those itself.
   *
   * @param kinds the kinds a declaration may name, e.g. {@code "udf" -> NumaflowKinds.UDF}
   * @param limits the limits
   */
  public DeclarationReader(Map<String, WorkloadKind> kinds, ReadLimits limits) {
    Map<String, WorkloadKind> known = new LinkedHashMap<>();
    known.put(WorkloadKind.GENERIC.name(), WorkloadKind.GENERIC);
    known.put(WorkloadKind.JOB.name(), WorkloadKind.JOB);
    if (kinds != null) {
      kinds.forEach(
          (name, kind) -> known.put(Objects.requireNonNull(name), Objects.requireNonNull(kind)));
    }
    this.kinds = Map.copyOf(known);
    this.parsers = new SourceDocument.Parsers(Objects.requireNonNull(limits, "limits"));
  }

  /** A reader knowing the given kinds, with {@link ReadLimits#defaults()}. */
  public DeclarationReader(Map<String, WorkloadKind> kinds) {
    this(kinds, ReadLimits.defaults());
  }

  /** A reader knowing only {@code generic} and {@code job}, with the default limits. */
  public static DeclarationReader standard() {
    return new DeclarationReader(Map.of());
  }

  /**
   * Reads a declaration file: JSON when its name ends in {@code .json}, YAML when in {@code .yaml}
   * or {@code .yml}, else told apart by its content.
   *
   * @throws DeclarationReadException when it cannot be read, located in the file
   */
  public Declaration read(Path file) {
    return read(parsers.read(file));
  }

  /**
   * Reads a declaration from text.
   *
   * @param content YAML or JSON (a document starting with <code>{</code> or <code>[</code> is read
   *     as JSON)
   * @param fileName the name to report in errors, or null
   * @throws DeclarationReadException when it cannot be read
   */
  public Declaration read(String content, String fileName) {
    return read(parsers.read(content, fileName));
  }

  /**
   * Reads a declaration from a stream (not closed), up to the size limit.
   *
   * @throws DeclarationReadException when it cannot be read
   */
  public Declaration read(InputStream in, String fileName) {
    return read(parsers.read(in, fileName));
  }

  private Declaration read(SourceDocument document) {
    Node top = document.top().object().allowOnly(DeclarationFormat.TOP.names());
    Map<String, SourcePosition> extra = new LinkedHashMap<>();
    Composition.Builder composition = Composition.builder().kind(kind(top.field("kind")));
    Node main = top.field("mainContainer");
    if (!main.isAbsent()) {
      composition.mainContainer(CompositionParts.container(main, extra));
    }
    for (Node volume : top.field("volumes").elements()) {
      composition.volume(ModelSpecs.toModel(Models.volume(volume)));
    }
    for (Node init : top.field("initContainers").elements()) {
      composition.initContainer(CompositionParts.initContainer(init, extra));
    }
    for (Node sidecar : top.field("sidecars").elements()) {
      composition.sidecar(CompositionParts.sidecar(sidecar, extra));
    }
    Node defaults = top.field("sidecarResourceDefaults");
    Node policy = top.field("resourceDefaults");
    if (!defaults.isAbsent() && !policy.isAbsent()) {
      throw policy.invalid(
          "give sidecarResourceDefaults (fixed) or resourceDefaults (a policy), not both",
          List.of());
    }
    if (!defaults.isAbsent()) {
      composition.sidecarResourceDefaults(Models.resources(defaults));
    }
    if (!policy.isAbsent()) {
      composition.resourceDefaults(CompositionParts.resourceDefaults(policy));
    }
    for (Node injection : top.field("injections").elements()) {
      composition.inject(CompositionParts.injection(injection, extra));
    }
    return new Declaration(
        composition.build(), options(top.field("options")), document.sourceMap(extra));
  }

  /** A sidecar from a container; {@code restartPolicy: Always} is implied, so dropped. */
  static Sidecar sidecar(V1Container container) {
    if (RestartPolicy.ALWAYS.value().equals(container.getRestartPolicy())) {
      container.setRestartPolicy(null);
    }
    return new Sidecar(ModelSpecs.spec(container));
  }

  private WorkloadKind kind(Node node) {
    String name = node.text();
    if (name == null) {
      return WorkloadKind.GENERIC;
    }
    WorkloadKind kind = kinds.get(name);
    if (kind == null) {
      List<String> known = kinds.keySet().stream().sorted().toList();
      throw node.invalid(
          "unknown workload kind \"" + name + "\"; known kinds: " + String.join(", ", known),
          Suggestions.closest(name, known));
    }
    return kind;
  }

  private static EmitOptions options(Node node) {
    if (node.isAbsent()) {
      return EmitOptions.DEFAULTS;
    }
    Node options = node.object().allowOnly(DeclarationFormat.OPTIONS.names());
    EmitOptions.Builder builder = EmitOptions.builder();
    Node version = options.field("kubernetesVersion");
    if (!version.isAbsent()) {
      String text = version.text();
      try {
        builder.kubernetesVersion(KubernetesVersion.parse(text));
      } catch (IllegalArgumentException e) {
        throw version.invalid(
            "\"" + text + "\" is not a Kubernetes version; write it like \"1.29\"", List.of());
      }
    }
    Node mode = options.field("sidecarMode");
    if (!mode.isAbsent()) {
      builder.sidecarMode(constant(mode, SidecarMode.values()));
    }
    Node placement = options.field("placement");
    if (!placement.isAbsent()) {
      builder.placement(constant(placement, SidecarPlacement.values()));
    }
    Node conflicts = options.field("conflicts");
    if (!conflicts.isAbsent()) {
      builder.precedence(constant(conflicts, Precedence.values()));
    }
    return builder.build();
  }

  /**
   * An enum constant written as {@code native}, {@code NATIVE} or {@code afterHostInitContainers}.
   */
  static <E extends Enum<E>> E constant(Node node, E[] values) {
    String text = node.requiredText();
    String wanted = normalize(text);
    List<String> spellings = new ArrayList<>();
    for (E value : values) {
      if (normalize(value.name()).equals(wanted)) {
        return value;
      }
      spellings.add(DeclarationFormat.spelling(value));
    }
    throw node.invalid(
        "unknown value \"" + text + "\"; expected one of " + String.join(", ", spellings),
        Suggestions.closest(text, spellings));
  }

  private static String normalize(String text) {
    return text.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
