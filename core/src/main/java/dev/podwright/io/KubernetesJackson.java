package dev.podwright.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.util.Optional;

/**
 * The one Jackson configuration for the official Kubernetes models: {@link Quantity} as its string
 * form, {@link IntOrString} as a number or a string, nulls and empty collections left out.
 */
public final class KubernetesJackson {

  private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

  private KubernetesJackson() {}

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
    return module;
  }

  /** Applies the Kubernetes settings to a mapper (JSON or YAML) and returns it. */
  static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(kubernetesModule());
    mapper.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return mapper;
  }

  static final class QuantitySerializer extends JsonSerializer<Quantity> {
    @Override
    public void serialize(Quantity value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toSuffixedString());
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
