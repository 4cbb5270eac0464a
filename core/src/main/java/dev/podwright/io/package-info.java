/**
 * Reading and writing Kubernetes manifests and pod specs with Jackson.
 *
 * <ul>
 *   <li>{@link dev.podwright.io.ManifestReader} reads YAML or JSON (multi-document streams, every
 *       workload kind, bare pod specs) into {@link dev.podwright.io.Manifest}s with source
 *       positions, strictly and within {@link dev.podwright.io.ReadLimits}; every problem is a
 *       {@link dev.podwright.io.ManifestReadException} with line, column and field path.
 *   <li>{@link dev.podwright.io.PodSpecWriter} writes deterministic, kubectl-like YAML and JSON.
 *   <li>{@link dev.podwright.io.ModelNormalizer} gives the canonical form in which equal meaning is
 *       equal objects; {@link dev.podwright.io.QuantityFormat} renders quantities as the API server
 *       does; {@link dev.podwright.io.ModelCopies} deep-copies models; {@link
 *       dev.podwright.io.KubernetesJackson} is the one Jackson setup for the official models.
 * </ul>
 */
package dev.podwright.io;
