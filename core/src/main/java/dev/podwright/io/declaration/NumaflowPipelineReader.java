package dev.podwright.io.declaration;

import dev.podwright.io.ReadLimits;
import dev.podwright.io.SourcePosition;
import dev.podwright.model.Composition;
import dev.podwright.model.InitContainer;
import dev.podwright.model.WorkloadKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a Numaflow {@code Pipeline} (YAML or JSON) into one composition per vertex, named after the
 * vertex, in declared order. Each vertex's kind is {@link NumaflowKinds#SOURCE}, {@link
 * NumaflowKinds#UDF} or {@link NumaflowKinds#SINK} by its role; its {@code sidecars}, {@code
 * initContainers} and {@code volumes} are Kubernetes containers and volumes; the main container is
 * the user container of the role: {@code udf.container} (named {@code udf}), {@code
 * sink.udsink.container} ({@code udsink}) or {@code source.udsource.container} ({@code udsource}),
 * with its {@code volumeMounts}. A vertex with a built-in function, source or sink has no main
 * container. The kinds' rules (no sidecars on a source) are validation's to enforce.
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
    Models.rejectNearMisses(vertex, VERTEX_FIELDS, IGNORED_VERTEX_FIELDS);
    String name = vertex.field("name").requiredText();
    Map<String, SourcePosition> extra = new LinkedHashMap<>();
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
    Node main =
        switch (role) {
          case "udf" -> vertex.field("udf").object().field("container");
          case "sink" -> vertex.field("sink").object().field("udsink").object().field("container");
          default -> vertex.field("source").object().field("udsource").object().field("container");
        };
    if (!main.isAbsent()) {
      String mainName =
          switch (role) {
            case "udf" -> "udf";
            case "sink" -> "udsink";
            default -> "udsource";
          };
      composition.mainContainer(Models.spec(Models.container(main, extra, mainName)));
    }
    for (Node volume : vertex.field("volumes").elements()) {
      composition.volume(Models.toModel(Models.volume(volume)));
    }
    for (Node init : vertex.field("initContainers").elements()) {
      composition.initContainer(new InitContainer(Models.spec(Models.container(init, extra))));
    }
    for (Node sidecar : vertex.field("sidecars").elements()) {
      composition.sidecar(DeclarationReader.sidecar(Models.container(sidecar, extra)));
    }
    return new NamedComposition(name, composition.build());
  }

  private static WorkloadKind kind(String role) {
    return switch (role) {
      case "udf" -> NumaflowKinds.UDF;
      case "sink" -> NumaflowKinds.SINK;
      default -> NumaflowKinds.SOURCE;
    };
  }
}
