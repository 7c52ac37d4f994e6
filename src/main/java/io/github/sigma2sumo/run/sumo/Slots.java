package io.github.sigma2sumo.run.sumo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row while it flows through the stages: a cell per slot of the query's {@link FieldSchema},
 * each holding a {@link Value}, a {@link Pending} extraction not yet worked out, or nothing yet.
 *
 * <p>A cell no stage has written reads from the message: {@code _raw}, {@code _messagetime},
 * {@code _receipttime}, {@code _size} (bytes of the raw text in UTF-8) and the message's metadata.
 * A name that neither a stage nor the message provides reads as null, and the run notes it: Sumo
 * itself answers such a query with "field not found" unless the field is an indexed one, which
 * the message would then carry. Rows made by an aggregation have no message and read unknown
 * fields as null.
 */
final class Slots {
  private static final Object UNSET = new Object();
  private static final byte CREATED = 1;

  private final FieldSchema schema;
  private final @Nullable MessageMemo memo;
  private final RunContext context;
  private Object[] cells;
  private byte[] flags;
  private int[] order;
  private int orderSize;
  private @Nullable LinkedHashMap<String, Value> extra;
  private java.util.@Nullable Set<String> hidden;
  private java.util.@Nullable Set<String> kept;
  private java.util.List<String> shownFirst = java.util.List.of();
  /** Set by a matching parse with nodrop: a later parse without nodrop in the same run keeps the row. */
  boolean parseMatched;

  Slots(FieldSchema schema, @Nullable MessageMemo memo, RunContext context) {
    this.schema = schema;
    this.memo = memo;
    this.context = context;
    int n = schema.size();
    this.cells = new Object[n];
    java.util.Arrays.fill(cells, UNSET);
    this.flags = new byte[n];
    this.order = new int[Math.max(4, n)];
  }

  private Slots(Slots from) {
    this.schema = from.schema;
    this.memo = from.memo;
    this.context = from.context;
    this.cells = from.cells.clone();
    this.flags = from.flags.clone();
    this.order = from.order.clone();
    this.orderSize = from.orderSize;
    this.extra = from.extra == null ? null : new LinkedHashMap<>(from.extra);
    this.parseMatched = from.parseMatched;
    this.hidden = from.hidden == null ? null : new java.util.HashSet<>(from.hidden);
    this.kept = from.kept == null ? null : new java.util.HashSet<>(from.kept);
    this.shownFirst = from.shownFirst;
  }

  Slots copy() {
    return new Slots(this);
  }

  RunContext context() {
    return context;
  }

  FieldSchema schema() {
    return schema;
  }

  Optional<MessageMemo> memo() {
    return Optional.ofNullable(memo);
  }

  Value get(int slot) {
    Object cell = cells[slot];
    if (cell instanceof Value v) {
      return v;
    }
    if (cell == UNSET) {
      Value v = fromMessage(slot);
      cells[slot] = v;
      return v;
    }
    return ((Pending) cell).resolve(slot, this);
  }

  /** The raw text when no stage has replaced {@code _raw}: extractions from it may be shared. */
  Optional<MessageMemo> untouchedRaw(int rawSlot) {
    if (memo == null || rawSlot >= 0 && (flags[rawSlot] & CREATED) != 0) {
      return Optional.empty();
    }
    return Optional.of(memo);
  }

  void set(int slot, Value value) {
    cells[slot] = value;
    created(slot);
  }

  void setPending(int slot, Pending pending) {
    cells[slot] = pending;
    created(slot);
  }

  /** The content of a cell nothing wrote. */
  static Object unset() {
    return UNSET;
  }

  boolean isUnset(int slot) {
    return cells[slot] == UNSET;
  }

  /** What the cell holds now, unresolved: for a pending extraction that may leave it unchanged. */
  Object cell(int slot) {
    return cells[slot];
  }

  /**
   * Puts back what a pending extraction that did not match left unchanged (a value or another
   * pending extraction), keeping any later write; a field that did not exist before reads from
   * the message again, or as null.
   */
  void restore(int slot, Pending pending, Object before) {
    if (cells[slot] == pending) {
      cells[slot] = before;
    }
  }

  /** Replaces a resolved pending cell by its value, keeping any later write. */
  void settle(int slot, Pending pending, Value value) {
    if (cells[slot] == pending) {
      cells[slot] = value;
    }
  }

  /** Removes a field, as {@code fields -} does; it then reads as null. */
  void remove(int slot) {
    cells[slot] = Value.NULL;
    flags[slot] = 0;
    for (int i = 0; i < orderSize; i++) {
      if (order[i] == slot) {
        System.arraycopy(order, i + 1, order, i, orderSize - i - 1);
        orderSize--;
        break;
      }
    }
  }

  /** A field whose name the query does not know in advance ({@code json auto}, {@code lookup *}). */
  void setByName(String name, Value value) {
    var slot = schema.find(name);
    if (slot.isPresent()) {
      set(slot.getAsInt(), value);
      return;
    }
    if (extra == null) {
      extra = new LinkedHashMap<>();
    }
    extra.remove(FieldNames.lower(name));
    extra.put(name, value);
  }

  /** Fields no stage created, by name; removed by {@code fields}. */
  Map<String, Value> extra() {
    return extra == null ? Map.of() : extra;
  }

  void removeExtra(String name) {
    if (extra != null) {
      extra.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    }
  }

  /** Hides a field of the message from the output ({@code fields -}). */
  void hide(String name) {
    if (hidden == null) {
      hidden = new java.util.HashSet<>();
    }
    hidden.add(FieldNames.lower(name));
  }

  /** Keeps only the named fields and internal ones in the output ({@code fields a, b}), listed ones first. */
  void keepOnly(java.util.Set<String> lowerNames, java.util.List<String> order) {
    if (kept == null) {
      kept = new java.util.HashSet<>(lowerNames);
    } else {
      kept.retainAll(lowerNames);
    }
    shownFirst = java.util.List.copyOf(order);
  }

  /** Whether the output shows a field of this name. */
  boolean isShown(String name) {
    String lower = FieldNames.lower(name);
    if (hidden != null && hidden.contains(lower)) {
      return false;
    }
    return kept == null || kept.contains(lower) || FieldNames.isInternal(lower);
  }

  /** The fields a {@code fields} allow-list put first, in its order. */
  java.util.List<String> shownFirst() {
    return shownFirst;
  }

  boolean isCreated(int slot) {
    return (flags[slot] & CREATED) != 0;
  }

  /** Slots created by stages, in the order they were first written. */
  int[] createdOrder() {
    return java.util.Arrays.copyOf(order, orderSize);
  }

  private void created(int slot) {
    if ((flags[slot] & CREATED) == 0) {
      flags[slot] |= CREATED;
      if (orderSize == order.length) {
        order = java.util.Arrays.copyOf(order, orderSize * 2);
      }
      order[orderSize++] = slot;
    }
  }

  private Value fromMessage(int slot) {
    if (memo == null) {
      if (!isCreated(slot)) {
        context.undefinedField(schema.name(slot));
      }
      return Value.NULL;
    }
    LogMessage m = memo.message();
    String lower = schema.lowerName(slot);
    switch (lower) {
      case "_raw":
        return Value.of(m.raw());
      case "_messagetime":
        return Value.of((double) m.messageTimeMillis());
      case "_receipttime":
        return Value.of((double) m.receiptTimeMillis());
      case "_size":
        return Value.of((double) m.raw().getBytes(StandardCharsets.UTF_8).length);
      default:
        Optional<String> meta = m.metadataValue(lower);
        if (meta.isPresent()) {
          return Value.of(meta.get());
        }
        if (!isCreated(slot)) {
          context.undefinedField(schema.name(slot));
        }
        return Value.NULL;
    }
  }
}
