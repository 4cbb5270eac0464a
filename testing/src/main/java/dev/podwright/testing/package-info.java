/** Public API, stable: AssertJ assertions for generated pod specs; start from PodSpecAssertions. */
package dev.podwright.testing;
