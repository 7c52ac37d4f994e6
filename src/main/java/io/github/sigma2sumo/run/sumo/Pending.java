package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/**
 * An extraction a parse with {@code nodrop} set up but did not run: it cannot drop the row, so it
 * runs only when a later stage reads one of its fields (most rows of a compiled query are dropped
 * by a {@code where} that reads one field of four). What the cells held before is kept, since an
 * extraction that does not match leaves its fields as they were.
 *
 * <p>The common case, an extraction of a message's untouched raw text into fields nothing wrote
 * before, needs no state per row: one {@link #ofRaw} object per stage stands in every row's cells
 * and finds its result on the message ({@link MessageMemo}).
 */
final class Pending {
  private final Extraction extraction;
  private final @Nullable Value input;
  private final @Nullable MessageMemo sharedRaw;
  private final int[] targets;
  private final Object @Nullable [] before;
  private Value @Nullable [] results;
  private boolean done;

  /**
   * @param sharedRaw the message when {@code input} is its untouched raw text, whose result is kept
   */
  Pending(Extraction extraction, Value input, @Nullable MessageMemo sharedRaw, int[] targets, Slots row) {
    this.extraction = extraction;
    this.input = input;
    this.sharedRaw = sharedRaw;
    this.targets = targets;
    this.before = new Object[targets.length];
    for (int i = 0; i < targets.length; i++) {
      before[i] = row.cell(targets[i]);
    }
  }

  private Pending(Extraction extraction, int[] targets) {
    this.extraction = extraction;
    this.input = null;
    this.sharedRaw = null;
    this.targets = targets;
    this.before = null;
  }

  /** The extraction of a row's untouched raw text into fields no stage wrote before; shared by all rows. */
  static Pending ofRaw(Extraction extraction, int[] targets) {
    return new Pending(extraction, targets);
  }

  Value resolve(int slot, Slots row) {
    Value[] r;
    if (before == null) {
      r = Extractions.run(extraction, Value.NULL, row.memo().orElseThrow());
    } else {
      if (!done) {
        results = Extractions.run(extraction, input, sharedRaw);
        done = true;
      }
      r = results;
    }
    // rows copied by a multi parse share this extraction: each settles its own cells
    for (int i = 0; i < targets.length; i++) {
      if (r == null) {
        row.restore(targets[i], this, before == null ? Slots.unset() : before[i]);
      } else {
        row.settle(targets[i], this, r[i]);
      }
    }
    // the cell now holds the value, or what it held before the stage
    return row.get(slot);
  }
}
