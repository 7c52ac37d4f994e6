package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Log messages ready to be searched, in the order Sumo returns them: newest {@code _messagetime}
 * first, messages of the same time in the order given (docs search-operators/first-last.md: "the
 * default sort order is descending", which {@code first}, {@code last} and the Messages tab follow).
 *
 * <p>Each message keeps what searches work out from its raw text alone (its lower-case form, its
 * keyword terms, the fields a regex or a JSON path extracts from it), so that preparing these once
 * and running many queries over them does that work once per message. Safe to share between
 * threads. The query time range, which {@code timeslice n buckets} and {@code queryStartTime()}
 * need, is the span of the messages' times unless given.
 */
public final class Messages {

  private final List<MessageMemo> memos;
  private final TimeRange range;

  private Messages(List<MessageMemo> memos, TimeRange range) {
    this.memos = memos;
    this.range = range;
  }

  /** The messages, with the time range from the earliest message time to one after the latest. */
  public static Messages of(List<LogMessage> messages) {
    return of(messages, TimeRange.covering(messages));
  }

  public static Messages of(List<LogMessage> messages, TimeRange range) {
    List<LogMessage> sorted = new ArrayList<>(messages);
    sorted.sort(Comparator.comparingLong(LogMessage::messageTimeMillis).reversed());
    List<MessageMemo> memos = new ArrayList<>(sorted.size());
    sorted.forEach(m -> memos.add(new MessageMemo(m)));
    return new Messages(List.copyOf(memos), range);
  }

  /** The messages in Sumo's order. */
  public List<LogMessage> list() {
    return memos.stream().map(MessageMemo::message).toList();
  }

  public int size() {
    return memos.size();
  }

  public TimeRange range() {
    return range;
  }

  List<MessageMemo> memos() {
    return memos;
  }
}
