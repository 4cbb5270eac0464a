package dev.podwright.validation.rules.ephemeral;

import static dev.podwright.validation.rules.JsonSpecs.spec;
import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Violation;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationCollector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EphemeralRulesTest {

  private static final String DEBUGGER =
      "'ephemeralContainers':[{'name':'debugger','image':'busybox:1.36','targetContainerName':'app'}]";

  @Test
  void noEphemeralContainersOnCreate() {
    EphemeralRule rule = EphemeralRule.EPHEMERAL_NOT_ON_CREATE;
    assertReports(rule, spec(DEBUGGER), "spec.ephemeralContainers");
    assertThat(
            new EphemeralRuleRun(rule, FieldPath.of("spec", "template", "spec"))
                .run(DEBUGGER)
                .get(0))
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("spec.template.spec.ephemeralContainers");
              assertThat(v.message()).contains("not allowed in pod template");
            });
    assertClean(rule, spec("'hostname':'web'"));
  }

  @Test
  void namesAreDnsLabelsUniqueAcrossAllContainers() {
    EphemeralRule rule = EphemeralRule.EPHEMERAL_NAME;
    assertReports(
        rule,
        spec(
            "'initContainers':[{'name':'init','image':'busybox:1.36'}],'ephemeralContainers':["
                + "{'name':'app','image':'busybox:1.36'},{'name':'init','image':'busybox:1.36'},"
                + "{'name':'Debug','image':'busybox:1.36'},{'image':'busybox:1.36'},"
                + "{'name':'dbg','image':'busybox:1.36'},{'name':'dbg','image':'busybox:1.36'}]"),
        "spec.ephemeralContainers[0].name",
        "spec.ephemeralContainers[1].name",
        "spec.ephemeralContainers[2].name",
        "spec.ephemeralContainers[3].name",
        "spec.ephemeralContainers[5].name");
    assertClean(rule, spec(DEBUGGER));
  }

  @Test
  void commonFieldsAreChecked() {
    EphemeralRule rule = EphemeralRule.EPHEMERAL_CONTAINER_FIELDS;
    assertReports(
        rule,
        spec(
            "'volumes':[{'name':'data','emptyDir':{}}],'ephemeralContainers':["
                + "{'name':'a','image':' busybox','imagePullPolicy':'always',"
                + "'terminationMessagePolicy':'file'},"
                + "{'name':'b','volumeMounts':[{'name':'data','mountPath':'/d'},"
                + "{'name':'logs','mountPath':'/d'},{'name':'data'}]}]"),
        "spec.ephemeralContainers[0].image",
        "spec.ephemeralContainers[0].imagePullPolicy",
        "spec.ephemeralContainers[0].terminationMessagePolicy",
        "spec.ephemeralContainers[1].image",
        "spec.ephemeralContainers[1].volumeMounts[1].name",
        "spec.ephemeralContainers[1].volumeMounts[1].mountPath",
        "spec.ephemeralContainers[1].volumeMounts[2].mountPath");
    assertClean(
        rule,
        spec(
            "'volumes':[{'name':'data','emptyDir':{}}],'ephemeralContainers':[{'name':'a',"
                + "'image':'busybox:1.36','imagePullPolicy':'IfNotPresent',"
                + "'volumeMounts':[{'name':'data','mountPath':'/d'}]}]"));
  }

  @Test
  void workloadFieldsAreForbidden() {
    EphemeralRule rule = EphemeralRule.EPHEMERAL_FORBIDDEN_FIELDS;
    String at = "spec.ephemeralContainers[0].";
    assertReports(
        rule,
        spec(
            "'volumes':[{'name':'data','emptyDir':{}}],'ephemeralContainers':[{'name':'dbg',"
                + "'image':'busybox:1.36','ports':[{'containerPort':80}],"
                + "'resources':{'limits':{'cpu':'1'}},"
                + "'resizePolicy':[{'resourceName':'cpu','restartPolicy':'NotRequired'}],"
                + "'restartPolicy':'Always',"
                + "'livenessProbe':{'exec':{'command':['true']}},"
                + "'readinessProbe':{'exec':{'command':['true']}},"
                + "'startupProbe':{'exec':{'command':['true']}},"
                + "'lifecycle':{'preStop':{'sleep':{'seconds':1}}},"
                + "'volumeMounts':[{'name':'data','mountPath':'/d','subPath':'x',"
                + "'subPathExpr':'$(POD)'}]}]"),
        at + "ports",
        at + "resources",
        at + "resizePolicy",
        at + "restartPolicy",
        at + "livenessProbe",
        at + "readinessProbe",
        at + "startupProbe",
        at + "lifecycle",
        at + "volumeMounts[0].subPath",
        at + "volumeMounts[0].subPathExpr");
    assertClean(
        rule,
        spec(
            "'volumes':[{'name':'data','emptyDir':{}}],'ephemeralContainers':[{'name':'dbg',"
                + "'image':'busybox:1.36','command':['sh'],'stdin':true,'tty':true,'resources':{},"
                + "'securityContext':{'capabilities':{'add':['SYS_PTRACE']}},"
                + "'volumeMounts':[{'name':'data','mountPath':'/d'}]}]"));
  }

  @Test
  void targetNamesAContainer() {
    EphemeralRule rule = EphemeralRule.EPHEMERAL_TARGET_NOT_FOUND;
    assertReports(
        rule,
        spec(
            "'ephemeralContainers':[{'name':'dbg','image':'busybox:1.36','targetContainerName':'web'}]"),
        "spec.ephemeralContainers[0].targetContainerName");
    assertClean(rule, spec(DEBUGGER));
  }

  /** Runs a rule on a spec found at another path, e.g. a Deployment's pod template. */
  private record EphemeralRuleRun(EphemeralRule rule, FieldPath root) {
    List<Violation> run(String fields) {
      PodSpecContext context =
          new PodSpecContext(
              spec(fields), KubernetesVersion.LATEST, HostPolicy.none(), root, false);
      List<Violation> found = new ArrayList<>();
      rule.check(context, new ViolationCollector(rule.info(), found));
      return found;
    }
  }
}
