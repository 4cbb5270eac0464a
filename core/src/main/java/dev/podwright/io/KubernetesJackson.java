package dev.podwright.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Jackson configuration for the official Kubernetes models: {@link Quantity} in the API
 * server's canonical string form ({@link QuantityFormat}), {@link IntOrString} as a number or a
 * string, {@link OffsetDateTime} as RFC 3339 text, nulls and empty lists and maps left out (empty
 * strings are kept), properties ordered {@code name} first and then alphabetically, map entries
 * sorted by key. Output is therefore deterministic.
 *
 * <p>All mappers here are built once and are thread-safe.
 */
public final class KubernetesJackson {

  private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

  /** Binds as strictly as the API server; see {@link #strictBinder()}. */
  private static final ObjectMapper STRICT = strict();

  private KubernetesJackson() {}

  /**
   * The one strict binder of trees and token streams to the official models, shared by every
   * Podwright reader: unknown fields fail, and a number or boolean is not taken for a string
   * ({@code args: [--port, 8080]} is refused, as kubectl refuses it), nor a float for an integer.
   * Do not reconfigure it.
   */
  public static ObjectMapper strictBinder() {
    return STRICT;
  }

  private static ObjectMapper strict() {
    JsonMapper mapper =
        configure(
            JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build());
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * A shared, fully configured JSON mapper. Do not reconfigure it; {@link ObjectMapper#copy()} it
   * if you need other settings.
   */
  public static ObjectMapper jsonMapper() {
    return JSON;
  }

  /** The module that teaches Jackson the official model's custom types. */
  public static SimpleModule kubernetesModule() {
    SimpleModule module = new SimpleModule("podwright-kubernetes");
    module.addSerializer(Quantity.class, new QuantitySerializer());
    module.addDeserializer(Quantity.class, new QuantityDeserializer());
    module.addSerializer(IntOrString.class, new IntOrStringSerializer());
    module.addDeserializer(IntOrString.class, new IntOrStringDeserializer());
    module.addSerializer(OffsetDateTime.class, new OffsetDateTimeSerializer());
    module.addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer());
    module.setSerializerModifier(new NameFirstThenAlphabetical());
    return module;
  }

  /** Applies the Kubernetes settings to a mapper (JSON or YAML) and returns it. */
  static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(kubernetesModule());
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(
            Include.CUSTOM, Include.ALWAYS, OmitNullAndEmptyContainers.class, null));
    mapper.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return mapper;
  }

  /**
   * Inclusion filter: leaves out nulls, empty collections and empty maps, but keeps empty strings
   * (an env var's {@code value: ""} is data). Jackson calls {@code equals} with the property value
   * and omits the property when it returns true.
   */
  static final class OmitNullAndEmptyContainers {
    @Override
    public boolean equals(Object value) {
      return value == null
          || (value instanceof Collection<?> collection && collection.isEmpty())
          || (value instanceof Map<?, ?> map && map.isEmpty());
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** Orders every bean's properties {@code name} first, then alphabetically. */
  static final class NameFirstThenAlphabetical extends BeanSerializerModifier {
    private static final Comparator<BeanPropertyWriter> ORDER =
        Comparator.comparing((BeanPropertyWriter writer) -> !writer.getName().equals("name"))
            .thenComparing(BeanPropertyWriter::getName);

    @Override
    public List<BeanPropertyWriter> orderProperties(
        SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> props) {
      List<BeanPropertyWriter> ordered = new ArrayList<>(props);
      ordered.sort(ORDER);
      return ordered;
    }
  }

  static final class OffsetDateTimeSerializer extends JsonSerializer<OffsetDateTime> {
    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  }

  static final class OffsetDateTimeDeserializer extends JsonDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (OffsetDateTime)
            context.handleUnexpectedToken(
                OffsetDateTime.class,
                parser.currentToken(),
                parser,
                "a timestamp is an RFC 3339 string, e.g. \"2026-01-02T03:04:05Z\"");
      }
      String text = parser.getText();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException notATimestamp) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(
                OffsetDateTime.class,
                text,
                "not an RFC 3339 timestamp; expected e.g. 2026-01-02T03:04:05Z");
      }
    }
  }

  static final class QuantitySerializer extends JsonSerializer<Quantity> {
    @Override
    public void serialize(Quantity value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(QuantityFormat.canonical(value));
    }
  }

  static final class QuantityDeserializer extends JsonDeserializer<Quantity> {
    @Override
    public Quantity deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING && !token.isNumeric()) {
        return (Quantity)
            context.handleUnexpectedToken(
                Quantity.class, token, parser, "a quantity is a string or a number, e.g. \"250m\"");
      }
      String text = parser.getText();
      Optional<Quantity> parsed = Quantities.parse(text);
      if (parsed.isEmpty()) {
        return (Quantity)
            context.handleWeirdStringValue(
                Quantity.class,
                text,
                "not a Kubernetes quantity; expected a number with an optional suffix, e.g. 250m,"
                    + " 1, 64Mi");
      }
      return parsed.get();
    }
  }

  static final class IntOrStringSerializer extends JsonSerializer<IntOrString> {
    @Override
    public void serialize(IntOrString value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      if (value.isInteger()) {
        gen.writeNumber(value.getIntValue());
      } else {
        gen.writeString(value.getStrValue());
      }
    }
  }

  static final class IntOrStringDeserializer extends JsonDeserializer<IntOrString> {
    @Override
    public IntOrString deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT
          && parser.getNumberType() == JsonParser.NumberType.INT) {
        return new IntOrString(parser.getIntValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        return new IntOrString(parser.getText());
      }
      return (IntOrString)
          context.handleUnexpectedToken(
              IntOrString.class, token, parser, "expected a port number or a port name");
    }
  }
}
