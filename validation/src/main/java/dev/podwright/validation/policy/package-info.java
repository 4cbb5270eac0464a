/** Public API, stable: HostPolicy and PodSecurityLevel, what a host platform allows, as data. */
package dev.podwright.validation.policy;
