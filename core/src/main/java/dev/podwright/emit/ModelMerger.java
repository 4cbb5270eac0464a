package dev.podwright.emit;

import dev.podwright.model.Precedence;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** TEMPORARY stand-in until the lossless merger lands (same API). */
final class ModelMerger {

  private final Precedence precedence;
  private final List<MergeConflict> conflicts = new ArrayList<>();
  private final List<Collision> collisions = new ArrayList<>();

  ModelMerger(Precedence precedence) {
    this.precedence = precedence;
  }

  List<MergeConflict> conflicts() {
    return conflicts;
  }

  List<Collision> collisions() {
    return collisions;
  }

  @SuppressWarnings("unchecked")
  <T> T merge(String path, T base, T incoming) {
    if (incoming == null) {
      return base;
    }
    if (base == null) {
      return incoming;
    }
    if (base instanceof V1Container b && incoming instanceof V1Container i) {
      b.setImage(scalar(path + ".image", b.getImage(), i.getImage()));
      b.setResources(scalar(path + ".resources", b.getResources(), i.getResources()));
      b.setSecurityContext(
          scalar(path + ".securityContext", b.getSecurityContext(), i.getSecurityContext()));
      if (i.getEnv() != null) {
        for (V1EnvVar e : i.getEnv()) {
          b.setEnv(keyed(path + ".env", b.getEnv(), e, e.getName(), true));
        }
      }
      if (i.getVolumeMounts() != null) {
        for (V1VolumeMount m : i.getVolumeMounts()) {
          b.setVolumeMounts(
              keyed(path + ".volumeMounts", b.getVolumeMounts(), m, m.getMountPath(), false));
        }
      }
      return base;
    }
    return (T) scalar(path, base, incoming);
  }

  private <T> List<T> keyed(String path, List<T> list, T item, String key, boolean env) {
    List<T> out = list == null ? new ArrayList<>() : new ArrayList<>(list);
    for (int at = 0; at < out.size(); at++) {
      T e = out.get(at);
      String k = env ? ((V1EnvVar) e).getName() : ((V1VolumeMount) e).getMountPath();
      if (Objects.equals(k, key)) {
        if (!e.equals(item)) {
          if (scalar(path + "[" + at + "]", e, item) != e) {
            out.set(at, item);
          }
        }
        return out;
      }
    }
    out.add(item);
    return out;
  }

  private <T> T scalar(String path, T base, T incoming) {
    if (incoming == null || Objects.equals(base, incoming)) {
      return base;
    }
    if (base == null) {
      return incoming;
    }
    collisions.add(new Collision(path, String.valueOf(base), String.valueOf(incoming), precedence));
    if (precedence == Precedence.OVERRIDE) {
      return incoming;
    }
    if (precedence == Precedence.FAIL) {
      conflicts.add(
          new MergeConflict(
              path,
              String.valueOf(base),
              String.valueOf(incoming),
              "the base spec sets "
                  + base
                  + ", the composition sets "
                  + incoming
                  + "; set it in one place only."));
    }
    return base;
  }
}
