/**
 * The Pod Security Standards (baseline and restricted) as pod-security-admission checks them: one
 * {@link dev.podwright.validation.pss.PodSecurityCheck} per PSA check, active per the host policy's
 * level.
 */
package dev.podwright.validation.pss;
