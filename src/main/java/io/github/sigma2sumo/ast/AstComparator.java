package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
      List<Component> components = new ArrayList<>();
      try {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        for (RecordComponent c : type.getRecordComponents()) {
          if (c.getType() != Span.class) {
            VarHandle field = lookup.findVarHandle(type, c.getName(), c.getType());
            components.add(new Component(c.getName(), c.getType(), field));
          }
        }
      } catch (IllegalAccessException | NoSuchFieldException e) {
        throw new IllegalStateException("cannot read the components of " + type, e);
      }
      return components.toArray(new Component[0]);
    }
  };

  private static final Component[] NOT_A_RECORD = new Component[0];

  /**
   * A record component and a handle on the field that holds it. A {@link VarHandle} read through
   * a call site typed {@code (Object)Object} needs no adapter for a field of reference type, where
   * a method handle on the accessor needs an {@code asType} adapter per component, generated as a
   * class at run time (74 of them in a Terraform pack of the corpus, with the JIT compiling the
   * generator). Fields of primitive type are read at call sites of their own type. On JDK 17 this
   * is also three times faster than {@code Method.invoke}, which boxes its arguments into an
   * array and generates an accessor class per method.
   */
  private record Component(String name, Class<?> type, VarHandle field) {
    Object of(Object record) {
      if (!type.isPrimitive()) {
        return field.get(record);
      } else if (type == boolean.class) {
        return (boolean) field.get(record);
      } else if (type == int.class) {
        return (int) field.get(record);
      } else if (type == long.class) {
        return (long) field.get(record);
      } else if (type == double.class) {
        return (double) field.get(record);
      } else if (type == float.class) {
        return (float) field.get(record);
      } else if (type == char.class) {
        return (char) field.get(record);
      } else if (type == short.class) {
        return (short) field.get(record);
      }
      return (byte) field.get(record);
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
