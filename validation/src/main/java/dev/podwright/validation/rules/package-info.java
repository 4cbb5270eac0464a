/**
 * The built-in rule registries (ApiServerRules, StructureRules, FieldRules, RuntimeHazardRules,
 * PolicyRules, PodSecurityRules). The rule classes in the sub-packages are public so hosts can pick
 * rules, but their ids (in docs/rules.md) are the stable contract, not their class names.
 */
package dev.podwright.validation.rules;
