package io.github.sigma2sumo.run.sumo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read from a log message, for {@code json} and {@code json auto}. Reading is bounded
 * for hostile input: at most {@link #MAX_CHARS} characters and {@link #MAX_DEPTH} levels of nesting;
 * past either the text counts as no JSON.
 *
 * <p>As a field value, a string is its text, a number its digits as written, a boolean
 * {@code true}/{@code false}, {@code null} is null, and an object or array its compact JSON text
 * (the docs show {@code json "baselineIntervals"} giving the array's text).
 */
sealed interface JsonValue {
  int MAX_CHARS = 8_000_000;
  int MAX_DEPTH = 256;

  record Obj(Map<String, JsonValue> members) implements JsonValue {}

  record Arr(List<JsonValue> elements) implements JsonValue {}

  /** A string ({@code quoted}), number or boolean, by its text. */
  record Scalar(String text, boolean quoted) implements JsonValue {}

  record Null() implements JsonValue {}

  JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

  /** The JSON value the whole text is (white space around it allowed), if it is one. */
  static Optional<JsonValue> parse(String text) {
    return parse(text, false);
  }

  /**
   * The JSON object a log line holds: the whole text, or else the first object that starts at a
   * {@code '{'} and reads as JSON, text after it ignored.
   */
  static Optional<JsonValue> find(String text) {
    Optional<JsonValue> whole = parse(text, false);
    if (whole.isPresent()) {
      return whole;
    }
    int brace = text.indexOf('{');
    for (int tries = 0; brace >= 0 && tries < 16; tries++) {
      Optional<JsonValue> found = parse(text.substring(brace), true);
      if (found.isPresent()) {
        return found;
      }
      brace = text.indexOf('{', brace + 1);
    }
    return Optional.empty();
  }

  private static Optional<JsonValue> parse(String text, boolean prefix) {
    if (text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      JsonValue v = read(p, first);
      if (!prefix && p.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(v);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static JsonValue read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          members.put(name, read(p, p.nextToken()));
        }
        return new Obj(members);
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          elements.add(read(p, e));
        }
        return new Arr(elements);
      }
      case VALUE_NULL:
        return new Null();
      case VALUE_STRING:
        return new Scalar(p.getText(), true);
      default:
        return new Scalar(p.getText(), false);
    }
  }

  /** The value as a field value (see the type's comment). */
  default Value toValue() {
    if (this instanceof Scalar s) {
      return Value.of(s.text());
    }
    if (this instanceof Null) {
      return Value.NULL;
    }
    return Value.of(compact());
  }

  /** Compact JSON text: no white space, strings escaped as JSON needs. */
  default String compact() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonValue v) throws IOException {
    if (v instanceof Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Arr a) {
      g.writeStartArray();
      for (JsonValue e : a.elements()) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof Scalar s) {
      if (s.quoted()) {
        g.writeString(s.text());
      } else {
        g.writeRawValue(s.text());
      }
    } else {
      g.writeNull();
    }
  }
}
