package dev.podwright.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes pod specs and pods as YAML or JSON that reads like {@code kubectl get -o yaml}.
 *
 * <p>The output is deterministic: equal input gives byte-identical output. Within every object
 * {@code name} comes first and the other fields follow alphabetically (so a Pod starts with {@code
 * apiVersion}, {@code kind}, {@code metadata}, {@code spec}); map keys (labels, resources) are
 * sorted. Nulls, empty lists and empty maps are left out; empty objects such as {@code emptyDir:
 * {}} and empty strings are kept. Quantities are written in the API server's canonical form ({@link
 * QuantityFormat}: {@code 1.5Gi} is written {@code 1536Mi}). Strings that would read back as
 * numbers, booleans or null are quoted ({@code cpu: "1"}); other strings are plain, multi-line
 * strings use literal block style, and a single document has no {@code ---} marker.
 *
 * <p>What this writes, {@link ManifestReader} reads back to the {@linkplain
 * ModelNormalizer#canonical canonical} form of the input. Stateless and thread-safe; the mappers
 * are built once.
 */
public final class PodSpecWriter {

  private static final YAMLMapper YAML =
      KubernetesJackson.configure(
          new YAMLMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .stringQuotingChecker(new Yaml11SafeQuoting())
                  .build()));

  private static final ObjectWriter YAML_WRITER = YAML.writer();

  private static final ObjectWriter JSON_WRITER =
      KubernetesJackson.jsonMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                  .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

  private PodSpecWriter() {}

  /**
   * Jackson's quoting rules plus the YAML 1.1 forms other tools (PyYAML, older kubectl) would read
   * as something other than a string: timestamps ({@code 2026-01-02}) and base-60 numbers ({@code
   * 12:30}). Quoting them keeps the output portable; this reader would read them as strings anyway.
   */
  static final class Yaml11SafeQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");
    private static final Pattern BASE_60 =
        Pattern.compile("[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.[\\d_]*)?");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || TIMESTAMP.matcher(value).matches()
          || BASE_60.matcher(value).matches();
    }
  }

  /**
   * The spec as YAML, ending with a newline.
   *
   * @throws NullPointerException if the spec is null
   */
  public static String toYaml(V1PodSpec spec) {
    return write(YAML_WRITER, Objects.requireNonNull(spec, "spec"));
  }

  /**
   * The spec as pretty-printed JSON (two-space indent), ending with a newline.
   *
   * @throws NullPointerException if the spec is null
   */
  public static String toJson(V1PodSpec spec) {
    return write(JSON_WRITER, Objects.requireNonNull(spec, "spec")) + "\n";
  }

  /**
   * The pod as YAML; {@code apiVersion: v1} and {@code kind: Pod} are filled in when unset. The
   * argument is not changed.
   *
   * @throws NullPointerException if the pod is null
   */
  public static String toYaml(V1Pod pod) {
    return write(YAML_WRITER, withTypeMeta(Objects.requireNonNull(pod, "pod")));
  }

  /**
   * The pod as pretty-printed JSON; {@code apiVersion} and {@code kind} are filled in when unset.
   *
   * @throws NullPointerException if the pod is null
   */
  public static String toJson(V1Pod pod) {
    return write(JSON_WRITER, withTypeMeta(Objects.requireNonNull(pod, "pod"))) + "\n";
  }

  /**
   * A Pod manifest ({@code apiVersion: v1}, {@code kind: Pod}, {@code metadata.name}) around the
   * spec, as YAML ready for {@code kubectl apply -f}.
   *
   * @throws NullPointerException if the name or spec is null
   */
  public static String podYaml(String name, V1PodSpec spec) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    return toYaml(new V1Pod().metadata(new V1ObjectMeta().name(name)).spec(spec));
  }

  /**
   * Several pods as one multi-document YAML stream, each document after the first introduced by
   * {@code ---}.
   *
   * @throws NullPointerException if the list or an element is null
   */
  public static String toYamlStream(List<V1Pod> pods) {
    StringBuilder out = new StringBuilder();
    for (V1Pod pod : pods) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(toYaml(pod));
    }
    return out.toString();
  }

  private static V1Pod withTypeMeta(V1Pod pod) {
    V1Pod copy = ModelCopies.deepCopy(pod);
    if (copy.getApiVersion() == null) {
      copy.setApiVersion("v1");
    }
    if (copy.getKind() == null) {
      copy.setKind("Pod");
    }
    return copy;
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException cannotWrite) {
      throw new UncheckedIOException(
          "cannot write " + value.getClass().getSimpleName() + ": " + cannotWrite.getMessage(),
          cannotWrite);
    }
  }
}
