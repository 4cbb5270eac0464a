package dev.podwright.validation.policy;

/** The Pod Security Standards levels, from least to most restrictive. */
public enum PodSecurityLevel {
  /** Unrestricted: no checks. */
  PRIVILEGED,
  /** Prevents known privilege escalations. */
  BASELINE,
  /** Hardening best practices; includes every baseline check. */
  RESTRICTED
}
