package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code parse regex ... multi}: one row per match, leftmost first and not overlapping, each a
 * copy of the input row with that match's groups ("the multi keyword creates copies of each
 * message so that each individual value in a field can be counted", docs
 * parse-operators/parse-variable-patterns-using-regex.md). No match drops the row unless
 * {@code nodrop} (then it stays as it was) or an earlier nodrop parse of the run matched it.
 */
final class MultiParse implements ExpandStage {
  private final Regex regex;
  private final int[] groups;
  private final @Nullable Eval field;
  private final int rawSlot;
  private final int[] targets;
  private final boolean nodrop;
  private final boolean startsRun;

  MultiParse(Regex regex, int[] groups, @Nullable Eval field, int rawSlot, int[] targets, boolean nodrop,
      boolean startsRun) {
    this.regex = regex;
    this.groups = groups;
    this.field = field;
    this.rawSlot = rawSlot;
    this.targets = targets;
    this.nodrop = nodrop;
    this.startsRun = startsRun;
  }

  @Override
  public List<Slots> expand(Slots row) {
    if (startsRun) {
      row.parseMatched = false;
    }
    Value input = field == null ? row.get(rawSlot) : field.eval(row);
    List<@Nullable String[]> matches = input.isNull() ? List.of() : regex.all(input.text());
    if (matches.isEmpty()) {
      for (int t : targets) {
        if (!row.isCreated(t)) {
          row.set(t, Value.NULL);
        }
      }
      return nodrop || row.parseMatched ? List.of(row) : List.of();
    }
    if (matches.size() > RunContext.MAX_ROWS) {
      throw new RunLimitExceeded("parse regex multi made more than " + RunContext.MAX_ROWS + " rows of one message");
    }
    List<Slots> out = new ArrayList<>(matches.size());
    for (@Nullable String[] match : matches) {
      Slots copy = matches.size() == 1 ? row : row.copy();
      for (int i = 0; i < targets.length; i++) {
        String g = match[groups[i]];
        copy.set(targets[i], g == null ? Value.NULL : Value.of(g));
      }
      if (nodrop) {
        copy.parseMatched = true;
      }
      out.add(copy);
    }
    return out;
  }

  @Override
  public String dropReason() {
    return "the parse regex multi found no match and it has no nodrop";
  }
}
