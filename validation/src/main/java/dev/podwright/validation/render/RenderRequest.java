package dev.podwright.validation.render;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.EmitOptions;
import dev.podwright.io.SourceMap;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.SidecarMode;
import java.util.Objects;

/**
 * What to render: a composition, how to emit it, the host's base pod spec (as an object or as the
 * text of a manifest to read) and where the composition's parts were written. Immutable; build with
 * {@link #builder(Composition)}.
 *
 * <pre>{@code
 * RenderRequest request = RenderRequest.builder(declaration.composition())
 *     .options(declaration.options())
 *     .baseManifest(Files.readString(path), path.toString())
 *     .declarationPositions(declaration.sourceMap())
 *     .build();
 * }</pre>
 *
 * @param composition the composition to emit
 * @param options how to emit it
 * @param base the host's base spec as an object; {@link BaseSpec#empty()} when there is none or
 *     when {@code baseManifest} is given
 * @param baseManifest the text of the host's base manifest (YAML or JSON: a bare pod spec, a Pod or
 *     one workload with a pod template), or null
 * @param baseSource the base manifest's name shown in errors (e.g. its file), or null
 * @param declarationPositions where the composition's parts were written; {@link SourceMap#empty()}
 *     when not known
 */
public record RenderRequest(
    Composition composition,
    EmitOptions options,
    BaseSpec base,
    String baseManifest,
    String baseSource,
    SourceMap declarationPositions) {

  /**
   * Fills in defaults for null parts.
   *
   * @throws IllegalArgumentException when the composition is null, or both a base spec object and a
   *     base manifest are given
   */
  public RenderRequest {
    if (composition == null) {
      throw new IllegalArgumentException("a render request needs a composition");
    }
    options = Objects.requireNonNullElse(options, EmitOptions.DEFAULTS);
    if (base != null && baseManifest != null && !base.equals(BaseSpec.empty())) {
      throw new IllegalArgumentException(
          "a render request takes a base spec or a base manifest to read, not both");
    }
    base = Objects.requireNonNullElse(base, BaseSpec.empty());
    declarationPositions = Objects.requireNonNullElse(declarationPositions, SourceMap.empty());
  }

  /** A builder for rendering this composition (null is refused at {@link Builder#build()}). */
  public static Builder builder(Composition composition) {
    return new Builder(composition);
  }

  /** Builds a {@link RenderRequest}. */
  public static final class Builder {
    private final Composition composition;
    private EmitOptions options = EmitOptions.DEFAULTS;
    private BaseSpec base = BaseSpec.empty();
    private String baseManifest;
    private String baseSource;
    private SourceMap declarationPositions = SourceMap.empty();
    private KubernetesVersion kubernetesVersion;
    private SidecarMode sidecarMode;

    private Builder(Composition composition) {
      this.composition = composition;
    }

    /** How to emit (default {@link EmitOptions#DEFAULTS}). */
    public Builder options(EmitOptions emitOptions) {
      this.options = emitOptions;
      return this;
    }

    /** The host's base spec as an object; replaces a base manifest given before. */
    public Builder base(BaseSpec baseSpec) {
      this.base = baseSpec;
      this.baseManifest = null;
      this.baseSource = null;
      return this;
    }

    /**
     * The host's base manifest to read, every container of it platform-owned; replaces a base spec
     * given before.
     *
     * @param text YAML or JSON: a bare pod spec, a Pod, or one workload with a pod template
     * @param source its name shown in errors, e.g. the file; may be null
     */
    public Builder baseManifest(String text, String source) {
      this.baseManifest = text;
      this.baseSource = source;
      this.base = BaseSpec.empty();
      return this;
    }

    /**
     * Overrides the target Kubernetes version of the {@linkplain #options options} (a command
     * line's {@code --kubernetes-version}); null keeps theirs.
     */
    public Builder kubernetesVersion(KubernetesVersion version) {
      this.kubernetesVersion = version;
      return this;
    }

    /**
     * Overrides the sidecar mode of the {@linkplain #options options} (a command line's {@code
     * --sidecar-mode}); null keeps theirs.
     */
    public Builder sidecarMode(SidecarMode mode) {
      this.sidecarMode = mode;
      return this;
    }

    /** Where the composition's parts were written (a declaration reader's source map). */
    public Builder declarationPositions(SourceMap positions) {
      this.declarationPositions = positions;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException when the composition is null
     */
    public RenderRequest build() {
      EmitOptions emitOptions = options;
      if (kubernetesVersion != null || sidecarMode != null) {
        EmitOptions.Builder overridden =
            Objects.requireNonNullElse(options, EmitOptions.DEFAULTS).toBuilder();
        if (kubernetesVersion != null) {
          overridden.kubernetesVersion(kubernetesVersion);
        }
        if (sidecarMode != null) {
          overridden.sidecarMode(sidecarMode);
        }
        emitOptions = overridden.build();
      }
      return new RenderRequest(
          composition, emitOptions, base, baseManifest, baseSource, declarationPositions);
    }
  }
}
