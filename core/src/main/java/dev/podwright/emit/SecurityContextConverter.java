package dev.podwright.emit;

import dev.podwright.model.SecurityContext;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.ArrayList;

/** Turns a {@link SecurityContext} into a fresh, canonical {@link V1SecurityContext}. */
final class SecurityContextConverter {

  private SecurityContextConverter() {}

  static V1SecurityContext toV1(SecurityContext context) {
    V1SecurityContext v1 = new V1SecurityContext();
    v1.setRunAsNonRoot(context.runAsNonRoot());
    v1.setRunAsUser(context.runAsUser());
    v1.setRunAsGroup(context.runAsGroup());
    v1.setReadOnlyRootFilesystem(context.readOnlyRootFilesystem());
    v1.setAllowPrivilegeEscalation(context.allowPrivilegeEscalation());
    v1.setPrivileged(context.privileged());
    if (!context.addCapabilities().isEmpty() || !context.dropCapabilities().isEmpty()) {
      V1Capabilities capabilities = new V1Capabilities();
      capabilities.setAdd(
          context.addCapabilities().isEmpty() ? null : new ArrayList<>(context.addCapabilities()));
      capabilities.setDrop(
          context.dropCapabilities().isEmpty()
              ? null
              : new ArrayList<>(context.dropCapabilities()));
      v1.setCapabilities(capabilities);
    }
    if (context.seccompProfile() != null || context.seccompLocalhostProfile() != null) {
      v1.setSeccompProfile(
          new V1SeccompProfile()
              .type(context.seccompProfile())
              .localhostProfile(context.seccompLocalhostProfile()));
    }
    if (context.appArmorProfile() != null || context.appArmorLocalhostProfile() != null) {
      v1.setAppArmorProfile(
          new V1AppArmorProfile()
              .type(context.appArmorProfile())
              .localhostProfile(context.appArmorLocalhostProfile()));
    }
    SecurityContext.SeLinuxOptions seLinux = context.seLinuxOptions();
    if (seLinux != null) {
      v1.setSeLinuxOptions(
          new V1SELinuxOptions()
              .user(seLinux.user())
              .role(seLinux.role())
              .type(seLinux.type())
              .level(seLinux.level()));
    }
    v1.setProcMount(context.procMount());
    SecurityContext.WindowsOptions windows = context.windowsOptions();
    if (windows != null) {
      v1.setWindowsOptions(
          new V1WindowsSecurityContextOptions()
              .gmsaCredentialSpecName(windows.gmsaCredentialSpecName())
              .gmsaCredentialSpec(windows.gmsaCredentialSpec())
              .runAsUserName(windows.runAsUserName())
              .hostProcess(windows.hostProcess()));
    }
    return v1;
  }
}
