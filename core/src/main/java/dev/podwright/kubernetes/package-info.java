/**
 * Public API, stable: KubernetesVersion (the one place that knows version gates) and Quantities
 * (the one safe wrapper around the official Quantity parser).
 */
package dev.podwright.kubernetes;
