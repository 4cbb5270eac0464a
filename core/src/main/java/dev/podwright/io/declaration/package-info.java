/**
 * Public API, stable: the Podwright declaration format ({@link
 * dev.podwright.io.declaration.DeclarationReader}, {@link
 * dev.podwright.io.declaration.Declaration}) and the reading toolkit a host's own platform adapter
 * is written with: {@link dev.podwright.io.declaration.SourceDocument} (one YAML or JSON document
 * read within the limits, with the position of every path), {@link
 * dev.podwright.io.declaration.Node} (typed access that fails at a path, line and column), {@link
 * dev.podwright.io.declaration.KubernetesFragments} (the strict binder for Kubernetes fragments:
 * containers, volumes, mounts, env sources) and {@link
 * dev.podwright.io.declaration.DeclarationReadException}. The seed platforms' adapters (Numaflow,
 * HKube, Feldera) are written with it in the examples module, {@code dev.podwright.examples.*}.
 */
package dev.podwright.io.declaration;
