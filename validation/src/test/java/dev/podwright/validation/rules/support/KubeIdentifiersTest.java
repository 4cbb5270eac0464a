package dev.podwright.validation.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KubeIdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"http", "grpc-api", "a1", "metrics-9090", "abcdefghijklmno"})
  void validPortNames(String name) {
    assertThat(KubeIdentifiers.portName(name)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"HTTP", "http_port", "8080", "a--b", "-a", "a-", "abcdefghijklmnop", "a.b"})
  void invalidPortNames(String name) {
    assertThat(KubeIdentifiers.portName(name)).isPresent();
  }

  @Test
  void portNumbers() {
    assertThat(KubeIdentifiers.isPortNumber(1)).isTrue();
    assertThat(KubeIdentifiers.isPortNumber(65535)).isTrue();
    assertThat(KubeIdentifiers.isPortNumber(0)).isFalse();
    assertThat(KubeIdentifiers.isPortNumber(65536)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PATH", "_x", "my.var", "a-b", "x1", ".a"})
  void strictEnvNames(String name) {
    assertThat(KubeIdentifiers.envVarName(name, false)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"1A", "A B", "a:b", ".", "..", "..a", "A=B"})
  void invalidStrictEnvNames(String name) {
    assertThat(KubeIdentifiers.envVarName(name, false)).isPresent();
  }

  @Test
  void relaxedEnvNames() {
    assertThat(KubeIdentifiers.envVarName("1 weird:name.", true)).isEmpty();
    assertThat(KubeIdentifiers.envVarName("..", true)).isEmpty();
    assertThat(KubeIdentifiers.envVarName("A=B", true)).isPresent();
    assertThat(KubeIdentifiers.envVarName("tab\there", true)).isPresent();
    assertThat(KubeIdentifiers.envVarName("caf\u00e9", true)).isPresent();
    assertThat(KubeIdentifiers.envVarName("", true)).isPresent();
  }

  @Test
  void configMapKeys() {
    assertThat(KubeIdentifiers.configMapKey("app.yaml")).isEmpty();
    assertThat(KubeIdentifiers.configMapKey("A_b-1")).isEmpty();
    assertThat(KubeIdentifiers.configMapKey("a/b")).isPresent();
    assertThat(KubeIdentifiers.configMapKey("..x")).isPresent();
    assertThat(KubeIdentifiers.configMapKey("x".repeat(254))).isPresent();
    assertThat(KubeIdentifiers.configMapKey(null)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cpu", "example.com/gpu", "app.kubernetes.io/name", "A_b.c"})
  void qualifiedNames(String name) {
    assertThat(KubeIdentifiers.qualifiedName(name)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"/x", "a/", "a/b/c", "Example.com/x", "-x", "x_", "bad name"})
  void invalidQualifiedNames(String name) {
    assertThat(KubeIdentifiers.qualifiedName(name)).isPresent();
  }

  @Test
  void labelValuesHeadersObjectNamesAndIds() {
    assertThat(KubeIdentifiers.labelValue("")).isEmpty();
    assertThat(KubeIdentifiers.labelValue("v1.2_x")).isEmpty();
    assertThat(KubeIdentifiers.labelValue("-x")).isPresent();
    assertThat(KubeIdentifiers.labelValue("x".repeat(64))).isPresent();
    assertThat(KubeIdentifiers.httpHeaderName("X-Custom-1")).isEmpty();
    assertThat(KubeIdentifiers.httpHeaderName("X Custom")).isPresent();
    assertThat(KubeIdentifiers.objectName("db.creds-1")).isEmpty();
    assertThat(KubeIdentifiers.objectName("Db")).isPresent();
    assertThat(KubeIdentifiers.objectName("a..b")).isPresent();
    assertThat(KubeIdentifiers.objectName("")).isPresent();
    assertThat(KubeIdentifiers.isUserId(0)).isTrue();
    assertThat(KubeIdentifiers.isUserId(2147483647L)).isTrue();
    assertThat(KubeIdentifiers.isUserId(-1)).isFalse();
    assertThat(KubeIdentifiers.isUserId(2147483648L)).isFalse();
  }
}
