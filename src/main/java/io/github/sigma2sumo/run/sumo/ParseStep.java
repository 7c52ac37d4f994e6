package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/**
 * One parse operator applied to a row: an {@link Extraction} of its input ({@code _raw}, or the
 * field of {@code field=}) into its target fields (docs parse-operators/parse-nodrop-option.md,
 * parse-field-option.md).
 *
 * <ul>
 *   <li>A match assigns every target; no match assigns none, so a target keeps what an earlier
 *       stage gave it ("none of the variables will be assigned") and is null if nothing did.
 *   <li>Without {@code nodrop}, a row the extraction does not match is dropped, unless a parse with
 *       {@code nodrop} earlier in the same run of consecutive parse stages matched it: "using nodrop
 *       acts as an OR condition ... the results from the first parse expression using nodrop, even
 *       when they don't match the following parse expression are still returned".
 *   <li>With {@code nodrop}, when no later parse of the run lacks {@code nodrop}, the extraction
 *       waits until a field it fills is read ({@link Pending}); nothing else can tell the
 *       difference.
 *   <li>{@code strict} extractions ({@code json}) count as a match only when every target got a
 *       value: "dropping messages that do not have the fields or keys specified".
 * </ul>
 */
final class ParseStep implements RowStage {
  private final Extraction extraction;
  private final @Nullable Eval field;
  private final int rawSlot;
  private final int[] targets;
  private final boolean nodrop;
  private final boolean lazy;
  private final boolean startsRun;
  private final boolean strict;
  private final Pending fromRaw;

  ParseStep(Extraction extraction, @Nullable Eval field, int rawSlot, int[] targets, boolean nodrop, boolean lazy,
      boolean startsRun, boolean strict) {
    this.extraction = extraction;
    this.field = field;
    this.rawSlot = rawSlot;
    this.targets = targets;
    this.nodrop = nodrop;
    this.lazy = lazy;
    this.startsRun = startsRun;
    this.strict = strict;
    this.fromRaw = Pending.ofRaw(extraction, targets);
  }

  @Override
  public boolean apply(Slots row) {
    if (startsRun) {
      row.parseMatched = false;
    }
    MessageMemo shared = field == null ? row.untouchedRaw(rawSlot).orElse(null) : null;
    if (lazy && shared != null && allUnset(row)) {
      for (int t : targets) {
        row.setPending(t, fromRaw);
      }
      return true;
    }
    Value input = field == null ? row.get(rawSlot) : field.eval(row);
    if (lazy) {
      Pending pending = new Pending(extraction, input, shared, targets, row);
      for (int t : targets) {
        row.setPending(t, pending);
      }
      return true;
    }
    Value[] values = Extractions.run(extraction, input, shared);
    boolean matched = values != null && (!strict || complete(values));
    if (values != null && (matched || nodrop)) {
      for (int i = 0; i < targets.length; i++) {
        row.set(targets[i], values[i]);
      }
    } else {
      for (int t : targets) {
        if (!row.isCreated(t)) {
          row.set(t, Value.NULL);
        }
      }
    }
    if (matched) {
      if (nodrop) {
        row.parseMatched = true;
      }
      return true;
    }
    return nodrop || row.parseMatched;
  }

  private boolean allUnset(Slots row) {
    for (int t : targets) {
      if (!row.isUnset(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean complete(Value[] values) {
    for (Value v : values) {
      if (v.isNull()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String dropReason() {
    return "the parse did not match and it has no nodrop";
  }

  @Override
  public boolean isParse() {
    return true;
  }
}
