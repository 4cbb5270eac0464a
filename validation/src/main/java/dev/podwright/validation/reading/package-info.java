/**
 * Public API: {@link dev.podwright.validation.reading.ReadProblems} turns what the manifest reader
 * found but did not stop at (schema problems, repeated YAML keys) into violations with their rule
 * ids, and describes those rules for the catalog.
 */
package dev.podwright.validation.reading;
