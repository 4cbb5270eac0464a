/**
 * The built-in rule registries: {@code BuiltInRules} (every group, built once) and the group
 * classes ApiServerRules, StructureRules, FieldRules, RuntimeHazardRules, PolicyRules and
 * PodSecurityRules, all derived from the {@code values()} of the rule enums: nothing lists a rule
 * by hand. Each sub-package holds one public enum of rules, one constant per rule named by its rule
 * id and declared once with its severity, {@link dev.podwright.validation.spi.Section}, what, why
 * and fix (for example {@code ContainerRule.CONTAINER_IMAGE_WHITESPACE}), so hosts can pick single
 * rules; the package-private {@code ...Checks} classes beside it hold the checks. The ids (in
 * docs/rules.md) are the stable contract; the enums are grouped by topic and a rule may move
 * between them.
 */
package dev.podwright.validation.rules;
