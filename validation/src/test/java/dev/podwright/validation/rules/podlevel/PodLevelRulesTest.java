package dev.podwright.validation.rules.podlevel;

import static dev.podwright.validation.rules.JsonSpecs.spec;
import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import org.junit.jupiter.api.Test;

class PodLevelRulesTest {

  @Test
  void sysctlNamesAreValidDistinctAndNotSharedWithTheHost() {
    PodLevelRule rule = PodLevelRule.POD_SYSCTLS;
    assertReports(
        rule,
        spec(
            "'hostNetwork':true,'securityContext':{'sysctls':["
                + "{'name':'','value':'1'},{'name':'Kernel.Foo','value':'1'},"
                + "{'name':'kernel.shm_rmid_forced','value':'1'},"
                + "{'name':'kernel.shm_rmid_forced','value':'0'},"
                + "{'name':'net/ipv4/ip_local_port_range','value':'1024 65535'}]}"),
        "spec.securityContext.sysctls[0].name",
        "spec.securityContext.sysctls[1].name",
        "spec.securityContext.sysctls[3].name",
        "spec.securityContext.sysctls[4].name");
    assertReports(
        rule,
        spec(
            "'hostIPC':true,'securityContext':{'sysctls':[{'name':'fs.mqueue.msg_max','value':'1'},"
                + "{'name':'net.ipv4.tcp_syncookies','value':'1'}]}"),
        "spec.securityContext.sysctls[0].name");
    assertClean(
        rule,
        spec(
            "'securityContext':{'sysctls':[{'name':'net.ipv4.ip_local_port_range',"
                + "'value':'1024 65535'},{'name':'net.ipv4.conf.eno2/100.rp_filter','value':'1'},"
                + "{'name':'kernel.shm_rmid_forced','value':'1'}]}"));
  }

  @Test
  void sysctlGrammarAndNamespaces() {
    assertThat(HostNamespaceChecks.isSysctlName("net.ipv4.conf.all.rp_filter")).isTrue();
    assertThat(HostNamespaceChecks.isSysctlName("net/ipv4/conf/eno2.100/rp_filter")).isTrue();
    assertThat(HostNamespaceChecks.isSysctlName("net..ipv4")).isFalse();
    assertThat(HostNamespaceChecks.isSysctlName("net.ipv4.")).isFalse();
    assertThat(HostNamespaceChecks.isSysctlName("a".repeat(254))).isFalse();
    assertThat(HostNamespaceChecks.namespace("net/ipv4/ip_forward")).isEqualTo("net");
    assertThat(HostNamespaceChecks.namespace("kernel.msgmax")).isEqualTo("ipc");
    assertThat(HostNamespaceChecks.namespace("kernel.pid_max")).isEmpty();
  }

  @Test
  void hostUsersFalseForbidsHostNamespacesFrom133() {
    PodLevelRule rule = PodLevelRule.HOSTUSERS_HOST_NAMESPACES;
    String fields = "'hostUsers':false,'hostNetwork':true,'hostPID':true,'hostIPC':true";
    assertReports(rule, spec(fields), "spec.hostNetwork", "spec.HostPID", "spec.HostIPC");
    assertThat(run(rule, spec(fields), KubernetesVersion.of(1, 32))).isEmpty();
    assertClean(rule, spec("'hostUsers':true,'hostNetwork':true,'hostPID':true"));
    assertClean(rule, spec("'hostUsers':false"));
  }

  @Test
  void hostUsersFalseForbidsVolumeDevicesFrom135() {
    PodLevelRule rule = PodLevelRule.HOSTUSERS_HOST_NAMESPACES;
    String fields =
        "'hostUsers':false,'initContainers':[{'name':'init','image':'busybox:1.36',"
            + "'volumeDevices':[{'name':'disk','devicePath':'/dev/xvda'}]}]";
    assertReports(rule, spec(fields), "spec.initContainers[0].volumeDevices");
    assertThat(run(rule, spec(fields), KubernetesVersion.of(1, 34))).isEmpty();
  }

  @Test
  void shareProcessNamespaceWithHostPid() {
    PodLevelRule rule = PodLevelRule.SHARE_PROCESS_NAMESPACE_HOSTPID;
    assertReports(
        rule,
        spec("'shareProcessNamespace':true,'hostPID':true"),
        "spec.securityContext.shareProcessNamespace");
    assertClean(rule, spec("'shareProcessNamespace':true"));
    assertClean(rule, spec("'shareProcessNamespace':false,'hostPID':true"));
  }

  @Test
  void windowsOptionsOfPodAndContainers() {
    PodLevelRule rule = PodLevelRule.SC_WINDOWS_OPTIONS;
    assertReports(
        rule,
        spec(
            "'securityContext':{'windowsOptions':{'gmsaCredentialSpecName':'Web_Spec',"
                + "'gmsaCredentialSpec':'','runAsUserName':'a\\\\b\\\\c'}},"
                + "'initContainers':[{'name':'init','image':'busybox:1.36','securityContext':"
                + "{'windowsOptions':{'runAsUserName':'user@host'}}}]"),
        "spec.securityContext.windowsOptions.gmsaCredentialSpecName",
        "spec.securityContext.windowsOptions.gmsaCredentialSpec",
        "spec.securityContext.windowsOptions.runAsUserName",
        "spec.initContainers[0].securityContext.windowsOptions.runAsUserName");
    assertClean(
        rule,
        spec(
            "'securityContext':{'windowsOptions':{'gmsaCredentialSpecName':'web-spec',"
                + "'runAsUserName':'NT AUTHORITY\\\\NETWORK SERVICE'}}"));
  }

  @Test
  void runAsUserNameForms() {
    assertThat(PodFieldChecks.runAsUserNameProblem("ContainerUser")).isNull();
    assertThat(PodFieldChecks.runAsUserNameProblem("corp.example.com\\svc")).isNull();
    assertThat(PodFieldChecks.runAsUserNameProblem("")).contains("empty");
    assertThat(PodFieldChecks.runAsUserNameProblem("a\tb")).contains("control");
    assertThat(PodFieldChecks.runAsUserNameProblem("a\\")).contains("User cannot be empty");
    assertThat(PodFieldChecks.runAsUserNameProblem("x".repeat(105))).contains("104");
    assertThat(PodFieldChecks.runAsUserNameProblem("bad|domain.example\\u")).contains("Domain");
  }

  @Test
  void hostAliasesHaveIpsAndDnsHostnames() {
    PodLevelRule rule = PodLevelRule.HOST_ALIASES;
    assertReports(
        rule,
        spec(
            "'hostAliases':[{'ip':'10.0.0.300','hostnames':['db']},"
                + "{'hostnames':['Bad_Host']},{'ip':'fe80::1','hostnames':['ok.example.com']}]"),
        "spec.hostAliases[0].ip",
        "spec.hostAliases[1].ip",
        "spec.hostAliases[1].hostnames[0]");
    assertClean(
        rule,
        spec(
            "'hostAliases':[{'ip':'127.0.0.1','hostnames':['foo.local','bar.local']},"
                + "{'ip':'2001:db8::ffff','hostnames':['v6.local']},{'ip':'::ffff:10.1.2.3'}]"));
  }

  @Test
  void ipAddressGrammar() {
    assertThat(IpAddresses.isIp("010.001.002.003")).isTrue();
    assertThat(IpAddresses.isIp("1:2:3:4:5:6:7:8")).isTrue();
    assertThat(IpAddresses.isIp("::")).isTrue();
    assertThat(IpAddresses.isIp("1::")).isTrue();
    assertThat(IpAddresses.isIp("1:2:3:4:5:6:7:8:9")).isFalse();
    assertThat(IpAddresses.isIp("1::2::3")).isFalse();
    assertThat(IpAddresses.isIp("1:2")).isFalse();
    assertThat(IpAddresses.isIp("12345::")).isFalse();
    assertThat(IpAddresses.isIp("fe80::1%eth0")).isFalse();
    assertThat(IpAddresses.isIp("1.2.3")).isFalse();
    assertThat(IpAddresses.isIp("")).isFalse();
  }

  @Test
  void hostnameOverrideFrom135() {
    PodLevelRule rule = PodLevelRule.POD_HOSTNAME_OVERRIDE;
    String bad = "'hostnameOverride':'Web_1','setHostnameAsFQDN':true,'hostNetwork':true";
    assertReports(
        rule, spec(bad), "spec.hostnameOverride", "spec.hostnameOverride", "spec.hostnameOverride");
    assertReports(
        rule, spec("'hostnameOverride':'" + "a".repeat(65) + "'"), "spec.hostnameOverride");
    assertThat(run(rule, spec(bad), KubernetesVersion.of(1, 34))).isEmpty();
    assertClean(rule, spec("'hostnameOverride':'web-1.example'"));
  }

  @Test
  void resourceClaimsFrom134() {
    PodLevelRule rule = PodLevelRule.POD_RESOURCE_CLAIMS;
    String bad =
        "'resourceClaims':[{'name':'gpu','resourceClaimName':'a','resourceClaimTemplateName':'b'},"
            + "{'name':'gpu','resourceClaimName':'c'},{'name':'Bad'},"
            + "{'resourceClaimTemplateName':'Not_A_Name'}]";
    assertReports(
        rule,
        spec(bad),
        "spec.resourceClaims[0]",
        "spec.resourceClaims[1].name",
        "spec.resourceClaims[2].name",
        "spec.resourceClaims[2]",
        "spec.resourceClaims[3].name",
        "spec.resourceClaims[3].resourceClaimTemplateName");
    assertThat(run(rule, spec(bad), KubernetesVersion.of(1, 33))).isEmpty();
    assertClean(
        rule,
        spec(
            "'resourceClaims':[{'name':'gpu','resourceClaimTemplateName':'gpu-template'},"
                + "{'name':'nic','resourceClaimName':'shared-nic'}]"));
  }
}
