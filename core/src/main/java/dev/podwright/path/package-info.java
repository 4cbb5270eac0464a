/** Public API, stable: FieldPath, the one path type used by emission, I/O and validation. */
package dev.podwright.path;
