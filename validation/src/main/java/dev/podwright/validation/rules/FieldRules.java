package dev.podwright.validation.rules;

import dev.podwright.validation.rules.env.EnvRule;
import dev.podwright.validation.rules.ports.PortRule;
import dev.podwright.validation.rules.probes.ProbeRule;
import dev.podwright.validation.rules.resources.ResourceRule;
import dev.podwright.validation.rules.security.SecurityContextRule;
import dev.podwright.validation.rules.warnings.WarningRule;
import dev.podwright.validation.spi.PodSpecRule;
import java.util.List;

/**
 * The built-in API-server rules for container fields: what the API server rejects in env and
 * envFrom (catalog section E), ports (F), resources (G), probes and lifecycle hooks (H) and
 * security contexts (I), and the warnings it returns (K). To be combined into {@link
 * ApiServerRules}.
 */
public final class FieldRules {

  private FieldRules() {}

  /** Every rule of this group, in catalog order; a new list of shared, stateless rules. */
  public static List<PodSpecRule> all() {
    return List.of(
        // E. Environment variables
        EnvRule.ENV_NAME_REQUIRED,
        EnvRule.ENV_NAME_FORMAT,
        EnvRule.ENV_VALUEFROM_EXACTLY_ONE,
        EnvRule.ENV_VALUE_AND_VALUEFROM,
        EnvRule.ENV_FIELDREF,
        EnvRule.ENV_RESOURCEFIELDREF,
        EnvRule.ENV_RESOURCEFIELDREF_DIVISOR,
        EnvRule.ENV_KEYREF_NAME_FORMAT,
        EnvRule.ENV_KEYREF_KEY,
        EnvRule.ENV_FILEKEYREF_FIELDS,
        EnvRule.ENV_FILEKEYREF_EMPTYDIR,
        EnvRule.ENVFROM_EXACTLY_ONE,
        EnvRule.ENVFROM_PREFIX_FORMAT,
        EnvRule.ENVFROM_REF_NAME,
        // F. Ports, host networking
        PortRule.PORT_CONTAINERPORT,
        PortRule.PORT_HOSTPORT_RANGE,
        PortRule.PORT_PROTOCOL_ENUM,
        PortRule.PORT_NAME_IANA,
        PortRule.PORT_NAME_UNIQUE_IN_CONTAINER,
        PortRule.HOSTPORT_CONFLICT_REGULAR,
        PortRule.HOSTPORT_CONFLICT_INIT_PER_CONTAINER,
        PortRule.HOSTNETWORK_HOSTPORT_EQ_CONTAINERPORT,
        // G. Resources and quantities
        ResourceRule.RES_NAME_QUALIFIED,
        ResourceRule.RES_NAME_STANDARD,
        ResourceRule.RES_NAME_EXTENDED,
        ResourceRule.RES_QUANTITY_NONNEGATIVE,
        ResourceRule.RES_QUANTITY_INTEGER,
        ResourceRule.RES_REQUEST_LE_LIMIT,
        ResourceRule.RES_NON_OVERCOMMIT_EQUAL,
        ResourceRule.RES_HUGEPAGES_NEED_CPU_OR_MEMORY,
        ResourceRule.RES_HUGEPAGES_MULTIPLE,
        ResourceRule.RES_CLAIMS_REFERENCE,
        ResourceRule.RESIZE_POLICY,
        ResourceRule.POD_LEVEL_RESOURCES,
        ResourceRule.POD_OVERHEAD,
        // H. Probes and lifecycle hooks
        ProbeRule.PROBE_HANDLER_EXACTLY_ONE,
        ProbeRule.PROBE_EXEC_COMMAND,
        ProbeRule.PROBE_HTTPGET,
        ProbeRule.PROBE_TCP_GRPC_PORT,
        ProbeRule.PROBE_TIMING_NONNEGATIVE,
        ProbeRule.PROBE_SUCCESS_THRESHOLD_ONE,
        ProbeRule.PROBE_TERMINATION_GRACE,
        ProbeRule.LIFECYCLE_HANDLER_EXACTLY_ONE,
        ProbeRule.LIFECYCLE_SLEEP_RANGE,
        // I. Security context
        SecurityContextRule.SC_UID_GID_RANGE,
        SecurityContextRule.SC_APE_FALSE_WITH_PRIVILEGED,
        SecurityContextRule.SC_APE_FALSE_WITH_CAP_SYS_ADMIN,
        SecurityContextRule.SC_PROCMOUNT,
        SecurityContextRule.SC_SECCOMP_PROFILE,
        SecurityContextRule.SC_APPARMOR_PROFILE,
        SecurityContextRule.SC_OS_LINUX_NO_WINDOWS_OPTIONS,
        SecurityContextRule.SC_OS_WINDOWS_NO_LINUX_FIELDS,
        SecurityContextRule.SC_WINDOWS_HOSTPROCESS,
        SecurityContextRule.POD_OS_NAME,
        SecurityContextRule.POD_SC_ENUMS,
        // K. Warnings returned by the API server
        WarningRule.W_ENV_DUPLICATE_NAME,
        WarningRule.W_PORT_DUPLICATE,
        WarningRule.W_PORT_OVERLAPPING,
        WarningRule.W_PORT_AMBIGUOUS_HOSTIP,
        WarningRule.W_PORT_HOSTIP_WITHOUT_HOSTPORT,
        WarningRule.W_PORT_NAME_DUP_ACROSS_CONTAINERS,
        WarningRule.W_FRACTIONAL_BYTES,
        WarningRule.W_VOLUME_OVERLAPPING_PATHS,
        WarningRule.W_PROJECTED_EMPTY_SOURCE,
        WarningRule.W_DEPRECATED_VOLUME_PLUGIN,
        WarningRule.W_IMAGEPULLSECRETS,
        WarningRule.W_HOSTALIAS_DUP_IP,
        WarningRule.W_NEGATIVE_TGPS,
        WarningRule.W_NONSTANDARD_IP,
        WarningRule.W_SELECTOR_NULL_OR_DEPRECATED_LABEL);
  }
}
