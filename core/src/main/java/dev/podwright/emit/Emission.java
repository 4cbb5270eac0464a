package dev.podwright.emit;

import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * What one emission produced: the pod spec and the record of where each of its containers, volumes,
 * env vars and mounts came from and which precedence decided each collision.
 *
 * @param spec the emitted pod spec (the caller's to keep; a fresh object every time)
 * @param provenance where each part came from
 */
public record Emission(V1PodSpec spec, Provenance provenance) {}
