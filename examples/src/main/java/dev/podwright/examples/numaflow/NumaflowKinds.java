package dev.podwright.examples.numaflow;

import dev.podwright.model.WorkloadKind;

/** Numaflow's vertex types as workload kinds: sidecars on {@code udf} and {@code sink} only. */
public final class NumaflowKinds {

  /** A user-defined function vertex: sidecars allowed. */
  public static final WorkloadKind UDF = WorkloadKind.builder("udf").build();

  /** A sink vertex: sidecars allowed. */
  public static final WorkloadKind SINK = WorkloadKind.builder("sink").build();

  /** A source vertex: Numaflow runs no sidecars on it. */
  public static final WorkloadKind SOURCE =
      WorkloadKind.builder("source")
          .noSidecars()
          .because(
              "Numaflow does not support sidecars on source vertices; move the helper to the"
                  + " first udf vertex after the source, or to a sink vertex")
          .build();

  private NumaflowKinds() {}
}
