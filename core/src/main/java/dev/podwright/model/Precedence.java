package dev.podwright.model;

/**
 * Which value wins when two sources set the same thing: the composition and the host's base spec,
 * an injection and a host container, a resource-defaults policy and a container's own resources.
 * Every collision is decided by one of these and recorded in the emission's provenance.
 */
public enum Precedence {
  /** Every collision is a conflict; emission fails listing them all (the default). */
  FAIL,
  /**
   * The incoming value (the composition's, the injection's, the policy's) replaces the existing
   * one: a scalar or list entry is replaced whole, never a union of one-of fields.
   */
  OVERRIDE,
  /**
   * The existing value is kept and the incoming one is added only where nothing is set: what Dapr
   * and Istio do when they inject into a user's container.
   */
  KEEP_EXISTING
}
