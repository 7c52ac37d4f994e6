package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
  /** Record components other than spans, per record class, looked up once; {@link #NOT_A_RECORD} for other classes. */
  private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected Component[] computeValue(Class<?> type) {
      if (!type.isRecord()) {
        return NOT_A_RECORD;
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      List<Component> components = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getType() == Span.class) {
          continue;
        }
        try {
          components.add(new Component(c.getName(), lookup.unreflect(c.getAccessor()).asType(READ)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + c.getName() + " of " + type, e);
        }
      }
      return components.toArray(new Component[0]);
    }
  };

  private static final Component[] NOT_A_RECORD = new Component[0];
  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

  /**
   * A record component and its accessor as a method handle: on JDK 17 comparing the corpus's
   * queries this way takes a third of the time {@code Method.invoke} took (it boxes its arguments
   * into an array and generates an accessor class per method).
   */
  private record Component(String name, MethodHandle accessor) {
    Object of(Object record) {
      try {
        return accessor.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
      }
    }
  }

  private AstComparator() {}

  /** True when {@code a} and {@code b} are the same tree apart from spans. */
  public static boolean sameIgnoringSpans(Object a, Object b) {
    return difference(a, b) == null;
  }

  /** Where the trees first differ, as a path such as {@code stages[2].value.args[0]}, if they do. */
  public static Optional<String> firstDifference(Object a, Object b) {
    String d = difference(a, b);
    if (d == null) {
      return Optional.empty();
    }
    return Optional.of(d.startsWith(".") ? d.substring(1) : d.startsWith(":") ? "root" + d : d);
  }

  /**
   * The first difference as the path below this node and what differs there
   * ({@code .value.args[0]: a vs b}), or null when the trees are the same. The path is built on
   * the way back from a difference only: this runs on every compiled query.
   */
  private static String difference(Object a, Object b) {
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return Objects.equals(a, b) ? null : ": " + a + " vs " + b;
    }
    if (a instanceof List<?> left) {
      List<?> right = (List<?>) b;
      if (left.size() != right.size()) {
        return ": " + left.size() + " elements vs " + right.size();
      }
      for (int i = 0; i < left.size(); i++) {
        String d = difference(left.get(i), right.get(i));
        if (d != null) {
          return "[" + i + "]" + d;
        }
      }
      return null;
    }
    if (a instanceof Optional<?> left) {
      return difference(left.orElse(null), ((Optional<?>) b).orElse(null));
    }
    Component[] components = COMPONENTS.get(a.getClass());
    if (components != NOT_A_RECORD) {
      for (Component c : components) {
        String d = difference(c.of(a), c.of(b));
        if (d != null) {
          return "." + c.name() + d;
        }
      }
      return null;
    }
    return a.equals(b) ? null : ": " + a + " vs " + b;
  }
}
