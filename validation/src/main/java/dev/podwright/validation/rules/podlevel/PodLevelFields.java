package dev.podwright.validation.rules.podlevel;

/** Shared constants of the pod-level field rules. */
final class PodLevelFields {

  static final String SECTION = "T. Pod-level settings: sysctls, namespaces, aliases, claims";

  private PodLevelFields() {}
}
