package dev.podwright.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.ManifestReadException.Problem;
import dev.podwright.io.ManifestReadException.Reason;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One document of a manifest stream: finds its workloads, checks their specs against the schema,
 * and binds what is left. Schema problems become {@link ReadProblem}s and the offending values are
 * left out, so that one read reports them all; only a document whose shape cannot be told (not a
 * map, no kind and no containers, a kind that is not a string) is refused.
 */
final class WorkloadDocument {

  private static final int MAX_REPORTED_PROBLEMS = 50;
  private static final Comparator<ReadProblem> IN_DOCUMENT_ORDER =
      Comparator.comparingInt((ReadProblem p) -> p.position().line())
          .thenComparingInt(p -> p.position().column());

  private final String source;
  private final int index;
  private final JsonNode root;
  private final SourceMap positions;
  private final Map<String, SourcePosition> keys;
  private final List<ReadProblem> duplicates;
  private final boolean sharesNodes;
  private final ObjectMapper binder;

  WorkloadDocument(
      String source, int index, JsonNode root, DocumentWalker walker, ObjectMapper binder) {
    this.source = source;
    this.index = index;
    this.root = root;
    this.positions = new SourceMap(walker.values());
    this.keys = walker.keys();
    this.duplicates = walker.duplicates();
    this.sharesNodes = walker.expandedAliases();
    this.binder = binder;
  }

  void collect(List<Manifest> out) {
    if (root.isNull() || (root.isTextual() && root.asText().isBlank())) {
      return;
    }
    if (!root.isObject()) {
      throw refused(
          Reason.NOT_A_MANIFEST,
          FieldPath.root(),
          "a manifest must be a map (kind, metadata, spec, ...), found "
              + SchemaCheck.describe(root));
    }
    JsonNode kindNode = root.get("kind");
    if (kindNode != null && "List".equals(kindNode.asText()) && root.path("items").isArray()) {
      JsonNode items = root.get("items");
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        if (item.isObject()) {
          collectObject(item, FieldPath.of("items").index(i), out);
        }
      }
      return;
    }
    collectObject(root, FieldPath.root(), out);
  }

  private void collectObject(JsonNode object, FieldPath base, List<Manifest> out) {
    JsonNode kindNode = object.get("kind");
    ManifestKind kind;
    if (kindNode == null || kindNode.isNull()) {
      if (!object.has("containers")) {
        throw refused(
            Reason.NOT_A_MANIFEST,
            base,
            "cannot tell what this document is: it has no `kind` and no `containers`; add"
                + " `kind:` (e.g. Pod, Deployment) or give a bare pod spec with containers");
      }
      kind = ManifestKind.POD_SPEC;
    } else if (!kindNode.isTextual()) {
      throw refused(
          Reason.WRONG_TYPE,
          base.isRoot() ? FieldPath.of("kind") : FieldPath.of("kind").under(base),
          "`kind` must be a string such as Pod or Deployment, found "
              + SchemaCheck.describe(kindNode));
    } else {
      Optional<ManifestKind> workload = ManifestKind.fromKindName(kindNode.asText());
      if (workload.isEmpty()) {
        return;
      }
      kind = workload.get();
    }
    List<ReadProblem> problems = new ArrayList<>(duplicatesUnder(base));
    JsonNode spec = object;
    FieldPath specPath = base;
    for (String field : kind.specFields()) {
      specPath = specPath.isRoot() ? FieldPath.of(field) : specPath.child(field);
      if (spec == null) {
        continue;
      }
      JsonNode next = spec.get(field);
      if (next == null || next.isNull()) {
        problems.add(
            problem(
                ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD,
                specPath,
                at(specPath),
                "a " + kind.kindName() + " needs `" + kind.specPath() + "`, the pod spec",
                "add `" + field + "`"));
        spec = null;
      } else if (!next.isObject()) {
        problems.add(
            problem(
                ReadProblem.SCHEMA_WRONG_TYPE,
                specPath,
                at(specPath),
                "expected a map, found " + SchemaCheck.describe(next),
                "write `" + field + "` as a map of fields"));
        spec = null;
      } else {
        spec = next;
      }
    }
    // the check repairs the tree in place: copy it when aliases made parts of it shared
    V1PodSpec podSpec =
        spec == null
            ? new V1PodSpec()
            : check(sharesNodes ? spec.deepCopy() : spec, specPath, problems);
    problems.sort(IN_DOCUMENT_ORDER);
    JsonNode name = object.path("metadata").path("name");
    out.add(
        new Manifest(
            source,
            index,
            kind,
            name.isTextual() ? name.asText() : null,
            podSpec,
            specPath,
            positions,
            podAnnotations(object, kind),
            claimTemplateNames(object, kind),
            problems,
            annotations(object.path("metadata"))));
  }

  /** Checks a copy of the spec against the schema, repairs it and binds it. */
  private V1PodSpec check(JsonNode spec, FieldPath specPath, List<ReadProblem> problems) {
    List<SchemaCheck.Finding> findings = new ArrayList<>();
    SchemaCheck.check(spec, V1PodSpec.class, specPath, findings, MAX_REPORTED_PROBLEMS);
    for (SchemaCheck.Finding finding : findings) {
      String key = SourceMap.normalize(finding.path().toString());
      SourcePosition position =
          finding.reason() == Reason.UNKNOWN_FIELD && keys.containsKey(key)
              ? keys.get(key)
              : at(finding.path());
      problems.add(
          problem(
              ruleId(finding.reason()),
              finding.path(),
              position,
              finding.message(),
              finding.fix()));
    }
    for (int attempt = 0; ; attempt++) {
      try (JsonParser tokens = binder.treeAsTokens(spec)) {
        return binder.readValue(tokens, V1PodSpec.class);
      } catch (JsonMappingException wrong) {
        if (attempt >= MAX_REPORTED_PROBLEMS || !wrongType(wrong, spec, specPath, problems)) {
          throw refusedAll(problems, wrong);
        }
      } catch (IOException | RuntimeException wrong) {
        problems.add(
            problem(
                ReadProblem.SCHEMA_WRONG_TYPE,
                specPath,
                at(specPath),
                "cannot read the pod spec: " + wrong.getMessage(),
                "fix the value"));
        throw refusedAll(problems, wrong);
      }
    }
  }

  /**
   * Records a binding failure as a wrong type and removes the offending value from the tree.
   * Returns false when the value cannot be found or removed (then reading stops).
   */
  private boolean wrongType(
      JsonMappingException wrong, JsonNode spec, FieldPath specPath, List<ReadProblem> problems) {
    FieldPath path = specPath;
    JsonNode parent = null;
    JsonNode node = spec;
    Object last = null;
    for (JsonMappingException.Reference reference : wrong.getPath()) {
      parent = node;
      if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
        last = reference.getIndex();
        node = node == null ? null : node.get(reference.getIndex());
      } else if (reference.getFieldName() != null) {
        String field = reference.getFieldName();
        path =
            reference.getFrom() instanceof Map<?, ?>
                ? path.key(field)
                : path.isRoot() ? FieldPath.of(field) : path.child(field);
        last = field;
        node = node == null ? null : node.get(field);
      }
    }
    Class<?> target =
        wrong instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    String message =
        target == null
            ? "cannot read this value: " + wrong.getOriginalMessage()
            : SchemaCheck.wrongType(target, node);
    problems.add(
        problem(ReadProblem.SCHEMA_WRONG_TYPE, path, at(path), message, fixFor(target, node)));
    if (node == null) {
      return false;
    }
    if (parent instanceof ObjectNode map && last instanceof String field) {
      map.remove(field);
      return true;
    }
    if (parent instanceof ArrayNode list && last instanceof Integer i) {
      list.remove(i.intValue());
      return true;
    }
    return false;
  }

  private static String fixFor(Class<?> target, JsonNode found) {
    if (target == String.class && found != null && found.isValueNode()) {
      return "quote the value: \"" + found.asText() + "\"";
    }
    return "write a value of the expected type";
  }

  private static String ruleId(Reason reason) {
    return switch (reason) {
      case UNKNOWN_FIELD -> ReadProblem.SCHEMA_UNKNOWN_FIELD;
      case MISSING_FIELD -> ReadProblem.SCHEMA_MISSING_REQUIRED_FIELD;
      default -> ReadProblem.SCHEMA_WRONG_TYPE;
    };
  }

  /** The repeated keys inside the object at the base path (all of them for the root). */
  private List<ReadProblem> duplicatesUnder(FieldPath base) {
    if (base.isRoot()) {
      return duplicates;
    }
    String prefix = base.toString();
    List<ReadProblem> under = new ArrayList<>();
    for (ReadProblem duplicate : duplicates) {
      String path = duplicate.path().toString();
      if (path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
        under.add(duplicate);
      }
    }
    return under;
  }

  private SourcePosition at(FieldPath path) {
    return positions.findNearest(path).orElse(new SourcePosition(1, 1));
  }

  private static ReadProblem problem(
      String ruleId, FieldPath path, SourcePosition position, String message, String fix) {
    return new ReadProblem(ruleId, ReadProblem.Level.ERROR, path, position, message, fix);
  }

  /** The annotations of the pod (template) metadata beside the spec. */
  private static Map<String, String> podAnnotations(JsonNode object, ManifestKind kind) {
    List<String> fields = kind.specFields();
    if (fields.isEmpty()) {
      return Map.of();
    }
    JsonNode node = object;
    for (String field : fields.subList(0, fields.size() - 1)) {
      node = node.path(field);
    }
    return annotations(node.path("metadata"));
  }

  /** The string annotations of a metadata node. */
  private static Map<String, String> annotations(JsonNode metadata) {
    Map<String, String> annotations = new TreeMap<>();
    metadata
        .path("annotations")
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().isTextual()) {
                annotations.put(entry.getKey(), entry.getValue().asText());
              }
            });
    return annotations;
  }

  /** A StatefulSet's {@code volumeClaimTemplates} names, in order. */
  private static List<String> claimTemplateNames(JsonNode object, ManifestKind kind) {
    if (kind != ManifestKind.STATEFUL_SET) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode template : object.path("spec").path("volumeClaimTemplates")) {
      JsonNode name = template.path("metadata").path("name");
      if (name.isTextual()) {
        names.add(name.asText());
      }
    }
    return names;
  }

  /** The reading problems as an exception, for when the spec cannot be bound at all. */
  private ManifestReadException refusedAll(List<ReadProblem> problems, Throwable cause) {
    return new ManifestReadException(source, index, ManifestReader.asProblems(problems), cause);
  }

  private ManifestReadException refused(Reason reason, FieldPath path, String message) {
    SourcePosition position = at(path);
    return new ManifestReadException(
        source,
        index,
        new Problem(reason, path.toString(), position.line(), position.column(), message),
        null);
  }
}
