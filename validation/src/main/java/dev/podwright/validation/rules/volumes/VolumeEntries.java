package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.List;

/** Shared walking of {@code spec.volumes} for the volume rules; every method is null-safe. */
final class VolumeEntries {

  /**
   * A non-null volume and its path, e.g. {@code spec.volumes[2]}. Its items, downward API files and
   * projected sources are listed on first use and then shared by every rule of the validation (the
   * volumes list is derived once per context).
   */
  static final class At {
    private final V1Volume volume;
    private final FieldPath path;
    private List<Source> projectedSources;
    private List<Item> items;
    private List<DownwardFile> downwardFiles;

    At(V1Volume volume, FieldPath path) {
      this.volume = volume;
      this.path = path;
    }

    /** The volume, never null. */
    V1Volume volume() {
      return volume;
    }

    /** The volume's path, e.g. {@code spec.volumes[2]}. */
    FieldPath path() {
      return path;
    }
  }

  /** A non-null {@code items[j]} entry of a configMap or secret source and its path. */
  record Item(V1KeyToPath item, FieldPath path) {}

  /**
   * A non-null downward API file and the path the API server reports its errors under: the {@code
   * downwardAPI} field itself, without the item index (an API server quirk).
   */
  record DownwardFile(V1DownwardAPIVolumeFile file, FieldPath path, int index) {}

  /**
   * A non-null projected source and its path, e.g. {@code spec.volumes[0].projected.sources[1]}.
   */
  record Source(V1VolumeProjection source, FieldPath path) {}

  private VolumeEntries() {}

  private static final PodSpecContext.Derived<List<At>> VOLUMES = new Volumes();

  /** Every non-null volume with its path, in spec order, built once per validation. */
  static List<At> volumes(PodSpecContext context) {
    return context.derived(VOLUMES);
  }

  private static final class Volumes implements PodSpecContext.Derived<List<At>> {
    @Override
    public List<At> compute(PodSpecContext context) {
      List<V1Volume> volumes = context.spec().getVolumes();
      List<At> all = new ArrayList<>();
      if (volumes == null) {
        return List.of();
      }
      FieldPath list = context.root().child("volumes");
      for (int i = 0; i < volumes.size(); i++) {
        if (volumes.get(i) != null) {
          all.add(new At(volumes.get(i), list.index(i)));
        }
      }
      return List.copyOf(all);
    }
  }

  /** Every non-null projected source of the volume, in order (read-only). */
  static List<Source> projectedSources(At at) {
    List<Source> known = at.projectedSources;
    if (known == null) {
      known = listProjectedSources(at);
      at.projectedSources = known;
    }
    return known;
  }

  private static List<Source> listProjectedSources(At at) {
    if (at.volume().getProjected() == null || at.volume().getProjected().getSources() == null) {
      return List.of();
    }
    List<V1VolumeProjection> sources = at.volume().getProjected().getSources();
    List<Source> all = new ArrayList<>();
    FieldPath list = at.path().child("projected").child("sources");
    for (int j = 0; j < sources.size(); j++) {
      if (sources.get(j) != null) {
        all.add(new Source(sources.get(j), list.index(j)));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Every key-to-path item of the volume's configMap/secret source and projected sources
   * (read-only).
   */
  static List<Item> items(At at) {
    List<Item> known = at.items;
    if (known == null) {
      known = listItems(at);
      at.items = known;
    }
    return known;
  }

  private static List<Item> listItems(At at) {
    V1Volume volume = at.volume();
    if (volume.getConfigMap() == null
        && volume.getSecret() == null
        && projectedSources(at).isEmpty()) {
      return List.of();
    }
    List<Item> all = new ArrayList<>();
    if (volume.getConfigMap() != null) {
      addItems(all, volume.getConfigMap().getItems(), at.path().child("configMap"));
    }
    if (volume.getSecret() != null) {
      addItems(all, volume.getSecret().getItems(), at.path().child("secret"));
    }
    for (Source source : projectedSources(at)) {
      if (source.source().getSecret() != null) {
        addItems(all, source.source().getSecret().getItems(), source.path().child("secret"));
      }
      if (source.source().getConfigMap() != null) {
        addItems(all, source.source().getConfigMap().getItems(), source.path().child("configMap"));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Every downward API file of the volume's downwardAPI source and projected sources (read-only).
   */
  static List<DownwardFile> downwardFiles(At at) {
    List<DownwardFile> known = at.downwardFiles;
    if (known == null) {
      known = listDownwardFiles(at);
      at.downwardFiles = known;
    }
    return known;
  }

  private static List<DownwardFile> listDownwardFiles(At at) {
    if (at.volume().getDownwardAPI() == null && projectedSources(at).isEmpty()) {
      return List.of();
    }
    List<DownwardFile> all = new ArrayList<>();
    if (at.volume().getDownwardAPI() != null) {
      addFiles(all, at.volume().getDownwardAPI().getItems(), at.path().child("downwardAPI"));
    }
    for (Source source : projectedSources(at)) {
      if (source.source().getDownwardAPI() != null) {
        addFiles(
            all, source.source().getDownwardAPI().getItems(), source.path().child("downwardAPI"));
      }
    }
    return List.copyOf(all);
  }

  private static void addItems(List<Item> all, List<V1KeyToPath> items, FieldPath source) {
    if (items == null || items.isEmpty()) {
      return;
    }
    FieldPath list = source.child("items");
    for (int j = 0; j < items.size(); j++) {
      if (items.get(j) != null) {
        all.add(new Item(items.get(j), list.index(j)));
      }
    }
  }

  private static void addFiles(
      List<DownwardFile> all, List<V1DownwardAPIVolumeFile> files, FieldPath source) {
    if (files == null) {
      return;
    }
    for (int j = 0; j < files.size(); j++) {
      if (files.get(j) != null) {
        all.add(new DownwardFile(files.get(j), source, j));
      }
    }
  }

  static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  /** {@code "a", "b"}: every value in double quotes, comma-separated. */
  static String quoted(List<String> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('"').append(values.get(i)).append('"');
    }
    return text.toString();
  }
}
