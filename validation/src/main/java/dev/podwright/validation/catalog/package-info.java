/** Public API: RuleCatalog renders rule catalogs (docs/rules.md, a host validator's rules). */
package dev.podwright.validation.catalog;
