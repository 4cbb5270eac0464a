package dev.podwright.benchmarks;

import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.report.ValidationReport;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Validation of pods with many sidecars ({@link Pods#composition(int)}), every built-in rule. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmarks {

  /** How many native sidecars the pod has. */
  @Param({"10", "100", "1000"})
  public int sidecars;

  private PodSpecValidator validator;
  private V1PodSpec spec;

  /** Emits the pod once. */
  @Setup
  public void setUp() {
    validator = Pods.validator();
    spec = Pods.emitter().emit(Pods.composition(sidecars));
  }

  /** Every built-in rule on the pod. */
  @Benchmark
  public ValidationReport validateSidecars() {
    return validator.validate(spec);
  }
}
