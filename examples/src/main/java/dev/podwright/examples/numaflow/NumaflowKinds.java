package dev.podwright.examples.numaflow;

import dev.podwright.model.WorkloadKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The workload kinds of Numaflow pipeline vertices. */
public final class NumaflowKinds {

  /** A source vertex: Numaflow runs no sidecars next to it. */
  public static final WorkloadKind SOURCE =
      WorkloadKind.builder("source")
          .noSidecars()
          .because("Numaflow source vertices do not support sidecars")
          .build();

  /** A user-defined function (map or reduce) vertex. */
  public static final WorkloadKind UDF = WorkloadKind.builder("udf").build();

  /** A sink vertex. */
  public static final WorkloadKind SINK = WorkloadKind.builder("sink").build();

  private NumaflowKinds() {}

  /** The kinds by name ({@code source}, {@code udf}, {@code sink}), for a declaration reader. */
  public static Map<String, WorkloadKind> byName() {
    Map<String, WorkloadKind> kinds = new LinkedHashMap<>();
    kinds.put(SOURCE.name(), SOURCE);
    kinds.put(UDF.name(), UDF);
    kinds.put(SINK.name(), SINK);
    return Map.copyOf(kinds);
  }
}
