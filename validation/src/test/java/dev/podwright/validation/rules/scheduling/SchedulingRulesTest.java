package dev.podwright.validation.rules.scheduling;

import static dev.podwright.validation.rules.JsonSpecs.spec;
import static dev.podwright.validation.rules.RuleHarness.assertClean;
import static dev.podwright.validation.rules.RuleHarness.assertReports;
import static dev.podwright.validation.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.validation.report.Violation;
import org.junit.jupiter.api.Test;

class SchedulingRulesTest {

  private static final String NODE = "spec.affinity.nodeAffinity.";

  private static final String REQUIRED =
      NODE + "requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";

  @Test
  void nodeAffinityRequiredTermsAreChecked() {
    SchedulingRule rule = SchedulingRule.NODE_AFFINITY_TERMS;
    assertReports(
        rule,
        spec(
            "'affinity':{'nodeAffinity':{'requiredDuringSchedulingIgnoredDuringExecution':"
                + "{'nodeSelectorTerms':[]}}}"),
        REQUIRED);
    assertReports(
        rule,
        spec(
            "'affinity':{'nodeAffinity':{'requiredDuringSchedulingIgnoredDuringExecution':"
                + "{'nodeSelectorTerms':[{'matchExpressions':["
                + "{'key':'zone','operator':'In','values':['bad value']},"
                + "{'key':'zone','operator':'Exists','values':['a']},"
                + "{'key':'cpus','operator':'Gt','values':['1','2']},"
                + "{'key':'bad key!','operator':'Equals','values':['a']}],"
                + "'matchFields':[{'key':'metadata.name','operator':'In','values':['a','b']},"
                + "{'key':'spec.nodeName','operator':'Exists'}]}]}}}"),
        REQUIRED + "[0].matchExpressions[0].values[0]",
        REQUIRED + "[0].matchExpressions[1].values",
        REQUIRED + "[0].matchExpressions[2].values",
        REQUIRED + "[0].matchExpressions[3].operator",
        REQUIRED + "[0].matchExpressions[3].key",
        REQUIRED + "[0].matchFields[0].values",
        REQUIRED + "[0].matchFields[1].operator",
        REQUIRED + "[0].matchFields[1].key");
    assertClean(
        rule,
        spec(
            "'affinity':{'nodeAffinity':{'requiredDuringSchedulingIgnoredDuringExecution':"
                + "{'nodeSelectorTerms':[{'matchExpressions':["
                + "{'key':'topology.kubernetes.io/zone','operator':'In','values':['eu-west-1a']},"
                + "{'key':'gpu','operator':'DoesNotExist'},"
                + "{'key':'cpus','operator':'Gt','values':['4']}],"
                + "'matchFields':[{'key':'metadata.name','operator':'NotIn','values':['node-1']}]}]}}}"));
  }

  @Test
  void preferredNodeTermsCheckWeightsButNotLabelValues() {
    SchedulingRule rule = SchedulingRule.NODE_AFFINITY_TERMS;
    String preferred = NODE + "preferredDuringSchedulingIgnoredDuringExecution";
    assertReports(
        rule,
        spec(
            "'affinity':{'nodeAffinity':{'preferredDuringSchedulingIgnoredDuringExecution':["
                + "{'weight':0,'preference':{'matchExpressions':[{'key':'a','operator':'In','values':['x']}]}},"
                + "{'weight':101,'preference':{'matchExpressions':[{'key':'a','operator':'In'}]}}]}}"),
        preferred + "[0].weight",
        preferred + "[1].weight",
        preferred + "[1].preference.matchExpressions[0].values");
    assertClean(
        rule,
        spec(
            "'affinity':{'nodeAffinity':{'preferredDuringSchedulingIgnoredDuringExecution':["
                + "{'weight':100,'preference':{'matchExpressions':"
                + "[{'key':'a','operator':'In','values':['not a label value']}]}}]}}"));
  }

  @Test
  void podAffinityTermsAreChecked() {
    SchedulingRule rule = SchedulingRule.POD_AFFINITY_TERMS;
    String required = "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]";
    assertReports(
        rule,
        spec(
            "'affinity':{'podAffinity':{'requiredDuringSchedulingIgnoredDuringExecution':[{"
                + "'labelSelector':{'matchLabels':{'app':'web app'},"
                + "'matchExpressions':[{'key':'tier','operator':'In'}]},"
                + "'namespaces':['Prod'],"
                + "'matchLabelKeys':['pod-template-hash'],'mismatchLabelKeys':['pod-template-hash'],"
                + "'topologyKey':''}]}}"),
        required + ".labelSelector.matchLabels",
        required + ".labelSelector.matchExpressions[0].values",
        required + ".namespace",
        required + ".matchLabelKeys[0]",
        required + ".topologyKey",
        required + ".topologyKey");
    String anti =
        "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]";
    assertReports(
        rule,
        spec(
            "'affinity':{'podAntiAffinity':{'preferredDuringSchedulingIgnoredDuringExecution':[{"
                + "'weight':0,'podAffinityTerm':{'matchLabelKeys':['app'],"
                + "'topologyKey':'kubernetes.io/hostname'}}]}}"),
        anti + ".weight",
        anti + ".podAffinityTerm.matchLabelKeys");
    assertClean(
        rule,
        spec(
            "'affinity':{'podAntiAffinity':{'preferredDuringSchedulingIgnoredDuringExecution':[{"
                + "'weight':100,'podAffinityTerm':{'labelSelector':{'matchLabels':{'app':'web'}},"
                + "'namespaces':['prod'],'namespaceSelector':{},"
                + "'matchLabelKeys':['pod-template-hash'],"
                + "'topologyKey':'kubernetes.io/hostname'}}]}}"));
  }

  @Test
  void tolerationsAreChecked() {
    SchedulingRule rule = SchedulingRule.TOLERATION_FIELDS;
    assertReports(
        rule,
        spec(
            "'tolerations':["
                + "{'operator':'Equal','value':'x'},"
                + "{'key':'a','operator':'Exists','value':'x','effect':'NoSchedule',"
                + "'tolerationSeconds':60},"
                + "{'key':'bad key!','value':'not valid'},"
                + "{'key':'a','operator':'Gt','value':'5','effect':'NoRun'}]"),
        "spec.tolerations[0].operator",
        "spec.tolerations[1].effect",
        "spec.tolerations[1].operator",
        "spec.tolerations[2].key",
        "spec.tolerations[2].operator",
        "spec.tolerations[3].operator",
        "spec.tolerations[3].effect");
    assertClean(
        rule,
        spec(
            "'tolerations':[{'operator':'Exists'},"
                + "{'key':'node.kubernetes.io/not-ready','operator':'Exists','effect':'NoExecute',"
                + "'tolerationSeconds':300},"
                + "{'key':'dedicated','value':'gpu','effect':'NoSchedule'}]"));
  }

  @Test
  void topologySpreadConstraintsAreChecked() {
    SchedulingRule rule = SchedulingRule.TOPOLOGY_SPREAD_CONSTRAINTS;
    String first = "spec.topologySpreadConstraints[0]";
    assertReports(
        rule,
        spec(
            "'topologySpreadConstraints':["
                + "{'maxSkew':0,'topologyKey':'zone','whenUnsatisfiable':'ScheduleAnyway',"
                + "'minDomains':0,'nodeAffinityPolicy':'honor','matchLabelKeys':['app'],"
                + "'labelSelector':{'matchLabels':{'app':'web'}}},"
                + "{'maxSkew':1,'topologyKey':'zone','whenUnsatisfiable':'ScheduleAnyway',"
                + "'matchLabelKeys':['pod-template-hash']},"
                + "{'maxSkew':1,'whenUnsatisfiable':'Never'}]"),
        first + ".maxSkew",
        first + ".{topologyKey, whenUnsatisfiable}",
        first + ".minDomains",
        first + ".minDomains",
        first + ".nodeAffinityPolicy",
        first + ".matchLabelKeys[0]",
        "spec.topologySpreadConstraints[1].matchLabelKeys",
        "spec.topologySpreadConstraints[2].topologyKey",
        "spec.topologySpreadConstraints[2].whenUnsatisfiable");
    assertClean(
        rule,
        spec(
            "'topologySpreadConstraints':["
                + "{'maxSkew':1,'topologyKey':'topology.kubernetes.io/zone',"
                + "'whenUnsatisfiable':'DoNotSchedule','minDomains':3,'nodeTaintsPolicy':'Honor',"
                + "'matchLabelKeys':['pod-template-hash'],"
                + "'labelSelector':{'matchLabels':{'app':'web'}}},"
                + "{'maxSkew':1,'topologyKey':'topology.kubernetes.io/zone',"
                + "'whenUnsatisfiable':'ScheduleAnyway'}]"));
  }

  @Test
  void schedulingGatesAreUniqueQualifiedNamesWithoutNodeName() {
    SchedulingRule rule = SchedulingRule.SCHEDULING_GATES;
    assertReports(
        rule,
        spec(
            "'nodeName':'node-1','schedulingGates':[{'name':'example.com/quota'},"
                + "{'name':'example.com/quota'},{'name':'-bad'}]"),
        "spec.schedulingGates[1]",
        "spec.schedulingGates[2]",
        "spec.nodeName");
    assertClean(rule, spec("'schedulingGates':[{'name':'example.com/quota'},{'name':'other'}]"));
    assertClean(rule, spec("'nodeName':'node-1'"));
  }

  @Test
  void readinessGatesAreQualifiedNames() {
    SchedulingRule rule = SchedulingRule.READINESS_GATES;
    assertReports(
        rule,
        spec(
            "'readinessGates':[{'conditionType':'example.com/ready'},{'conditionType':'not ready'}]"),
        "spec.readinessGates[1].conditionType");
    assertClean(
        rule, spec("'readinessGates':[{'conditionType':'target-health.elbv2.k8s.aws/web'}]"));
  }

  @Test
  void messagesNameTheValue() {
    Violation violation =
        run(
                SchedulingRule.TOLERATION_FIELDS,
                spec("'tolerations':[{'key':'a','operator':'Exists','value':'x'}]"))
            .get(0);
    assertThat(violation.message()).contains("value must be empty when `operator` is 'Exists'");
    assertThat(violation.ruleId()).isEqualTo("TOLERATION_FIELDS");
  }
}
