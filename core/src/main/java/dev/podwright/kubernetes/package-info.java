/**
 * Public API, stable: KubernetesVersion (the one place that knows version gates), Quantities (the
 * one safe wrapper around the official Quantity parser), KubernetesModels (deep copies, canonical
 * form and comparison of the official models, without Jackson) and MergeKeys (the Kubernetes merge
 * keys of their list fields).
 */
package dev.podwright.kubernetes;
