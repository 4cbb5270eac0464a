/**
 * Public API for hosts writing their own rules: PodSpecRule, RuleInfo, PodSpecContext,
 * ContainerRef, ViolationSink, ViolationCollector.
 */
package dev.podwright.validation.spi;
