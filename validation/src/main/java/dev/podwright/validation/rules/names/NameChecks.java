package dev.podwright.validation.rules.names;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks behind {@link NameRule}, one static method per rule, and their helpers: {@code
 * CONTAINER_NAME_REQUIRED}, {@code CONTAINER_NAME_DNS1123}, {@code CONTAINER_NAME_UNIQUE_REGULAR},
 * {@code CONTAINER_NAME_UNIQUE_INIT}, {@code VOLUME_NAME_REQUIRED}, {@code VOLUME_NAME_DNS1123},
 * {@code VOLUME_NAME_UNIQUE}, {@code POD_HOSTNAME_SUBDOMAIN_LABEL}, {@code
 * POD_SERVICEACCOUNTNAME_FORMAT}.
 */
final class NameChecks {

  private NameChecks() {}

  /** Checks {@link NameRule#CONTAINER_NAME_REQUIRED}. */
  static void containerNameRequired(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        sink.report(
            ref.path().child("name"),
            null,
            "Required value: " + ref.path() + " has no name; every container needs one.");
      }
    }
  }

  /** Checks {@link NameRule#CONTAINER_NAME_DNS1123}. */
  static void containerNameDns1123(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      for (String error : DnsNames.dns1123LabelErrors(name)) {
        sink.report(
            ref.path().child("name"),
            name,
            "Invalid value: \"" + name + "\": container name " + error + ".");
      }
    }
  }

  /** Checks {@link NameRule#CONTAINER_NAME_UNIQUE_REGULAR}. */
  static void containerNameUniqueRegular(PodSpecContext context, ViolationSink sink) {
    Map<String, FieldPath> seen = new LinkedHashMap<>();
    for (ContainerRef ref : context.containers(ContainerType.CONTAINER)) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      FieldPath first = seen.putIfAbsent(name, ref.path());
      if (first != null) {
        sink.report(
            ref.path().child("name"),
            name,
            "Duplicate value: \"" + name + "\": the name is already used by " + first + ".");
      }
    }
  }

  /** Checks {@link NameRule#CONTAINER_NAME_UNIQUE_INIT}. */
  static void containerNameUniqueInit(PodSpecContext context, ViolationSink sink) {
    Map<String, FieldPath> taken = new LinkedHashMap<>();
    for (ContainerRef ref : context.containers(ContainerType.CONTAINER)) {
      String name = ref.container().getName();
      if (name != null && !name.isEmpty()) {
        taken.putIfAbsent(name, ref.path());
      }
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      FieldPath first = taken.putIfAbsent(name, ref.path());
      if (first != null) {
        sink.report(
            ref.path().child("name"),
            name,
            "Duplicate value: \"" + name + "\": the name is already used by " + first + ".");
      }
    }
  }

  /** Checks {@link NameRule#VOLUME_NAME_REQUIRED}. */
  static void volumeNameRequired(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume != null && (volume.getName() == null || volume.getName().isEmpty())) {
        sink.report(
            context.root().child("volumes").index(i).child("name"),
            null,
            "Required value: volume #" + i + " has no name; every volume needs one.");
      }
    }
  }

  /** Checks {@link NameRule#VOLUME_NAME_DNS1123}. */
  static void volumeNameDns1123(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      String name = volume == null ? null : volume.getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      for (String error : DnsNames.dns1123LabelErrors(name)) {
        sink.report(
            context.root().child("volumes").index(i).child("name"),
            name,
            "Invalid value: \"" + name + "\": volume name " + error + ".");
      }
    }
  }

  /** Checks {@link NameRule#VOLUME_NAME_UNIQUE}. */
  static void volumeNameUnique(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    if (volumes.size() < 2) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      String name = volume == null ? null : volume.getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        FieldPath list = context.root().child("volumes");
        sink.report(
            list.index(i).child("name"),
            name,
            "Duplicate value: \""
                + name
                + "\": the name is already used by "
                + list.index(first)
                + ".");
      }
    }
  }

  /** Checks {@link NameRule#POD_HOSTNAME_SUBDOMAIN_LABEL}. */
  static void podHostnameSubdomainLabel(PodSpecContext context, ViolationSink sink) {
    check(sink, context.root(), "hostname", context.spec().getHostname());
    check(sink, context.root(), "subdomain", context.spec().getSubdomain());
  }

  /** Checks {@link NameRule#POD_SERVICEACCOUNTNAME_FORMAT}. */
  static void podServiceAccountNameFormat(PodSpecContext context, ViolationSink sink) {
    String name = context.spec().getServiceAccountName();
    if (name == null || name.isEmpty()) {
      return;
    }
    for (String error : DnsNames.dns1123SubdomainErrors(name)) {
      sink.report(
          context.root().child("serviceAccountName"),
          name,
          "Invalid value: \"" + name + "\": " + error + ".");
    }
  }

  private static void check(ViolationSink sink, FieldPath root, String field, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    for (String error : DnsNames.dns1123LabelErrors(value)) {
      sink.report(root.child(field), value, "Invalid value: \"" + value + "\": " + error + ".");
    }
  }
}
