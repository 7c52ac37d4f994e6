package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What --explain reads: the fate of each message, and rows in and out of the later stages. */
class TraceTest {

  private static final String QUERY = """
      _sourceCategory=*sysmon* error
      | parse "id=*;" as id
      | parse regex "img=(?<img>[^;]*);" nodrop
      | where id = "1" and img matches "*.exe"
      | count by img""";

  @Test
  void tellsWhatBecameOfEachMessage() {
    LogMessage out1 = Runs.message(6, "error id=1; img=a.exe;", "_sourceCategory", "prod/windows");
    LogMessage out2 = Runs.message(5, "fine id=1; img=a.exe;", "_sourceCategory", "prod/sysmon");
    LogMessage noId = Runs.message(4, "error img=a.exe;", "_sourceCategory", "prod/sysmon");
    LogMessage wrongId = Runs.message(3, "error id=2; img=a.exe;", "_sourceCategory", "prod/sysmon");
    LogMessage notExe = Runs.message(2, "error id=1; img=a.dll;", "_sourceCategory", "prod/sysmon");
    LogMessage kept = Runs.message(1, "error id=1; img=a.exe;", "_sourceCategory", "prod/sysmon");
    Trace trace = new Trace();
    Output out = Runs.prepare(QUERY).run(Messages.of(List.of(out1, out2, noId, wrongId, notExe, kept)), trace);
    assertThat(out.rows()).hasSize(1);
    SourceFile source = SourceFile.of("q", QUERY);

    List<MessageFate> fates = trace.fates();
    assertThat(fates).hasSize(6);
    MessageFate.OutOfScope scope = (MessageFate.OutOfScope) fates.get(0);
    assertThat(scope.terms()).extracting(t -> source.slice(t.span()) + "=" + t.value())
        .containsExactly("_sourceCategory=*sysmon*=false", "error=true");
    assertThat(((MessageFate.OutOfScope) fates.get(1)).terms()).extracting(TermOutcome::value)
        .containsExactly(true, false);

    MessageFate.Dropped parse = (MessageFate.Dropped) fates.get(2);
    assertThat(parse.stage()).isZero();
    assertThat(parse.reason()).isEqualTo("the parse did not match and it has no nodrop");

    MessageFate.Dropped where = (MessageFate.Dropped) fates.get(3);
    assertThat(where.stage()).isEqualTo(2);
    assertThat(source.slice(where.span())).startsWith("where id");
    assertThat(where.terms()).extracting(t -> source.slice(t.span()) + "=" + t.value())
        .containsExactly("id = \"1\"=false", "img matches \"*.exe\"=true");
    assertThat(((MessageFate.Dropped) fates.get(4)).terms()).extracting(TermOutcome::value).containsExactly(true, false);

    assertThat(fates.get(5)).isEqualTo(new MessageFate.Kept(kept, 1));
    assertThat(trace.stages()).singleElement().satisfies(s -> {
      assertThat(s.stage()).isEqualTo(3);
      assertThat(s.rowsIn()).isEqualTo(1);
      assertThat(s.rowsOut()).isEqualTo(1);
    });
  }

  @Test
  void aMultiParseKeepsAMessageAsSeveralRows() {
    Trace trace = new Trace();
    LogMessage m = Runs.message("a1 a2 a3");
    Runs.prepare("* | parse regex \"a(?<n>\\\\d)\" multi | where n != \"2\"").run(Messages.of(List.of(m)), trace);
    assertThat(trace.fates()).containsExactly(new MessageFate.Kept(m, 2));
  }

  @Test
  void aRunWithoutTraceGivesTheSameOutput() {
    LogMessage m = Runs.message(1, "error id=1; img=a.exe;", "_sourceCategory", "prod/sysmon");
    PreparedQuery q = Runs.prepare(QUERY);
    assertThat(q.run(Messages.of(List.of(m)), new Trace())).isEqualTo(q.run(List.of(m)));
  }
}
