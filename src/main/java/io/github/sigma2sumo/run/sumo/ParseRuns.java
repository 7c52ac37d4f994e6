package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Stage;
import java.util.List;

/**
 * The runs of consecutive parse stages in a query ({@code parse}, {@code parse regex},
 * {@code extract}, {@code json}, {@code keyvalue}, {@code parse xml}), which share the nodrop rule
 * of {@link ParseStep}: where a run starts, and whether a stage may wait until its fields are read
 * (it has {@code nodrop} and no later parse of its run lacks it).
 */
final class ParseRuns {
  private final boolean[] parse;
  private final boolean[] nodrop;

  ParseRuns(List<Stage> stages) {
    parse = new boolean[stages.size()];
    nodrop = new boolean[stages.size()];
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      if (s instanceof Stage.ParseAnchor p) {
        parse[i] = true;
        nodrop[i] = p.nodrop();
      } else if (s instanceof Stage.ParseRegex p) {
        parse[i] = true;
        nodrop[i] = p.nodrop();
      } else if (s instanceof Stage.Json j) {
        parse[i] = true;
        nodrop[i] = j.nodrop() || j.auto();
      } else if (s instanceof Stage.KeyValue k) {
        parse[i] = true;
        nodrop[i] = k.nodrop() || k.auto();
      } else if (s instanceof Stage.ParseXml x) {
        parse[i] = true;
        nodrop[i] = x.nodrop();
      }
    }
  }

  boolean startsRun(int index) {
    return index == 0 || !parse[index - 1];
  }

  /** Whether the stage at {@code index} may run only when one of its fields is read. */
  boolean mayWait(int index) {
    if (!nodrop[index]) {
      return false;
    }
    for (int j = index + 1; j < parse.length && parse[j]; j++) {
      if (!nodrop[j]) {
        return false;
      }
    }
    return true;
  }
}
