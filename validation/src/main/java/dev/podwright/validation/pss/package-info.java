/**
 * The Pod Security Standards (baseline and restricted) as pod-security-admission checks them: the
 * enum {@link dev.podwright.validation.pss.PodSecurityRule}, one constant per PSA check (active per
 * the host policy's level), its logic in one package-private class per check, and {@link
 * dev.podwright.validation.pss.PodSecurityStandards} to evaluate a whole pod.
 */
package dev.podwright.validation.pss;
