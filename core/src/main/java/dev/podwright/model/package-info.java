/**
 * Public API, stable: the immutable composition model (Composition, ContainerSpec, Sidecar,
 * InitContainer, Volume, VolumeMount, EnvVar, EnvFrom, Port, Resources, Probe, Action, Lifecycle,
 * SecurityContext, WorkloadKind) and its builders. Values are immutable and thread-safe; nothing
 * here reads the environment.
 */
package dev.podwright.model;
