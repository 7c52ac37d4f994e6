package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two syntax trees without their positions: "the same tree, written elsewhere". Used by
 * the round trip (parse, print, parse again) of queries we read and of queries we generate.
 *
 * <p>Every AST node is a record, so the comparison walks record components generically and skips
 * those of type {@link Span}; lists and optionals are compared element by element.
 */
public final class AstComparator {
  /** Record components other than spans, per record class, looked up once. */
  private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> type) {
      return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() != Span.class).toList();
    }
  };

  private AstComparator() {}

  /** True when {@code a} and {@code b} are the same tree apart from spans. */
  public static boolean sameIgnoringSpans(Object a, Object b) {
    return firstDifference(a, b, "").isEmpty();
  }

  /** Where the trees first differ, as a path such as {@code stages[2].value.args[0]}, if they do. */
  public static Optional<String> firstDifference(Object a, Object b) {
    return firstDifference(a, b, "");
  }

  private static Optional<String> firstDifference(Object a, Object b, String path) {
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return Objects.equals(a, b) ? Optional.empty() : Optional.of(describe(path, a, b));
    }
    if (a instanceof List<?> left) {
      List<?> right = (List<?>) b;
      if (left.size() != right.size()) {
        return Optional.of(path + ": " + left.size() + " elements vs " + right.size());
      }
      for (int i = 0; i < left.size(); i++) {
        Optional<String> d = firstDifference(left.get(i), right.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a instanceof Optional<?> left) {
      return firstDifference(left.orElse(null), ((Optional<?>) b).orElse(null), path);
    }
    if (a.getClass().isRecord()) {
      for (RecordComponent c : COMPONENTS.get(a.getClass())) {
        String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
        Optional<String> d = firstDifference(value(c, a), value(c, b), at);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : Optional.of(describe(path, a, b));
  }

  private static String describe(String path, Object a, Object b) {
    return (path.isEmpty() ? "root" : path) + ": " + a + " vs " + b;
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
    }
  }
}
