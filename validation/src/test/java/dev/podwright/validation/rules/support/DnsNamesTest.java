package dev.podwright.validation.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "nginx", "log-shipper", "0abc", "a1", "abc-123-xyz"})
  void acceptsLabels(String value) {
    assertThat(DnsNames.isDns1123Label(value)).isTrue();
    assertThat(DnsNames.dns1123LabelErrors(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "a_b", "a.b", "-a", "a-", "Log", "a b"})
  void rejectsNonLabels(String value) {
    assertThat(DnsNames.isDns1123Label(value)).isFalse();
    assertThat(DnsNames.dns1123LabelErrors(value)).isNotEmpty();
  }

  @Test
  void labelLengthLimitIs63() {
    assertThat(DnsNames.isDns1123Label("a".repeat(63))).isTrue();
    assertThat(DnsNames.isDns1123Label("a".repeat(64))).isFalse();
    assertThat(DnsNames.dns1123LabelErrors("a".repeat(64)))
        .containsExactly("must be no more than 63 characters");
  }

  @Test
  void nullIsNotALabelAndDoesNotThrow() {
    assertThat(DnsNames.isDns1123Label(null)).isFalse();
    assertThat(DnsNames.dns1123LabelErrors(null)).hasSize(1);
    assertThat(DnsNames.isDns1123Subdomain(null)).isFalse();
    assertThat(DnsNames.dns1123SubdomainErrors(null)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "secrets-store.csi.k8s.io", "a", "a.b.c"})
  void acceptsSubdomains(String value) {
    assertThat(DnsNames.isDns1123Subdomain(value)).isTrue();
    assertThat(DnsNames.dns1123SubdomainErrors(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "a.", "a..b", "Example.com", "a_b.c"})
  void rejectsNonSubdomains(String value) {
    assertThat(DnsNames.isDns1123Subdomain(value)).isFalse();
  }

  @Test
  void subdomainLengthLimitIs253() {
    String ok = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
    assertThat(ok).hasSize(253);
    assertThat(DnsNames.isDns1123Subdomain(ok)).isTrue();
    assertThat(DnsNames.isDns1123Subdomain(ok + "a")).isFalse();
  }
}
