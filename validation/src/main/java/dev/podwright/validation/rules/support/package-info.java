/**
 * Internal: name and path format checks shared by the rules. Public only because rules in several
 * packages use it; not part of the supported API and may change without notice.
 */
package dev.podwright.validation.rules.support;
