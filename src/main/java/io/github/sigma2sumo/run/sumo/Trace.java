package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a traced run saw: the fate of each message in the message-by-message part of the query (the
 * scope and the stages before the first that needs all rows, such as an aggregation or a sort),
 * then how many rows went into and out of each later stage. Made by the caller, filled by
 * {@link PreparedQuery#run(Messages, Trace)}; one trace per run.
 */
public final class Trace {
  private final List<MessageFate> fates = new ArrayList<>();
  private final List<StageRows> stages = new ArrayList<>();

  /** Rows into and out of one stage that works on all rows at once, or on the rows it gets. */
  public record StageRows(int stage, Span span, int rowsIn, int rowsOut) {
    public StageRows {
      Objects.requireNonNull(span, "span");
    }
  }

  public List<MessageFate> fates() {
    return List.copyOf(fates);
  }

  public List<StageRows> stages() {
    return List.copyOf(stages);
  }

  void add(MessageFate fate) {
    fates.add(fate);
  }

  void add(StageRows rows) {
    stages.add(rows);
  }
}
