/**
 * Validation of a manifest as its workload controller runs it: {@link
 * dev.podwright.validation.manifest.ManifestValidator} takes a {@link dev.podwright.io.Manifest}
 * read by {@link dev.podwright.io.ManifestReader} and applies the spec rules to the pod the
 * controller creates (a StatefulSet's claim volumes added, a Job's completion semantics), the rules
 * of the workload kind itself, and the kind's path prefix and source positions to every finding.
 */
package dev.podwright.validation.manifest;
