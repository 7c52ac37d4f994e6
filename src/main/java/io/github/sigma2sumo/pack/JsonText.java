package io.github.sigma2sumo.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** A pack model (maps in insertion order, lists, strings, numbers, booleans, null) as indented JSON. */
final class JsonText {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonText() {}

  /** Writes {@code model} and a final newline to {@code out}, which stays open. */
  static void write(Object model, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      write(json, model);
    }
    out.write('\n');
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName((String) e.getKey());
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        write(json, item);
      }
      json.writeEndArray();
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }
}
