package dev.podwright.validation.render;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.emit.Provenance;
import dev.podwright.io.Manifest;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.SourceMap;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a composition into the pod spec a host deploys, in one call: reads the host's base
 * manifest (if the request has one), emits the composition laid over it, validates the result with
 * the {@link CompositionValidator} (composition rules at declaration paths such as {@code
 * sidecars[1].name}, API-server and policy rules on the emitted spec) and locates every finding in
 * the declaration file: a spec path of a declared element ({@code spec.initContainers[0].image}) is
 * mapped back through the emission's provenance to its declaration path ({@code sidecars[0].image})
 * and its line and column. Immutable and thread-safe: build one, share it.
 *
 * <pre>{@code
 * Renderer renderer = Renderer.builder().policy(hostPolicy).build();
 * RenderResult result = renderer.render(
 *     RenderRequest.builder(composition).options(options).baseManifest(yaml, "deploy.yaml").build());
 * if (!result.isValid()) {
 *   throw new InvalidPodSpecException(result.report());
 * }
 * V1PodSpec spec = result.spec();
 * }</pre>
 *
 * <p>A base manifest of a Job or CronJob makes the spec be checked as a pod that must run to
 * completion. Containers of the base are platform-owned. Findings on elements that came from the
 * base keep their spec paths and have no location.
 */
public final class Renderer {

  private final HostPolicy policy;
  private final boolean validation;
  private final ManifestReader reader;

  private Renderer(Builder builder) {
    this.policy = builder.policy;
    this.validation = builder.validation;
    this.reader = builder.reader;
  }

  /** A renderer that validates, with no host policy and the default read limits. */
  public static Renderer standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the request.
   *
   * @return the spec, its provenance and the located report; with validation on, merge conflicts
   *     are {@code MERGE_CONFLICT} errors and the spec is null
   * @throws ManifestReadException when the base manifest cannot be read, holds no workload or more
   *     than one (the message names the source, line and column)
   * @throws MergeConflictException with validation off, listing every collision decided {@link
   *     dev.podwright.model.Precedence#FAIL}
   * @throws IllegalArgumentException when the request is null, or a sidecar's placement does not
   *     fit its mode
   */
  public RenderResult render(RenderRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("a render request is required");
    }
    BaseSpec base = request.base();
    boolean baseRunsToCompletion = false;
    if (request.baseManifest() != null) {
      Manifest manifest = reader.readSingle(request.baseManifest(), request.baseSource());
      base = BaseSpec.of(manifest.podSpec());
      baseRunsToCompletion = manifest.runsToCompletion();
    }
    if (!validation) {
      Emission emission =
          PodSpecEmitter.builder()
              .options(request.options())
              .build()
              .emission(request.composition(), base);
      return new RenderResult(emission.spec(), emission.provenance(), ValidationReport.EMPTY);
    }
    CompositionValidator.Result checked =
        CompositionValidator.builder()
            .options(request.options())
            .policy(policy)
            .build()
            .validate(request.composition(), base, baseRunsToCompletion);
    ValidationReport located =
        checked
            .report()
            .locate(path -> locate(path, checked.provenance(), request.declarationPositions()));
    return new RenderResult(checked.spec(), checked.provenance(), located);
  }

  /** Where a violation's path was written in the declaration, if known. */
  static Optional<SourceLocation> locate(
      String path, Provenance provenance, SourceMap declaration) {
    if (path == null || declaration.size() == 0) {
      return Optional.empty();
    }
    Optional<String> declarationPath =
        path.equals("spec") || path.startsWith("spec.")
            ? provenance.declarationPathOf(path)
            : Optional.of(path);
    return declarationPath
        .filter(found -> !found.isEmpty())
        .flatMap(declaration::findNearest)
        .map(at -> new SourceLocation(declaration.file(), at.line(), at.column()));
  }

  /** Builds a {@link Renderer}. */
  public static final class Builder {
    private HostPolicy policy = HostPolicy.none();
    private boolean validation = true;
    private ManifestReader reader = new ManifestReader();

    private Builder() {}

    /** The host's policy to validate against (default {@link HostPolicy#none()}). */
    public Builder policy(HostPolicy hostPolicy) {
      this.policy = Objects.requireNonNull(hostPolicy, "policy");
      return this;
    }

    /**
     * Whether to validate (default true). Off, the result's report is empty and merge conflicts are
     * thrown.
     */
    public Builder validation(boolean enabled) {
      this.validation = enabled;
      return this;
    }

    /** The reader for base manifests (default: a {@link ManifestReader} with default limits). */
    public Builder manifestReader(ManifestReader manifestReader) {
      this.reader = Objects.requireNonNull(manifestReader, "manifestReader");
      return this;
    }

    /** The renderer. */
    public Renderer build() {
      return new Renderer(this);
    }
  }
}
