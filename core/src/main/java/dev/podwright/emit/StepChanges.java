package dev.podwright.emit;

import dev.podwright.model.InitContainer;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attributes what a host step added or changed in a draft (by container and volume name). */
final class StepChanges {

  private StepChanges() {}

  static void attribute(
      String step,
      PodDraft before,
      PodDraft after,
      Map<String, String> stepOfContainer,
      Map<String, String> stepOfVolume) {
    Map<String, Object> previous = new HashMap<>();
    for (Sidecar sidecar : before.sidecars()) {
      previous.put(sidecar.name(), sidecar);
    }
    for (InitContainer init : before.initContainers()) {
      previous.put(init.name(), init);
    }
    if (before.mainContainer() != null) {
      previous.put(before.mainContainer().name(), before.mainContainer());
    }
    changed(step, after.sidecars(), previous, stepOfContainer);
    changed(step, after.initContainers(), previous, stepOfContainer);
    if (after.mainContainer() != null
        && !after.mainContainer().equals(previous.get(after.mainContainer().name()))) {
      stepOfContainer.put(after.mainContainer().name(), step);
    }
    Map<String, Volume> volumes = new HashMap<>();
    for (Volume volume : before.volumes()) {
      volumes.put(volume.name(), volume);
    }
    for (Volume volume : after.volumes()) {
      if (volume.name() != null && !volume.equals(volumes.get(volume.name()))) {
        stepOfVolume.put(volume.name(), step);
      }
    }
  }

  private static void changed(
      String step, List<?> items, Map<String, Object> previous, Map<String, String> stepOf) {
    for (Object item : items) {
      String name =
          item instanceof Sidecar sidecar ? sidecar.name() : ((InitContainer) item).name();
      if (name != null && !item.equals(previous.get(name))) {
        stepOf.put(name, step);
      }
    }
  }
}
