package dev.podwright.benchmarks;

import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.model.Composition;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.util.Yaml;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The typical pod of {@link Pods}: the hand-built floor, Podwright's compose, emit, validate, write
 * and read, and the official YAML writer and reader for comparison. Average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PodBenchmarks {

  private PodSpecEmitter emitter;
  private PodSpecValidator validator;
  private CompositionValidator compositionValidator;
  private CompositionValidator withModelConstraints;
  private ManifestReader reader;
  private V1PodSpec emitted;
  private String yaml;

  /** Builds the shared, immutable tools and the inputs of the read and write benchmarks. */
  @Setup
  public void setUp() {
    emitter = Pods.emitter();
    validator = Pods.validator();
    compositionValidator = Pods.compositionValidator();
    withModelConstraints = Pods.compositionValidatorWithModelConstraints();
    reader = new ManifestReader();
    emitted = emitter.emit(Pods.composition());
    yaml = PodSpecWriter.toYaml(emitted);
  }

  /** The floor: the same pod hand-built with the official client's chainable setters. */
  @Benchmark
  public V1PodSpec handBuiltFloor() {
    return Pods.handBuilt();
  }

  /** Podwright's fluent API alone: the immutable composition (a breakdown of composeEmit). */
  @Benchmark
  public Composition compose() {
    return Pods.composition();
  }

  /** Podwright's fluent API, then emission (native sidecars, target 1.31). */
  @Benchmark
  public V1PodSpec composeEmit() {
    return emitter.emit(Pods.composition());
  }

  /** Every built-in rule on the emitted spec (target 1.31). */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(emitted);
  }

  /** Compose, emit, then validate the spec: the path without the composition-level rules. */
  @Benchmark
  public void composeEmitValidate(Blackhole blackhole) {
    V1PodSpec spec = emitter.emit(Pods.composition());
    blackhole.consume(spec);
    blackhole.consume(validator.validate(spec));
  }

  /**
   * {@link CompositionValidator#validate}: composition rules (kinds, policy), emission and every
   * spec rule.
   */
  @Benchmark
  public CompositionValidator.Result composeValidateEmit() {
    return compositionValidator.validate(Pods.composition());
  }

  /** {@link #composeValidateEmit} with the opt-in Hibernate Validator model constraints. */
  @Benchmark
  public CompositionValidator.Result composeValidateEmitModelConstraints() {
    return withModelConstraints.validate(Pods.composition());
  }

  /** Podwright's YAML writer. */
  @Benchmark
  public String writeYamlPodwright() {
    return PodSpecWriter.toYaml(emitted);
  }

  /** The official writer, {@code io.kubernetes.client.util.Yaml.dump}. */
  @Benchmark
  public String writeYamlOfficial() {
    return Yaml.dump(emitted);
  }

  /** Podwright's strict reader (schema check, canonical form). */
  @Benchmark
  public V1PodSpec readYamlPodwright() {
    return reader.readPodSpec(yaml);
  }

  /** The official reader, {@code Yaml.loadAs}, for reference (no target). */
  @Benchmark
  public V1PodSpec readYamlOfficial() {
    return Yaml.loadAs(yaml, V1PodSpec.class);
  }
}
