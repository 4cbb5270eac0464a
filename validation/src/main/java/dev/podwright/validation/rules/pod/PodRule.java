package dev.podwright.validation.rules.pod;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;

/**
 * The built-in rules for common pod-level fields: one constant per rule, named by its rule id, in
 * catalog order. Hosts pick rules by constant, e.g. {@code PodRule.POD_RESTARTPOLICY_ENUM}.
 */
public enum PodRule implements PodSpecRule {
  /**
   * {@code spec.restartPolicy} is {@code Always}, {@code OnFailure} or {@code Never} ({@code
   * POD_RESTARTPOLICY_ENUM}); unset or empty is defaulted to {@code Always}.
   */
  POD_RESTARTPOLICY_ENUM(
      Severity.ERROR,
      Section.POD_FIELDS,
      "spec.restartPolicy, when set, is Always, OnFailure or Never.",
      "The API server rejects any other value (Unsupported value); values are case-sensitive.",
      "Use Always, OnFailure or Never (exact case), or leave it unset for Always."),

  /**
   * The pod of a workload that runs to completion (Job, CronJob) has {@code restartPolicy} {@code
   * OnFailure} or {@code Never} ({@code TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER}). An unset policy is
   * defaulted to {@code Always}, which the Job API rejects, so it is reported too. Checked only
   * when the context says the workload runs to completion; other workload kinds are not known here.
   */
  TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER(
      Severity.ERROR,
      Section.POD_FIELDS,
      "A Job or CronJob pod template sets restartPolicy to OnFailure or Never.",
      "The API server rejects a Job whose template restarts Always, including an unset policy"
          + " that is defaulted to Always (Required value: valid values: \"OnFailure\","
          + " \"Never\"), and any other value (Unsupported value).",
      "Set restartPolicy: Never (or OnFailure) in the Job's pod template."),

  /**
   * {@code spec.dnsPolicy} and {@code spec.dnsConfig} ({@code POD_DNSPOLICY_ENUM}): the policy is
   * {@code ClusterFirstWithHostNet}, {@code ClusterFirst}, {@code Default} or {@code None} (unset
   * is defaulted); {@code None} needs a dnsConfig with a nameserver; at most 3 nameservers, each an
   * IP address; at most 32 search domains, 2048 characters in all, each a DNS name (underscores and
   * a lone {@code .} tolerated, as with relaxed DNS search validation); every option named.
   */
  POD_DNSPOLICY_ENUM(
      Severity.ERROR,
      Section.POD_FIELDS,
      "spec.dnsPolicy is a known policy, and spec.dnsConfig is complete for None and within"
          + " the resolver's limits.",
      "The API server rejects unknown policies (Unsupported value), None without nameservers"
          + " (Required value) and over-long or malformed DNS settings (Invalid value).",
      "Use ClusterFirst (the default), ClusterFirstWithHostNet, Default or None; with None set"
          + " dnsConfig.nameservers to 1-3 IP addresses."),

  /**
   * {@code spec.activeDeadlineSeconds} lies in 1..2147483647 ({@code POD_ACTIVE_DEADLINE_RANGE}).
   */
  POD_ACTIVE_DEADLINE_RANGE(
      Severity.ERROR,
      Section.POD_FIELDS,
      "spec.activeDeadlineSeconds, when set, is between 1 and 2147483647.",
      "The API server rejects other values (Invalid value).",
      "Use a positive number of seconds, or leave it unset for no deadline.");

  private final RuleInfo info;

  PodRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    switch (this) {
      case POD_RESTARTPOLICY_ENUM -> PodChecks.podRestartPolicyEnum(context, sink);
      case TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER ->
          PodChecks.templateRestartPolicyForController(context, sink);
      case POD_DNSPOLICY_ENUM -> PodChecks.podDnsPolicyEnum(context, sink);
      case POD_ACTIVE_DEADLINE_RANGE -> PodChecks.podActiveDeadlineRange(context, sink);
    }
  }
}
