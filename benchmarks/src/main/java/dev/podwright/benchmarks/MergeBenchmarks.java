package dev.podwright.benchmarks;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.validation.PodSpecValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;
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
 * The paths platforms run (see {@link MergePods}): a composition merged onto a realistic base spec
 * with an injection, with and without validation, the injection path alone, and the same merged
 * spec hand-built. Average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MergeBenchmarks {

  private PodSpecEmitter emitter;
  private PodSpecValidator validator;
  private BaseSpec base;

  /** The shared, immutable emitter, validator and base spec. */
  @Setup
  public void setUp() {
    emitter = MergePods.emitter();
    validator = Pods.validator();
    base = MergePods.base();
  }

  /** The floor: the merged spec hand-built with the official models. */
  @Benchmark
  public V1PodSpec handBuiltMergedFloor() {
    return MergePods.handBuilt();
  }

  /** Compose, then emit onto the base spec (merge, placement, injection, provenance). */
  @Benchmark
  public Emission composeEmitOntoBase() {
    return emitter.emission(MergePods.composition(), base);
  }

  /** Compose, emit onto the base spec, then validate the result with every spec rule. */
  @Benchmark
  public void composeEmitOntoBaseValidate(Blackhole blackhole) {
    Emission emission = emitter.emission(MergePods.composition(), base);
    blackhole.consume(emission);
    blackhole.consume(validator.validate(emission.spec()));
  }

  /** Only an injection into every app container of the base spec. */
  @Benchmark
  public Emission injectionPath() {
    return emitter.emission(MergePods.injectionOnly(), base);
  }
}
