package dev.podwright.validation.render;

import dev.podwright.emit.Provenance;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * What one render produced.
 *
 * @param spec the emitted pod spec merged onto the base (the caller's to keep), or null when it
 *     could not be emitted (merge conflicts, reported as {@code MERGE_CONFLICT} errors)
 * @param provenance where each container, volume, env var and mount of the spec came from; empty
 *     when there is no spec
 * @param report every violation found, located in the declaration file where known; empty when
 *     validation was off
 */
public record RenderResult(V1PodSpec spec, Provenance provenance, ValidationReport report) {

  /** Requires the report; a null provenance is empty. */
  public RenderResult {
    provenance = Objects.requireNonNullElse(provenance, Provenance.empty());
    Objects.requireNonNull(report, "report");
  }

  /** True when there is a spec and the report has no error (warnings allowed). */
  public boolean isValid() {
    return spec != null && report.isValid();
  }

  /** The spec when {@link #isValid()}: what a host may deploy. */
  public Optional<V1PodSpec> validSpec() {
    return isValid() ? Optional.of(spec) : Optional.empty();
  }
}
