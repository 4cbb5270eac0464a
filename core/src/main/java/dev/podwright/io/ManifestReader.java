package dev.podwright.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.io.ManifestReadException.Problem;
import dev.podwright.io.ManifestReadException.Reason;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Kubernetes manifests (YAML, including multi-document streams, or JSON) into {@link
 * Manifest}s: one per document that carries a pod spec (Pod, Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, a bare pod spec, and the items of a
 * {@code kind: List}). Documents of other kinds (Service, ConfigMap, …) and empty documents are
 * skipped.
 *
 * <p>Reading is as strict as the API server's decoding, but reports every problem at once: unknown
 * fields, values of the wrong type (a string where a number belongs, a number where a string
 * belongs) and missing required fields (per the official model's OpenAPI schema, e.g. a container's
 * {@code name}) in the pod spec are returned as {@link Manifest#readProblems()} (rule ids {@link
 * ReadProblem#SCHEMA_UNKNOWN_FIELD}, {@link ReadProblem#SCHEMA_WRONG_TYPE}, {@link
 * ReadProblem#SCHEMA_MISSING_REQUIRED_FIELD}) and the offending values are left out of the spec, so
 * the rest can still be validated. YAML is read as kubectl reads it: aliases to scalars, lists and
 * maps are expanded (within {@link ReadLimits#maxAliases()} and {@link
 * ReadLimits#maxValuesPerDocument()}), and a repeated key keeps its last value with a {@link
 * ReadProblem#YAML_DUPLICATE_KEY} warning; merge keys ({@code <<}) are not supported. What is not
 * YAML or JSON at all, is not a manifest, or breaks a limit is thrown as a {@link
 * ManifestReadException} with line, column and field path; nothing else is thrown for bad input.
 *
 * <p>Pod specs are returned in {@linkplain ModelNormalizer#canonical canonical} form. Immutable and
 * thread-safe; the parser factories are built once per reader.
 */
public final class ManifestReader {

  private static final ObjectMapper BINDER = KubernetesJackson.strictBinder();

  private final ReadLimits limits;
  private final DocumentParsers parsers;

  /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public ManifestReader() {
    this(ReadLimits.defaults());
  }

  /**
   * A reader with the given limits.
   *
   * @throws NullPointerException if limits is null
   */
  public ManifestReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parsers = new DocumentParsers(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads manifests from text.
   *
   * @throws ManifestReadException for any problem in the text
   */
  public List<Manifest> read(String text) {
    return read(text, null);
  }

  /**
   * Reads manifests from text, naming its source (e.g. a file name) in errors.
   *
   * @param source shown in errors and kept in each {@link Manifest}; may be null
   * @throws ManifestReadException for any problem in the text
   * @throws NullPointerException if text is null
   */
  public List<Manifest> read(String text, String source) {
    Objects.requireNonNull(text, "text");
    long bytes = ManifestInput.utf8Length(text);
    if (bytes > limits.maxInputBytes()) {
      throw ManifestInput.tooLarge(limits, source, bytes + " bytes");
    }
    return parse(ManifestInput.stripBom(text), source);
  }

  /**
   * Reads manifests from a stream of UTF-8 text; the stream is read but not closed.
   *
   * @param source shown in errors and kept in each {@link Manifest}; may be null
   * @throws ManifestReadException for any problem in the text, or if the stream cannot be read
   * @throws NullPointerException if in is null
   */
  public List<Manifest> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    } catch (IOException cannotRead) {
      throw new ManifestReadException(
          source,
          -1,
          new Problem(Reason.IO, "", 0, 0, "cannot read: " + cannotRead.getMessage()),
          cannotRead);
    }
    if (bytes.length > limits.maxInputBytes()) {
      throw ManifestInput.tooLarge(
          limits, source, "more than " + limits.maxInputBytes() + " bytes");
    }
    return parse(ManifestInput.stripBom(ManifestInput.decode(bytes, source)), source);
  }

  /**
   * Reads manifests from a UTF-8 file; errors name the file.
   *
   * @throws ManifestReadException for any problem in the file, or if it cannot be read
   * @throws NullPointerException if file is null
   */
  public List<Manifest> read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        throw ManifestInput.tooLarge(limits, source, size + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (IOException cannotRead) {
      throw new ManifestReadException(
          source,
          -1,
          new Problem(Reason.IO, "", 0, 0, "cannot read the file: " + cannotRead),
          cannotRead);
    }
  }

  /**
   * Reads the one pod spec in the text: the first workload's spec. Stricter than {@link
   * #read(String)}: schema problems of that workload ({@link Manifest#readProblems()} of level
   * ERROR) are thrown, since a bare spec has no room for them.
   *
   * @throws ManifestReadException for any problem in the text, if it holds no workload, or if the
   *     workload has schema problems
   */
  public V1PodSpec readPodSpec(String text) {
    List<Manifest> manifests = read(text);
    if (manifests.isEmpty()) {
      throw new ManifestReadException(
          null,
          -1,
          new Problem(
              Reason.NOT_A_MANIFEST,
              "",
              0,
              0,
              "no pod spec found; expected a Pod, a workload or a bare pod spec with containers"),
          null);
    }
    Manifest first = manifests.get(0);
    List<ReadProblem> errors =
        first.readProblems().stream().filter(p -> p.level() == ReadProblem.Level.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new ManifestReadException(
          first.source(), first.documentIndex(), asProblems(errors), null);
    }
    return first.podSpec();
  }

  /**
   * Reads the one workload in the text, e.g. a host's base pod spec: a bare pod spec, a Pod or a
   * workload with a pod template (documents of other kinds are skipped, as by {@link #read}).
   *
   * @param source shown in errors and kept in the {@link Manifest}; may be null
   * @throws ManifestReadException for any problem in the text (schema problems included: a base
   *     must be exact), if it holds no workload, or if it holds more than one (reason {@link
   *     Reason#NOT_A_MANIFEST}, at the second one)
   * @throws NullPointerException if text is null
   */
  public Manifest readSingle(String text, String source) {
    List<Manifest> manifests = read(text, source);
    if (manifests.isEmpty()) {
      throw new ManifestReadException(
          source,
          -1,
          new Problem(
              Reason.NOT_A_MANIFEST,
              "",
              0,
              0,
              "no pod spec found; expected a Pod, a workload with a pod template or a bare pod"
                  + " spec with containers"),
          null);
    }
    if (manifests.size() > 1) {
      Manifest second = manifests.get(1);
      SourcePosition at =
          second.positions().findNearest(second.specPath()).orElse(new SourcePosition(1, 1));
      throw new ManifestReadException(
          source,
          second.documentIndex(),
          new Problem(
              Reason.NOT_A_MANIFEST,
              "",
              at.line(),
              at.column(),
              "found "
                  + manifests.size()
                  + " workloads where one is expected (the second: "
                  + describe(second)
                  + "); keep one in the file"),
          null);
    }
    Manifest only = manifests.get(0);
    List<ReadProblem> errors =
        only.readProblems().stream().filter(p -> p.level() == ReadProblem.Level.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new ManifestReadException(source, only.documentIndex(), asProblems(errors), null);
    }
    return only;
  }

  private static String describe(Manifest manifest) {
    return "document "
        + manifest.documentIndex()
        + ", "
        + manifest.kind().kindName()
        + (manifest.name() == null ? "" : " " + manifest.name());
  }

  private List<Manifest> parse(String text, String source) {
    List<Manifest> manifests = new ArrayList<>();
    int documentIndex = 0;
    boolean json = ManifestInput.looksLikeJson(text);
    ScalarAnchors scalarAnchors = json ? null : new ScalarAnchors(text);
    try (JsonParser parser = parsers.parser(text, json)) {
      try {
        while (parser.nextToken() != null) {
          if (documentIndex >= limits.maxDocuments()) {
            SourcePosition at = DocumentWalker.position(parser.currentTokenLocation());
            throw new ManifestReadException(
                source,
                documentIndex,
                new Problem(
                    Reason.LIMIT_EXCEEDED,
                    "",
                    at.line(),
                    at.column(),
                    "more than "
                        + limits.maxDocuments()
                        + " documents (ReadLimits.maxDocuments); split the input, or raise the"
                        + " limit with ReadLimits.defaults().withMaxDocuments(n)"),
                null);
          }
          DocumentWalker walker =
              new DocumentWalker(parser, limits, source, documentIndex, scalarAnchors);
          JsonNode root = walker.readDocument();
          new WorkloadDocument(source, documentIndex, root, walker, BINDER).collect(manifests);
          documentIndex++;
        }
      } catch (JacksonException | RuntimeException broken) {
        throw ManifestInput.translate(broken, source, documentIndex, json, limits);
      }
    } catch (IOException cannotClose) {
      throw ManifestInput.translate(cannotClose, source, documentIndex, json, limits);
    }
    return List.copyOf(manifests);
  }

  /** Read problems as the exception's problems, for callers that want a clean spec or nothing. */
  static List<Problem> asProblems(List<ReadProblem> problems) {
    List<Problem> out = new ArrayList<>();
    for (ReadProblem problem : problems) {
      Reason reason =
          switch (problem.ruleId()) {
            case ReadProblem.SCHEMA_UNKNOWN_FIELD -> Reason.UNKNOWN_FIELD;
            case ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD -> Reason.MISSING_FIELD;
            case ReadProblem.YAML_DUPLICATE_KEY -> Reason.DUPLICATE_FIELD;
            default -> Reason.WRONG_TYPE;
          };
      out.add(
          new Problem(
              reason,
              problem.path().toString(),
              problem.position().line(),
              problem.position().column(),
              problem.message()));
    }
    return out;
  }
}
