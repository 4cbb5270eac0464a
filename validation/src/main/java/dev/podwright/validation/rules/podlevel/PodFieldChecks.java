package dev.podwright.validation.rules.podlevel;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1PodResourceClaim;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link PodLevelRule#SC_WINDOWS_OPTIONS}, {@link PodLevelRule#HOST_ALIASES},
 * {@link PodLevelRule#POD_HOSTNAME_OVERRIDE} and {@link PodLevelRule#POD_RESOURCE_CLAIMS}: the API
 * server's {@code validateWindowsSecurityContextOptions}, {@code ValidateHostAliases}, {@code
 * validatePodHostName} and {@code validatePodResourceClaims}.
 */
final class PodFieldChecks {

  static final int MAX_GMSA_CREDENTIAL_SPEC_BYTES = 64 * 1024;

  static final int MAX_RUN_AS_USER_NAME_DOMAIN = 256;

  static final int MAX_RUN_AS_USER_NAME_USER = 104;

  static final int MAX_HOSTNAME_OVERRIDE = 64;

  private PodFieldChecks() {}

  /** Checks {@link PodLevelRule#SC_WINDOWS_OPTIONS}. */
  static void scWindowsOptions(PodSpecContext context, ViolationSink sink) {
    V1PodSpec spec = context.spec();
    if (spec.getSecurityContext() != null) {
      windowsOptions(
          spec.getSecurityContext().getWindowsOptions(),
          context.root().child("securityContext").child("windowsOptions"),
          sink);
    }
    for (ContainerRef ref : context.containers()) {
      if (ref.container().getSecurityContext() != null) {
        windowsOptions(
            ref.container().getSecurityContext().getWindowsOptions(),
            ref.path().child("securityContext").child("windowsOptions"),
            sink);
      }
    }
    List<V1EphemeralContainer> ephemeral = spec.getEphemeralContainers();
    for (int i = 0; ephemeral != null && i < ephemeral.size(); i++) {
      V1EphemeralContainer container = ephemeral.get(i);
      if (container != null && container.getSecurityContext() != null) {
        windowsOptions(
            container.getSecurityContext().getWindowsOptions(),
            context
                .root()
                .child("ephemeralContainers")
                .index(i)
                .child("securityContext")
                .child("windowsOptions"),
            sink);
      }
    }
  }

  private static void windowsOptions(
      V1WindowsSecurityContextOptions options, FieldPath path, ViolationSink sink) {
    if (options == null) {
      return;
    }
    String specName = options.getGmsaCredentialSpecName();
    if (specName != null
        && (specName.length() > DnsNames.SUBDOMAIN_MAX_LENGTH
            || !DnsNames.isDns1123Subdomain(specName))) {
      sink.report(
          path.child("gmsaCredentialSpecName"),
          specName,
          "Invalid value: \""
              + specName
              + "\": must be a lowercase DNS-1123 subdomain (the name of a GMSACredentialSpec).");
    }
    String credentialSpec = options.getGmsaCredentialSpec();
    if (credentialSpec != null) {
      int bytes = utf8Length(credentialSpec);
      if (bytes == 0) {
        sink.report(
            path.child("gmsaCredentialSpec"),
            credentialSpec,
            "Invalid value: gmsaCredentialSpec cannot be an empty string.");
      } else if (bytes > MAX_GMSA_CREDENTIAL_SPEC_BYTES) {
        sink.report(
            path.child("gmsaCredentialSpec"),
            bytes,
            "Invalid value: gmsaCredentialSpec size must be under 64 KiB; it has "
                + bytes
                + " bytes.");
      }
    }
    String userName = options.getRunAsUserName();
    if (userName != null) {
      String problem = runAsUserNameProblem(userName);
      if (problem != null) {
        sink.report(
            path.child("runAsUserName"),
            userName,
            "Invalid value: \"" + userName + "\": " + problem + ".");
      }
    }
  }

  /** What is wrong with a Windows {@code runAsUserName} ({@code DOMAIN\\user} or user), or null. */
  static String runAsUserNameProblem(String name) {
    if (name.isEmpty()) {
      return "runAsUserName cannot be an empty string";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "runAsUserName cannot contain control characters";
      }
    }
    int backslash = name.indexOf('\\');
    if (backslash >= 0 && name.indexOf('\\', backslash + 1) >= 0) {
      return "runAsUserName cannot contain more than one backslash";
    }
    String domain = backslash < 0 ? null : name.substring(0, backslash);
    String user = backslash < 0 ? name : name.substring(backslash + 1);
    if (domain != null && domain.length() >= MAX_RUN_AS_USER_NAME_DOMAIN) {
      return "runAsUserName's Domain length must be under 256 characters";
    }
    if (domain != null && !isNetBiosName(domain) && !isDnsDomain(domain)) {
      return "runAsUserName's Domain doesn't match the NetBios nor the DNS format";
    }
    if (user.isEmpty()) {
      return "runAsUserName's User cannot be empty";
    }
    if (user.length() > MAX_RUN_AS_USER_NAME_USER) {
      return "runAsUserName's User length must not be longer than 104 characters";
    }
    for (int i = 0; i < user.length(); i++) {
      if ("\"/\\:;|=,+*?<>@[]".indexOf(user.charAt(i)) >= 0) {
        return "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]";
      }
    }
    return null;
  }

  /** A NetBIOS name: 1-15 characters, none of {@code \ / : * ? " < > |}, not starting with '.'. */
  private static boolean isNetBiosName(String domain) {
    if (domain.isEmpty() || domain.length() > 15 || domain.charAt(0) == '.') {
      return false;
    }
    for (int i = 0; i < domain.length(); i++) {
      if ("\\/:*?\"<>|".indexOf(domain.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A DNS domain: dot-separated labels of letters, digits and inner '-', each 1-63 long. */
  private static boolean isDnsDomain(String domain) {
    int start = 0;
    for (int i = 0; i <= domain.length(); i++) {
      if (i == domain.length() || domain.charAt(i) == '.') {
        if (i - start < 1 || i - start > 63) {
          return false;
        }
        for (int j = start; j < i; j++) {
          char c = domain.charAt(j);
          boolean alnum =
              (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
          if (!alnum && (c != '-' || j == start || j == i - 1)) {
            return false;
          }
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Checks {@link PodLevelRule#HOST_ALIASES}. */
  static void hostAliases(PodSpecContext context, ViolationSink sink) {
    List<V1HostAlias> aliases = context.spec().getHostAliases();
    if (aliases == null) {
      return;
    }
    FieldPath root = context.root().child("hostAliases");
    for (int i = 0; i < aliases.size(); i++) {
      V1HostAlias alias = aliases.get(i);
      if (alias == null) {
        continue;
      }
      String ip = alias.getIp();
      if (ip == null || !IpAddresses.isIp(ip)) {
        sink.report(
            root.index(i).child("ip"),
            ip,
            "Invalid value: \""
                + ip
                + "\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff).");
      }
      List<String> hostnames = alias.getHostnames();
      for (int j = 0; hostnames != null && j < hostnames.size(); j++) {
        String hostname = hostnames.get(j);
        if (hostname == null
            || hostname.length() > DnsNames.SUBDOMAIN_MAX_LENGTH
            || !DnsNames.isDns1123Subdomain(hostname)) {
          sink.report(
              root.index(i).child("hostnames").index(j),
              hostname,
              "Invalid value: \"" + hostname + "\": must be a lowercase DNS-1123 subdomain.");
        }
      }
    }
  }

  /** Checks {@link PodLevelRule#POD_HOSTNAME_OVERRIDE}. */
  static void podHostnameOverride(PodSpecContext context, ViolationSink sink) {
    V1PodSpec spec = context.spec();
    String override = spec.getHostnameOverride();
    if (override == null || !context.version().isAtLeast(KubernetesVersion.HOSTNAME_OVERRIDE)) {
      return;
    }
    FieldPath path = context.root().child("hostnameOverride");
    if (override.length() > MAX_HOSTNAME_OVERRIDE) {
      sink.report(
          path,
          override.length(),
          "Too long: may not be more than 64 bytes; it has " + override.length() + ".");
    } else if (!DnsNames.isDns1123Subdomain(override)) {
      sink.report(
          path,
          override,
          "Invalid value: \"" + override + "\": must be a lowercase DNS-1123 subdomain.");
    }
    if (Boolean.TRUE.equals(spec.getSetHostnameAsFQDN())) {
      sink.report(path, override, "Forbidden: may not be set when setHostnameAsFQDN is true.");
    }
    if (Boolean.TRUE.equals(spec.getHostNetwork())) {
      sink.report(path, override, "Forbidden: may not be set when hostNetwork is true.");
    }
  }

  /** Checks {@link PodLevelRule#POD_RESOURCE_CLAIMS}. */
  static void podResourceClaims(PodSpecContext context, ViolationSink sink) {
    List<V1PodResourceClaim> claims = context.spec().getResourceClaims();
    if (claims == null
        || !context.version().isAtLeast(KubernetesVersion.DYNAMIC_RESOURCE_ALLOCATION)) {
      return;
    }
    FieldPath root = context.root().child("resourceClaims");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      V1PodResourceClaim claim = claims.get(i);
      if (claim == null) {
        continue;
      }
      FieldPath path = root.index(i);
      String name = claim.getName();
      if (name == null || name.isEmpty()) {
        sink.report(path.child("name"), null, "Required value: a pod resource claim needs a name.");
      } else if (names.contains(name)) {
        sink.report(path.child("name"), name, "Duplicate value: \"" + name + "\".");
      } else {
        if (!DnsNames.isDns1123Label(name)) {
          sink.report(
              path.child("name"),
              name,
              "Invalid value: \""
                  + name
                  + "\": "
                  + String.join("; ", DnsNames.dns1123LabelErrors(name))
                  + ".");
        }
        names.add(name);
      }
      String claimName = claim.getResourceClaimName();
      String templateName = claim.getResourceClaimTemplateName();
      if (claimName != null && templateName != null) {
        sink.report(
            path,
            null,
            "Invalid value: at most one of `resourceClaimName` or `resourceClaimTemplateName` may"
                + " be specified.");
      }
      if (claimName == null && templateName == null) {
        sink.report(
            path,
            null,
            "Invalid value: must specify one of: `resourceClaimName`,"
                + " `resourceClaimTemplateName`.");
      }
      objectName(claimName, path.child("resourceClaimName"), sink);
      objectName(templateName, path.child("resourceClaimTemplateName"), sink);
    }
  }

  private static void objectName(String name, FieldPath path, ViolationSink sink) {
    if (name != null
        && (name.length() > DnsNames.SUBDOMAIN_MAX_LENGTH || !DnsNames.isDns1123Subdomain(name))) {
      sink.report(
          path, name, "Invalid value: \"" + name + "\": must be a lowercase DNS-1123 subdomain.");
    }
  }
}
