package io.github.sigma2sumo.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read with the place of each string value in the text, so that a query held in
 * one can be mapped back to the file ({@link JsonStringText}). Nesting deeper than
 * {@link #MAX_DEPTH} is refused, as the rest of the tool refuses it.
 */
final class JsonNodes {
  static final int MAX_DEPTH = 200;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

  /** A value of the document. */
  sealed interface Node permits Obj, Arr, Str, Other {}

  /** An object, its members in the order written. */
  record Obj(Map<String, Node> members) implements Node {
    Optional<Node> get(String key) {
      return Optional.ofNullable(members.get(key));
    }

    Optional<String> text(String key) {
      return get(key).filter(Str.class::isInstance).map(n -> ((Str) n).value());
    }

    Optional<Obj> obj(String key) {
      return get(key).filter(Obj.class::isInstance).map(Obj.class::cast);
    }

    List<Node> list(String key) {
      return get(key).filter(Arr.class::isInstance).map(n -> ((Arr) n).items()).orElse(List.of());
    }
  }

  record Arr(List<Node> items) implements Node {}

  /**
   * A string, and how to read it with the place of each of its code points in the host: a JSON
   * literal from its opening quote ({@link JsonStringText}), or text already decoded (an HCL string).
   */
  record Str(String value, java.util.function.Supplier<Optional<EmbeddedText>> text) implements Node {}

  /** A number, boolean or null. */
  record Other(String text) implements Node {}

  /** The document, or why it is none. */
  static Result parse(String text) {
    return parse(text, Optional.empty());
  }

  /**
   * As {@link #parse(String)} for JSON written inside a host ({@code within}: the JSON text, a
   * Terraform heredoc's, with where it is written there): the strings' places are the host's.
   */
  static Result parse(String text, Optional<EmbeddedText> within) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Result(Optional.empty(), Optional.of(new JsonDocument.Malformed("empty document", 0)));
      }
      Node root = new Reader(text, new CodePoints(text), within).value(p, first);
      if (p.nextToken() != null) {
        return new Result(Optional.empty(), Optional.of(new JsonDocument.Malformed("more than one JSON value",
            (int) p.currentTokenLocation().getCharOffset())));
      }
      return new Result(Optional.of(root), Optional.empty());
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      return new Result(Optional.empty(), Optional.of(new JsonDocument.Malformed(e.getOriginalMessage(), (int) at)));
    } catch (IOException e) {
      return new Result(Optional.empty(), Optional.of(new JsonDocument.Malformed(String.valueOf(e.getMessage()), 0)));
    }
  }

  record Result(Optional<Node> root, Optional<JsonDocument.Malformed> malformed) {}

  /** Reads values, each string with the way to map it into {@code text}. */
  private record Reader(String text, CodePoints codePoints, Optional<EmbeddedText> within) {
  private Node value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          members.put(name, value(p, p.nextToken()));
        }
        return new Obj(members);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(value(p, i));
        }
        return new Arr(items);
      }
      case VALUE_STRING -> {
        int quote = (int) p.currentTokenLocation().getCharOffset();
        String host = text;
        return new Str(p.getText(), () -> JsonStringText.read(host, quote, codePoints.at(quote))
            .map(read -> within.map(read::through).orElse(read)));
      }
      default -> {
        return new Other(p.getText());
      }
    }
  }
  }
}
