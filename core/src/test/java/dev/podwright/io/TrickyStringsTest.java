package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings YAML could mistake for something else survive a write and a read unchanged. */
class TrickyStringsTest {

  private final ManifestReader reader = new ManifestReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-02",
        "2026-01-02T03:04:05Z",
        "12:30",
        "1:30:00",
        "8080",
        "true",
        "yes",
        "null",
        "~",
        "0x1F",
        "1e3",
        ".inf",
        ""
      })
  void stringsOtherToolsWouldMisreadAreQuoted(String value) {
    V1PodSpec spec =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("c")
                        .env(List.of(new V1EnvVar().name("V").value(value)))));
    assertThat(PodSpecWriter.toYaml(spec)).contains("    value: \"" + value + "\"\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "Yes",
        "NO",
        "On",
        "true",
        "False",
        "TRUE",
        "null",
        "Null",
        "~",
        "",
        " ",
        "8080",
        "-1",
        "1.5",
        "1e3",
        "0x1F",
        "0o17",
        "010",
        "1_000",
        ".inf",
        "-.inf",
        ".nan",
        "12:30",
        "1:30:00",
        "2026-01-02",
        "- dash",
        "* star",
        "&anchor",
        "!tag",
        "#comment",
        "a: b",
        "a #b",
        "{x}",
        "[x]",
        "'single'",
        "\"double\"",
        "|",
        ">",
        "%",
        "@",
        "`",
        "?",
        "? x",
        "line1\nline2",
        "trailing\n",
        "  leading",
        "tab\there",
        "unicode é ✓",
        "<<",
        "=",
        "0.0.0.0:80",
        "*.example.com",
        "--flag=value",
        "$(VAR)",
        "${VAR}",
        "a,b"
      })
  void survivesWriteAndRead(String value) {
    V1PodSpec spec =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container()
                        .name("c")
                        .args(List.of(value))
                        .env(List.of(new V1EnvVar().name("V").value(value)))))
            .nodeSelector(Map.of("key", value));

    String yaml = PodSpecWriter.toYaml(spec);
    V1PodSpec read = reader.readPodSpec(yaml);

    assertThat(read.getContainers().get(0).getEnv().get(0).getValue()).as(yaml).isEqualTo(value);
    assertThat(read.getContainers().get(0).getArgs()).as(yaml).containsExactly(value);
    assertThat(read.getNodeSelector()).as(yaml).containsEntry("key", value);
    assertThat(reader.readPodSpec(PodSpecWriter.toJson(spec))).isEqualTo(read);
  }
}
