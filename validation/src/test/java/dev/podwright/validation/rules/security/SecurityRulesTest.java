package dev.podwright.validation.rules.security;

import static dev.podwright.validation.rules.RuleHarness.container;
import static dev.podwright.validation.rules.RuleHarness.expect;
import static dev.podwright.validation.rules.RuleHarness.pod;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Severity;
import io.kubernetes.client.openapi.models.V1AppArmorProfile;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodOS;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

  private static V1Container secured(String name, V1SecurityContext sc) {
    return container(name).securityContext(sc);
  }

  @Test
  void uidGidRange() {
    SecurityContextRule rule = SecurityContextRule.SC_UID_GID_RANGE;
    V1PodSpec spec =
        pod(secured("app", new V1SecurityContext().runAsUser(-1L).runAsGroup(1000L)))
            .securityContext(
                new V1PodSecurityContext()
                    .fsGroup(2147483648L)
                    .supplementalGroups(List.of(1L, -5L)));
    expect(
        run(rule, spec),
        "SC_UID_GID_RANGE",
        Severity.ERROR,
        "spec.securityContext.fsGroup",
        "spec.securityContext.supplementalGroups[1]",
        "spec.containers[0].securityContext.runAsUser");
    assertThat(
            run(
                rule,
                pod(secured("app", new V1SecurityContext().runAsUser(0L).runAsGroup(2147483647L)))))
        .isEmpty();
  }

  @Test
  void apeFalseWithPrivileged() {
    SecurityContextRule rule = SecurityContextRule.SC_APE_FALSE_WITH_PRIVILEGED;
    expect(
        run(
            rule,
            pod(
                secured(
                    "app",
                    new V1SecurityContext().allowPrivilegeEscalation(false).privileged(true)))),
        "SC_APE_FALSE_WITH_PRIVILEGED",
        Severity.ERROR,
        "spec.containers[0].securityContext");
    assertThat(
            run(rule, pod(secured("app", new V1SecurityContext().allowPrivilegeEscalation(false)))))
        .isEmpty();
  }

  @Test
  void apeFalseWithCapSysAdmin() {
    SecurityContextRule rule = SecurityContextRule.SC_APE_FALSE_WITH_CAP_SYS_ADMIN;
    V1SecurityContext literal =
        new V1SecurityContext()
            .allowPrivilegeEscalation(false)
            .capabilities(new V1Capabilities().add(List.of("CAP_SYS_ADMIN")));
    expect(
        run(rule, pod(secured("app", literal))),
        "SC_APE_FALSE_WITH_CAP_SYS_ADMIN",
        Severity.ERROR,
        "spec.containers[0].securityContext");
    V1SecurityContext usual =
        new V1SecurityContext()
            .allowPrivilegeEscalation(false)
            .capabilities(new V1Capabilities().add(List.of("SYS_ADMIN")));
    assertThat(run(rule, pod(secured("app", usual)))).isEmpty();
  }

  @Test
  void procMount() {
    SecurityContextRule rule = SecurityContextRule.SC_PROCMOUNT;
    V1PodSpec spec =
        pod(
            secured("a", new V1SecurityContext().procMount("Unmasked")),
            secured("b", new V1SecurityContext().procMount("Masked")));
    expect(
        run(rule, spec),
        "SC_PROCMOUNT",
        Severity.ERROR,
        "spec.containers[0].securityContext.procMount",
        "spec.containers[1].securityContext.procMount");
    assertThat(run(rule, spec, "1.32")).isEmpty();
    assertThat(
            run(
                rule,
                pod(secured("a", new V1SecurityContext().procMount("Unmasked"))).hostUsers(false)))
        .isEmpty();
  }

  @Test
  void seccompProfile() {
    SecurityContextRule rule = SecurityContextRule.SC_SECCOMP_PROFILE;
    V1PodSpec spec =
        pod(
                secured(
                    "a",
                    new V1SecurityContext()
                        .seccompProfile(new V1SeccompProfile().type("Localhost"))),
                secured(
                    "b",
                    new V1SecurityContext()
                        .seccompProfile(
                            new V1SeccompProfile()
                                .type("RuntimeDefault")
                                .localhostProfile("p.json"))),
                secured(
                    "c",
                    new V1SecurityContext()
                        .seccompProfile(
                            new V1SeccompProfile()
                                .type("Localhost")
                                .localhostProfile("../p.json"))))
            .securityContext(
                new V1PodSecurityContext().seccompProfile(new V1SeccompProfile().type("Default")));
    expect(
        run(rule, spec),
        "SC_SECCOMP_PROFILE",
        Severity.ERROR,
        "spec.securityContext.seccompProfile.type",
        "spec.containers[0].securityContext.seccompProfile.localhostProfile",
        "spec.containers[1].securityContext.seccompProfile.localhostProfile",
        "spec.containers[2].securityContext.seccompProfile.localhostProfile");
    V1PodSpec fine =
        pod(secured(
                "a",
                new V1SecurityContext()
                    .seccompProfile(
                        new V1SeccompProfile()
                            .type("Localhost")
                            .localhostProfile("profiles/a.json"))))
            .securityContext(
                new V1PodSecurityContext()
                    .seccompProfile(new V1SeccompProfile().type("RuntimeDefault")));
    assertThat(run(rule, fine)).isEmpty();
  }

  @Test
  void appArmorProfileFrom130() {
    SecurityContextRule rule = SecurityContextRule.SC_APPARMOR_PROFILE;
    V1PodSpec spec =
        pod(
                secured(
                    "a",
                    new V1SecurityContext()
                        .appArmorProfile(
                            new V1AppArmorProfile().type("Localhost").localhostProfile(" k8s "))),
                secured(
                    "b",
                    new V1SecurityContext()
                        .appArmorProfile(
                            new V1AppArmorProfile().type("Unconfined").localhostProfile("x"))))
            .securityContext(
                new V1PodSecurityContext()
                    .appArmorProfile(new V1AppArmorProfile().type("Localhost")));
    expect(
        run(rule, spec),
        "SC_APPARMOR_PROFILE",
        Severity.ERROR,
        "spec.securityContext.appArmorProfile.localhostProfile",
        "spec.containers[0].securityContext.appArmorProfile.localhostProfile",
        "spec.containers[1].securityContext.appArmorProfile.localhostProfile");
    assertThat(run(rule, spec, "1.29")).isEmpty();
    assertThat(
            run(
                rule,
                pod(
                    secured(
                        "a",
                        new V1SecurityContext()
                            .appArmorProfile(
                                new V1AppArmorProfile()
                                    .type("Localhost")
                                    .localhostProfile("k8s-apparmor"))))))
        .isEmpty();
  }

  @Test
  void linuxPodHasNoWindowsOptions() {
    SecurityContextRule rule = SecurityContextRule.SC_OS_LINUX_NO_WINDOWS_OPTIONS;
    V1PodSpec spec =
        pod(
            secured(
                "app",
                new V1SecurityContext()
                    .windowsOptions(new V1WindowsSecurityContextOptions().runAsUserName("u"))));
    assertThat(run(rule, spec)).isEmpty();
    expect(
        run(rule, spec.os(new V1PodOS().name("linux"))),
        "SC_OS_LINUX_NO_WINDOWS_OPTIONS",
        Severity.ERROR,
        "spec.containers[0].securityContext.windowsOptions");
  }

  @Test
  void windowsPodHasNoLinuxFields() {
    SecurityContextRule rule = SecurityContextRule.SC_OS_WINDOWS_NO_LINUX_FIELDS;
    V1PodSpec spec =
        pod(secured("app", new V1SecurityContext().runAsUser(1000L).privileged(false)))
            .hostPID(true)
            .securityContext(new V1PodSecurityContext().fsGroup(2000L))
            .os(new V1PodOS().name("windows"));
    expect(
        run(rule, spec),
        "SC_OS_WINDOWS_NO_LINUX_FIELDS",
        Severity.ERROR,
        "spec.hostPID",
        "spec.securityContext.fsGroup",
        "spec.containers[0].securityContext.runAsUser");
    assertThat(run(rule, spec.os(new V1PodOS().name("linux")))).isEmpty();
  }

  @Test
  void windowsHostProcess() {
    SecurityContextRule rule = SecurityContextRule.SC_WINDOWS_HOSTPROCESS;
    V1SecurityContext hostProcess =
        new V1SecurityContext()
            .windowsOptions(new V1WindowsSecurityContextOptions().hostProcess(true));
    V1SecurityContext notHostProcess =
        new V1SecurityContext()
            .windowsOptions(new V1WindowsSecurityContextOptions().hostProcess(false));
    V1PodSpec spec =
        pod(secured("a", hostProcess), secured("b", notHostProcess))
            .securityContext(
                new V1PodSecurityContext()
                    .windowsOptions(new V1WindowsSecurityContextOptions().hostProcess(true)));
    expect(
        run(rule, spec),
        "SC_WINDOWS_HOSTPROCESS",
        Severity.ERROR,
        "spec.containers[1].securityContext.windowsOptions.hostProcess",
        "spec",
        "spec.hostNetwork");
    expect(
        run(rule, pod(secured("a", hostProcess), container("b")).hostNetwork(true)),
        "SC_WINDOWS_HOSTPROCESS",
        Severity.ERROR,
        "spec");
    assertThat(
            run(
                rule,
                pod(container("a"), container("b"))
                    .hostNetwork(true)
                    .securityContext(
                        new V1PodSecurityContext()
                            .windowsOptions(
                                new V1WindowsSecurityContextOptions().hostProcess(true)))))
        .isEmpty();
  }

  @Test
  void osName() {
    SecurityContextRule rule = SecurityContextRule.POD_OS_NAME;
    expect(
        run(rule, pod(container("app")).os(new V1PodOS().name("Linux"))),
        "POD_OS_NAME",
        Severity.ERROR,
        "spec.os.name");
    expect(
        run(rule, pod(container("app")).os(new V1PodOS())),
        "POD_OS_NAME",
        Severity.ERROR,
        "spec.os.name");
    assertThat(run(rule, pod(container("app")).os(new V1PodOS().name("windows")))).isEmpty();
  }

  @Test
  void podSecurityContextEnums() {
    SecurityContextRule rule = SecurityContextRule.POD_SC_ENUMS;
    V1PodSpec spec =
        pod(container("app"))
            .securityContext(
                new V1PodSecurityContext()
                    .fsGroupChangePolicy("Never")
                    .supplementalGroupsPolicy("Replace")
                    .seLinuxChangePolicy("MountOption"));
    expect(
        run(rule, spec),
        "POD_SC_ENUMS",
        Severity.ERROR,
        "spec.securityContext.fsGroupChangePolicy",
        "spec.securityContext.supplementalGroupsPolicy");
    expect(
        run(rule, spec, "1.32"),
        "POD_SC_ENUMS",
        Severity.ERROR,
        "spec.securityContext.fsGroupChangePolicy");
    assertThat(
            run(
                rule,
                pod(container("app"))
                    .securityContext(
                        new V1PodSecurityContext()
                            .fsGroupChangePolicy("OnRootMismatch")
                            .supplementalGroupsPolicy("Strict")
                            .seLinuxChangePolicy("Recursive"))))
        .isEmpty();
  }
}
