/**
 * Public API, stable: CompositionValidator and the CompositionRule extension point. The built-in
 * composition rules are package-private.
 */
package dev.podwright.validation.composition;
