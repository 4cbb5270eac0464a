package dev.podwright.emit;

import dev.podwright.model.Owner;

/**
 * Where one element of an emitted pod spec came from: a container, volume, env var or volume mount.
 *
 * @param path the element's Kubernetes path, e.g. {@code spec.initContainers[1]} or {@code
 *     spec.containers[0].env[2]}
 * @param source what kind of source set it
 * @param declarationPath where it is declared in the composition (e.g. {@code sidecars[0].env[1]},
 *     {@code injections[0]}), or null when it came from the base spec
 * @param owner whose container it belongs to
 * @param detail more about it: the host step's name, what was merged, the policy
 */
public record Origin(
    String path, Source source, String declarationPath, Owner owner, String detail) {

  /** The kinds of source an element can come from. */
  public enum Source {
    /** Declared in the composition (or its declaration file). */
    DECLARATION,
    /** The host's base spec. */
    BASE_SPEC,
    /** An injection of the composition into the host's containers. */
    INJECTION,
    /** A resource-defaults policy. */
    DEFAULTS_POLICY,
    /** A host's emit step. */
    HOST_STEP
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(path).append(" <- ").append(source);
    if (declarationPath != null) {
      text.append(' ').append(declarationPath);
    }
    if (owner != null) {
      text.append(" (").append(owner).append(')');
    }
    if (detail != null) {
      text.append(": ").append(detail);
    }
    return text.toString();
  }
}
