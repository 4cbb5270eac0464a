package dev.podwright.validation.rules.podlevel;

import dev.podwright.validation.report.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.Section;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;

/**
 * The built-in rules for pod-level fields beyond the common ones: sysctls, user and host
 * namespaces, Windows options, host aliases, the hostname override and resource claims, as the API
 * server checks them on Pod create. One constant per rule, named by its rule id, in catalog order.
 */
public enum PodLevelRule implements PodSpecRule {
  /**
   * {@code spec.securityContext.sysctls[*].name} ({@code POD_SYSCTLS}): set, a sysctl name of at
   * most 253 characters (segments of {@code [a-z0-9]([-_a-z0-9]*[a-z0-9])?} joined by '.' or '/'),
   * not repeated, and not a net-namespaced sysctl with hostNetwork or an IPC-namespaced one with
   * hostIPC.
   */
  POD_SYSCTLS(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "Pod sysctls have valid, distinct names, and no net.* sysctl is set with hostNetwork (no"
          + " IPC sysctl with hostIPC).",
      "The API server rejects an empty (Required), malformed (Invalid) or repeated (Duplicate)"
          + " sysctl name, and a namespaced sysctl in a pod that shares that namespace with the"
          + " host (Invalid value at spec.securityContext.sysctls[i].name).",
      "Name each sysctl once, in lowercase (e.g. net.ipv4.ip_local_port_range); drop net.*"
          + " sysctls from hostNetwork pods."),

  /**
   * {@code hostUsers: false} ({@code HOSTUSERS_HOST_NAMESPACES}), from 1.33 when user namespaces
   * are on by default (before, the field is dropped): no hostNetwork, hostPID or hostIPC; from 1.35
   * no container volumeDevices.
   */
  HOSTUSERS_HOST_NAMESPACES(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "A pod with hostUsers: false shares no host namespace (hostNetwork, hostPID, hostIPC) and,"
          + " from 1.35, uses no volumeDevices (Kubernetes 1.33 or later).",
      "The API server forbids host namespaces in a user-namespaced pod (Forbidden at"
          + " spec.hostNetwork, spec.HostPID, spec.HostIPC); before 1.33 hostUsers is dropped.",
      "Either keep hostUsers unset (true) or drop hostNetwork, hostPID, hostIPC and"
          + " volumeDevices."),

  /**
   * {@code shareProcessNamespace: true} with {@code hostPID: true} ({@code
   * SHARE_PROCESS_NAMESPACE_HOSTPID}).
   */
  SHARE_PROCESS_NAMESPACE_HOSTPID(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "shareProcessNamespace and hostPID are not both true.",
      "The API server rejects the pair (Invalid value at"
          + " spec.securityContext.shareProcessNamespace: ShareProcessNamespace and HostPID"
          + " cannot both be enabled).",
      "Use one: hostPID shares the host's process namespace, shareProcessNamespace only the"
          + " pod's."),

  /**
   * {@code windowsOptions} of the pod and of every container ({@code SC_WINDOWS_OPTIONS}):
   * gmsaCredentialSpecName a DNS-1123 subdomain, gmsaCredentialSpec non-empty and under 64 KiB,
   * runAsUserName {@code [DOMAIN\]user} with a NetBIOS or DNS domain under 256 characters and a
   * user of 1-104 characters without control or special characters.
   */
  SC_WINDOWS_OPTIONS(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "windowsOptions hold a valid gmsaCredentialSpecName, a non-empty gmsaCredentialSpec under"
          + " 64 KiB and a well-formed runAsUserName.",
      "The API server rejects malformed Windows options (Invalid value), on pods and containers"
          + " alike.",
      "Use the name of a GMSACredentialSpec object and runAsUserName as user or DOMAIN\\user"
          + " (one backslash, no control characters)."),

  /**
   * {@code spec.hostAliases} ({@code HOST_ALIASES}): each ip is an IP address and each hostname a
   * DNS-1123 subdomain.
   */
  HOST_ALIASES(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "hostAliases entries have an IP address and DNS-1123 subdomain hostnames.",
      "The API server rejects a missing or malformed ip and hostnames that are not lowercase DNS"
          + " names (Invalid value at spec.hostAliases[i].ip / .hostnames[j]).",
      "Give each entry an ip like 10.1.2.3 and lowercase hostnames like db.example.com."),

  /**
   * {@code spec.hostnameOverride} ({@code POD_HOSTNAME_OVERRIDE}), from 1.35 when the
   * HostnameOverride gate is on by default (before, the field is dropped): at most 64 characters, a
   * DNS-1123 subdomain, and not together with setHostnameAsFQDN or hostNetwork.
   */
  POD_HOSTNAME_OVERRIDE(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "spec.hostnameOverride is a DNS-1123 subdomain of at most 64 characters, without"
          + " setHostnameAsFQDN or hostNetwork (Kubernetes 1.35 or later).",
      "The API server rejects a long (Too long) or malformed (Invalid) override and forbids it"
          + " with setHostnameAsFQDN: true or hostNetwork: true; before 1.35 it is dropped.",
      "Use a short lowercase DNS name, and leave setHostnameAsFQDN and hostNetwork unset."),

  /**
   * {@code spec.resourceClaims} ({@code POD_RESOURCE_CLAIMS}), from 1.34 when dynamic resource
   * allocation is on by default (before, the field is dropped): every claim has a unique DNS-1123
   * label name and exactly one of resourceClaimName and resourceClaimTemplateName, a DNS-1123
   * subdomain.
   */
  POD_RESOURCE_CLAIMS(
      Severity.ERROR,
      Section.POD_SETTINGS,
      "Pod resource claims have unique DNS-1123 label names and exactly one of"
          + " resourceClaimName and resourceClaimTemplateName (Kubernetes 1.34 or later).",
      "The API server rejects a missing (Required), repeated (Duplicate) or malformed (Invalid)"
          + " name, and claims with both or neither source (Invalid value at"
          + " spec.resourceClaims[i]).",
      "Name each claim once (e.g. gpu) and point it at either a ResourceClaim or a"
          + " ResourceClaimTemplate.");

  private final RuleInfo info;

  PodLevelRule(Severity severity, Section section, String what, String why, String fix) {
    this.info = new RuleInfo(name(), severity, section, what, why, fix);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    // The host-namespace checks report nothing unless the pod sets the field they start from;
    // testing it here keeps their class unloaded for a pod without them (cold start).
    V1PodSpec spec = context.spec();
    switch (this) {
      case POD_SYSCTLS -> {
        if (spec.getSecurityContext() != null && isSet(spec.getSecurityContext().getSysctls())) {
          HostNamespaceChecks.podSysctls(context, sink);
        }
      }
      case HOSTUSERS_HOST_NAMESPACES -> {
        if (Boolean.FALSE.equals(spec.getHostUsers())) {
          HostNamespaceChecks.hostUsersHostNamespaces(context, sink);
        }
      }
      case SHARE_PROCESS_NAMESPACE_HOSTPID -> {
        if (Boolean.TRUE.equals(spec.getShareProcessNamespace())) {
          HostNamespaceChecks.shareProcessNamespaceHostPid(context, sink);
        }
      }
      case SC_WINDOWS_OPTIONS -> {
        if (anySecurityContext(context)) {
          PodFieldChecks.scWindowsOptions(context, sink);
        }
      }
      case HOST_ALIASES -> {
        if (isSet(spec.getHostAliases())) {
          PodFieldChecks.hostAliases(context, sink);
        }
      }
      case POD_HOSTNAME_OVERRIDE -> {
        if (spec.getHostnameOverride() != null) {
          PodFieldChecks.podHostnameOverride(context, sink);
        }
      }
      case POD_RESOURCE_CLAIMS -> {
        if (isSet(spec.getResourceClaims())) {
          PodFieldChecks.podResourceClaims(context, sink);
        }
      }
    }
  }

  /**
   * Whether the pod, one of its containers or one of its ephemeral containers has a security
   * context: the Windows options check reads nothing else.
   */
  private static boolean anySecurityContext(PodSpecContext context) {
    if (context.spec().getSecurityContext() != null) {
      return true;
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        return true;
      }
    }
    List<V1EphemeralContainer> ephemeral = context.spec().getEphemeralContainers();
    for (int i = 0; ephemeral != null && i < ephemeral.size(); i++) {
      if (ephemeral.get(i) != null && ephemeral.get(i).getSecurityContext() != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSet(List<?> list) {
    return list != null && !list.isEmpty();
  }
}
