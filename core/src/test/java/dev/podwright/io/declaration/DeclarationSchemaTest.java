package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.podwright.io.GoldenText;
import dev.podwright.io.ReadLimits;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.WorkloadKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The declaration format's JSON Schema: the build ships it, the repository's copy is current, it is
 * a valid draft 2020-12 schema, and it agrees with {@link DeclarationReader} on every example
 * declaration in the repository (see {@link ExampleDeclarations} for how they are found) and on
 * hand-written invalid ones.
 */
class DeclarationSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA =
      REGISTRY.getSchema(DeclarationSchema.render(), InputFormat.JSON);
  private static final SourceDocument.Parsers PARSERS =
      new SourceDocument.Parsers(ReadLimits.defaults());

  @Test
  void theBuildShipsTheRenderedSchemaInTheJar() {
    assertThat(DeclarationSchema.shipped()).isEqualTo(DeclarationSchema.render());
  }

  /** A golden file: regenerate with {@code -Dpodwright.updateGoldens=true} (then commit it). */
  @Test
  void docsCopyIsUpToDate() {
    GoldenText.assertMatches(
        ExampleDeclarations.root().resolve("docs").resolve("declaration.schema.json"),
        DeclarationSchema.render());
  }

  @Test
  void isAValidDraft202012Schema() throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema = new ObjectMapper().readTree(DeclarationSchema.render());
    assertThat(meta.validate(schema)).isEmpty();
    assertThat(schema.get("$id").asText()).isEqualTo(DeclarationSchema.ID);
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void meansTheSameUnderDraft7ForEditorsThatStopThere() throws IOException {
    String draft7 =
        DeclarationSchema.render()
            .replace(
                "\"https://json-schema.org/draft/2020-12/schema\"",
                "\"http://json-schema.org/draft-07/schema#\"");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(draft7, InputFormat.JSON);
    for (ExampleDeclarations.Example example : ExampleDeclarations.find(PARSERS)) {
      assertThat(schema.validate(example.document().root))
          .as(example.name())
          .hasSameSizeAs(SCHEMA.validate(example.document().root));
    }
    JsonNode typo = PARSERS.read("sidecars: [{name: a, imag: b}]\n", "t.yaml").root;
    assertThat(schema.validate(typo))
        .extracting(Error::getKeyword)
        .contains("additionalProperties");
  }

  @Test
  void topLevelAndOptionFieldsAreTheReadersTable() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(DeclarationSchema.render());
    List<String> top = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(top::add);
    assertThat(top)
        .containsExactly(
            "kind",
            "options",
            "mainContainer",
            "volumes",
            "initContainers",
            "sidecars",
            "sidecarResourceDefaults",
            "resourceDefaults",
            "injections");
    assertThat(schema.get("not").toString())
        .isEqualTo("{\"required\":[\"sidecarResourceDefaults\",\"resourceDefaults\"]}");
    JsonNode sidecar = schema.get("$defs").get("Sidecar").get("properties");
    assertThat(sidecar.get("placement").get("enum").toString())
        .isEqualTo(
            "[\"beforeHostInitContainers\",\"afterHostInitContainers\","
                + "\"beforeCompositionInitContainers\",\"afterCompositionInitContainers\","
                + "\"firstContainer\",\"lastContainer\"]");
    assertThat(sidecar.get("owner").get("examples").toString())
        .isEqualTo("[\"platform\",\"user\"]");
    assertThat(schema.get("$defs").get("Container").get("properties").has("mode")).isFalse();
    JsonNode injection = schema.get("properties").get("injections").get("items");
    assertThat(injection.get("required").toString()).isEqualTo("[\"into\"]");
    JsonNode into = injection.get("properties").get("into");
    assertThat(into.get("maxProperties").asInt()).isEqualTo(1);
    assertThat(into.get("properties").get("allAppContainers").toString())
        .contains("\"const\":true");
    JsonNode policy = schema.get("properties").get("resourceDefaults").get("properties");
    assertThat(policy.get("limitFactors").get("additionalProperties").toString())
        .isEqualTo("{\"type\":\"number\",\"exclusiveMinimum\":0}");
    JsonNode options = schema.get("properties").get("options").get("properties");
    assertThat(options.get("sidecarMode").get("enum").toString())
        .isEqualTo("[\"native\",\"classic\"]");
    assertThat(options.get("conflicts").get("enum").toString())
        .isEqualTo("[\"fail\",\"override\",\"keepExisting\"]");
  }

  @Test
  void everyExampleDeclarationInTheRepositoryAgreesWithTheReader() throws IOException {
    List<ExampleDeclarations.Example> examples = ExampleDeclarations.find(PARSERS);
    assertThat(examples)
        .extracting(ExampleDeclarations.Example::name)
        .contains(
            "core/src/test/resources/declarations/example.yaml",
            "core/src/test/resources/declarations/dapr-style-injection.yaml",
            "examples/src/test/resources/cli/declaration.yaml",
            "examples/src/test/resources/cli/bad-declaration.yaml")
        .anyMatch(name -> name.startsWith("README.md#yaml-"));
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (ExampleDeclarations.Example example : examples) {
      List<Error> errors = SCHEMA.validate(example.document().root);
      boolean read = readerAccepts(example);
      if (read) {
        valid++;
      }
      if (read != errors.isEmpty()) {
        disagreements.add(
            example.name()
                + ": reader "
                + (read ? "reads it" : "refuses it")
                + ", schema "
                + errors);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(valid).as("example declarations the reader reads").isGreaterThanOrEqualTo(6);
  }

  @Test
  void theDaprStyleExampleUsesTheCompositionPartsAndIsValidForBoth() throws IOException {
    Path file =
        ExampleDeclarations.root()
            .resolve("core/src/test/resources/declarations/dapr-style-injection.yaml");
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(SCHEMA.validate(PARSERS.read(content, "dapr.yaml").root)).isEmpty();
    Composition composition =
        new DeclarationReader(Map.of()).read(content, "dapr.yaml").composition();
    Sidecar daprd = composition.sidecars().get(0);
    assertThat(daprd.owner()).isEqualTo(Owner.PLATFORM);
    assertThat(daprd.mode()).isEqualTo(SidecarMode.NATIVE);
    assertThat(daprd.placement()).isEqualTo(Placement.AFTER_COMPOSITION_INIT_CONTAINERS);
    assertThat(composition.mainContainer().owner()).isEqualTo(Owner.USER);
    assertThat(composition.initContainers().get(0).spec().owner()).isEqualTo(Owner.USER);
    assertThat(composition.resourceDefaults().limitFactors())
        .isEqualTo(Map.of("memory", BigDecimal.valueOf(2)));
    assertThat(composition.injections())
        .extracting(Injection::target)
        .containsExactly(
            ContainerSelector.allAppContainers(), ContainerSelector.ownedBy(Owner.USER));
    assertThat(composition.injections().get(0).precedence()).isEqualTo(Precedence.KEEP_EXISTING);
  }

  @Test
  void invalidDeclarationsAreRefusedByBothWithTheRightKeyword() {
    assertRefused("mainContainer: {name: app}\nsidecar: []\n", "", "additionalProperties");
    assertRefused(
        "sidecars:\n- {name: helper, imag: busybox:1.36}\n", "/sidecars/0", "additionalProperties");
    assertRefused("options: {sidecarMode: sideways}\n", "/options/sidecarMode", "enum");
    assertRefused("options: {conflict: fail}\n", "/options", "additionalProperties");
    assertRefused(
        "options: {kubernetesVersion: \"one\"}\n", "/options/kubernetesVersion", "pattern");
    assertRefused("sidecars:\n- {name: s, args: [--port, 8080]}\n", "/sidecars/0/args/1", "type");
    assertRefused(
        "sidecarResourceDefaults: {requests: {cpu: lots}}\n",
        "/sidecarResourceDefaults/requests/cpu",
        "pattern");
    assertRefused("volumes:\n- emptyDir: {}\n", "/volumes/0", "required");
    assertRefused(
        "volumes:\n- {name: v, emptyDir: {medium: Memory, size: 1Gi}}\n",
        "/volumes/0/emptyDir",
        "additionalProperties");
    assertRefused(
        "mainContainer:\n  name: app\n  ports: [{containerPort: 99999999999}]\n",
        "/mainContainer/ports/0/containerPort",
        "maximum");
  }

  @Test
  void theSchemaIsStricterThanTheReaderOnlyWhereKubernetesIs() {
    // a mount without mountPath: the reader reads it (the validator reports it), the schema and the
    // API server refuse it
    String yaml =
        "mainContainer:\n  name: app\n  volumeMounts: [{name: data}]\nvolumes: [{name: data}]\n";
    assertThat(DeclarationReader.standard().read(yaml, "m.yaml").composition()).isNotNull();
    assertThat(errors(yaml))
        .extracting(error -> error.getInstanceLocation().toString(), Error::getKeyword)
        .containsExactly(tuple("/mainContainer/volumeMounts/0", "required"));
  }

  @Test
  void anUnquotedVersionIsRefusedByTheSchemaThoughTheReaderTakesIt() {
    // the reader keeps an unquoted number as written (1.30), but most YAML tools read 1.3: the
    // schema asks for the quoted string the format documents
    String yaml = "options: {kubernetesVersion: 1.30}\n";
    assertThat(DeclarationReader.standard().read(yaml, "v.yaml").options().kubernetesVersion())
        .isEqualTo(KubernetesVersion.of(1, 30));
    assertThat(errors(yaml))
        .extracting(error -> error.getInstanceLocation().toString(), Error::getKeyword)
        .containsExactly(tuple("/options/kubernetesVersion", "type"));
  }

  @Test
  void aFieldAddedToTheReadersTableLandsInTheSchema() {
    // what a new per-sidecar field (say mode) takes: a new object in the table, nothing else
    DeclarationFormat.KubernetesObject sidecar =
        new DeclarationFormat.KubernetesObject(
            "Sidecar",
            io.kubernetes.client.openapi.models.V1Container.class,
            List.of(
                new DeclarationFormat.Field(
                    "mode", new DeclarationFormat.Choice(SidecarMode.class), "native or classic")));
    List<DeclarationFormat.Field> fields = new ArrayList<>(DeclarationFormat.TOP.fields());
    fields.replaceAll(
        field ->
            field.name().equals("sidecars")
                ? new DeclarationFormat.Field(
                    "sidecars", new DeclarationFormat.ListOf(sidecar), field.description())
                : field);
    fields.add(
        new DeclarationFormat.Field(
            "priority", new DeclarationFormat.Text(null, List.of()), "a new top-level field"));
    JsonNode schema = DeclarationSchema.tree(new DeclarationFormat.Fields(fields), List.of());
    assertThat(schema.at("/properties/priority/type").asText()).isEqualTo("string");
    assertThat(schema.at("/properties/sidecars/items/$ref").asText()).isEqualTo("#/$defs/Sidecar");
    JsonNode mode = schema.at("/$defs/Sidecar/properties/mode");
    assertThat(mode.get("enum").toString()).isEqualTo("[\"native\",\"classic\"]");
    assertThat(schema.at("/$defs/Sidecar/properties/image/type").asText()).isEqualTo("string");
    assertThat(schema.at("/$defs/Sidecar/additionalProperties").asBoolean(true)).isFalse();
    Schema validator = REGISTRY.getSchema(SchemaLocation.of(DeclarationSchema.ID), schema);
    assertThat(validator.validate(PARSERS.read("sidecars: [{name: a, mode: native}]\n", "s").root))
        .isEmpty();
    assertThat(validator.validate(PARSERS.read("sidecars: [{name: a, mode: odd}]\n", "s").root))
        .extracting(Error::getKeyword)
        .contains("enum");
  }

  @Test
  void envMayBeAMapOrAKubernetesList() {
    assertThat(errors("mainContainer: {name: a, env: {LOG: info, N: 2, ON: true}}\n")).isEmpty();
    assertThat(errors("mainContainer: {name: a, env: [{name: LOG, value: info}]}\n")).isEmpty();
    assertThat(errors("mainContainer: {name: a, env: {LOG: {nested: map}}}\n")).isNotEmpty();
  }

  @Test
  void aHostsKindsBecomeAnEnum() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(DeclarationSchema.render(List.of("udf", "sink")));
    assertThat(schema.get("properties").get("kind").get("enum").toString())
        .isEqualTo("[\"generic\",\"job\",\"sink\",\"udf\"]");
    Schema forHost = REGISTRY.getSchema(DeclarationSchema.render(List.of("udf")), InputFormat.JSON);
    assertThat(forHost.validate(PARSERS.read("kind: udf\n", "k.yaml").root)).isEmpty();
    assertThat(forHost.validate(PARSERS.read("kind: udff\n", "k.yaml").root)).isNotEmpty();
  }

  @Test
  void quantityAndVersionPatternsAgreeWithTheParsers() {
    Pattern quantity = Pattern.compile(KubernetesSchemas.QUANTITY_PATTERN);
    for (String text :
        List.of(
            "1", "250m", "64Mi", "1.5Gi", ".5", "5.", "+1", "-2k", "1e3", "1E-2", "2e10", "1Ki",
            "lots", "1.", ".", "1mi", "1KiB", "1e", "1e1234", "Mi", "1 Mi", "", "++1", "0.1u")) {
      assertThat(quantity.matcher(text).matches())
          .as(text)
          .isEqualTo(Quantities.parse(text).isPresent());
    }
    Pattern version = Pattern.compile(DeclarationFormat.VERSION_PATTERN);
    for (String text :
        List.of(
            "1.29", "v1.31", "1.31.0-gke.1", "1.29+k3s", "1", "1.", "one", "1.29x", "12345.1")) {
      boolean parses;
      try {
        KubernetesVersion.parse(text);
        parses = true;
      } catch (IllegalArgumentException e) {
        parses = false;
      }
      assertThat(version.matcher(text).matches()).as(text).isEqualTo(parses);
    }
  }

  @Test
  void mainWritesTheSchemaAndWantsOneArgument() throws IOException {
    Path dir = Files.createTempDirectory("schema");
    Path file = dir.resolve("out").resolve("declaration.schema.json");
    DeclarationSchema.main(new String[] {file.toString()});
    assertThat(Files.readString(file)).isEqualTo(DeclarationSchema.render());
    assertThatThrownBy(() -> DeclarationSchema.main(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usage");
  }

  private static void assertRefused(String yaml, String location, String keyword) {
    assertThatThrownBy(() -> DeclarationReader.standard().read(yaml, "bad.yaml"))
        .as(yaml)
        .isInstanceOf(DeclarationReadException.class);
    assertThat(errors(yaml))
        .as(yaml)
        .anySatisfy(
            error -> {
              assertThat(error.getInstanceLocation().toString()).isEqualTo(location);
              assertThat(error.getKeyword()).isEqualTo(keyword);
            });
  }

  private static List<Error> errors(String yaml) {
    return SCHEMA.validate(PARSERS.read(yaml, "test.yaml").root);
  }

  /** Reads it with a reader that knows the kind it names, as its host's reader would. */
  private static boolean readerAccepts(ExampleDeclarations.Example example) {
    JsonNode kind = example.document().root.get("kind");
    Map<String, WorkloadKind> kinds =
        kind != null && kind.isTextual()
            ? Map.of(kind.asText(), WorkloadKind.builder(kind.asText()).build())
            : Map.of();
    try {
      new DeclarationReader(kinds).read(example.content(), example.name());
      return true;
    } catch (DeclarationReadException refused) {
      return false;
    }
  }
}
