package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.CaseEvent;
import io.github.sigma2sumo.run.sumo.LogMessage;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a case in the three shapes the evaluators read: the object of Sigma field names,
 * the message Sumo would store (raw text, metadata and indexed fields), and the record Cloud SIEM
 * would build. A shape that cannot be made has the reason instead.
 */
record PreparedEvent(CaseEvent source, long timeMillis, Optional<YMap> sigmaFields, Optional<String> rawLine,
    Shape<LogMessage> message, Shape<YMap> cseRecord) {

  /** A value, or why there is none. */
  record Shape<T>(Optional<T> value, String missing) {
    static <T> Shape<T> of(T value) {
      return new Shape<>(Optional.of(value), "");
    }

    static <T> Shape<T> none(String why) {
      return new Shape<>(Optional.empty(), why);
    }
  }

  PreparedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sigmaFields, "sigmaFields");
    Objects.requireNonNull(rawLine, "rawLine");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cseRecord, "cseRecord");
  }
}
