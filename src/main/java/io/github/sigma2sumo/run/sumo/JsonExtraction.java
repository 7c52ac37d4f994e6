package io.github.sigma2sumo.run.sumo;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code json [field=f] "path", ... [as a, ...]}: the value each path reaches in the JSON the input
 * holds ({@link JsonValue#find}: the whole text, or the first object in it, as the docs' examples
 * have a preamble before the JSON). Text with no JSON does not match; a path that reaches nothing
 * gives null, which without {@code nodrop} drops the message ("dropping messages that do not have
 * the fields or keys specified"); see {@link ParseStep}'s strict mode.
 */
final class JsonExtraction implements Extraction {
  private final List<JsonPath> paths;
  private final Key key;

  private record Key(List<String> paths) {}

  /** The parsed JSON of a message, shared by every json stage of every query over it. */
  private record Document() {}

  private static final Document DOCUMENT = new Document();

  JsonExtraction(List<String> texts, List<JsonPath> paths) {
    this.paths = List.copyOf(paths);
    this.key = new Key(List.copyOf(texts));
  }

  @Override
  public Value @Nullable [] extract(String input) {
    Optional<JsonValue> doc = JsonValue.find(input);
    return doc.isEmpty() ? null : values(doc.get());
  }

  /** The same as {@link #extract}, reading the message's JSON once for all paths of all queries. */
  @Override
  public Value @Nullable [] extractRaw(MessageMemo message) {
    Optional<JsonValue> doc = document(message);
    return doc.isEmpty() ? null : values(doc.get());
  }

  /** The JSON a message's raw text holds, read once. */
  static Optional<JsonValue> document(MessageMemo memo) {
    Object kept = memo.fromRaw(DOCUMENT, raw -> JsonValue.find(raw).map(v -> (Object) v).orElse(MessageMemo.NONE));
    return kept == MessageMemo.NONE ? Optional.empty() : Optional.of((JsonValue) kept);
  }

  private Value[] values(JsonValue doc) {
    Value[] out = new Value[paths.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = paths.get(i).evaluate(doc).map(JsonValue::toValue).orElse(Value.NULL);
    }
    return out;
  }

  @Override
  public Object key() {
    return key;
  }
}
