/** Public API: RuleCatalog renders docs/rules.md from the rule classes. */
package dev.podwright.validation.catalog;
