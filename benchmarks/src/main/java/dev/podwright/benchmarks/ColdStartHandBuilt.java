package dev.podwright.benchmarks;

import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Cold-start floor: a fresh JVM that only hand-builds the typical pod with the official setters.
 * Prints the number of containers so the work cannot be skipped.
 */
public final class ColdStartHandBuilt {

  private ColdStartHandBuilt() {}

  /**
   * Builds the pod once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    V1PodSpec spec = Pods.handBuilt();
    System.out.println(spec.getContainers().size() + spec.getInitContainers().size());
  }
}
