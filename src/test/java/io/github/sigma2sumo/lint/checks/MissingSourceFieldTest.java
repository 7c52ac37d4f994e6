package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingSourceFieldTest {
  private final CheckTester tester = CheckTester.of(new MissingSourceField());

  @Test
  void reportsSumsOfFieldsSysmonDoesNotCarry() {
    assertThat(tester.reportsOnceAt("_sourceCategory=*sysmon* | json auto | sum(BytesSent) by Image", 1, 44).message())
        .startsWith("no Sysmon event carries 'BytesSent'");
  }

  @Test
  void reportsXmlElementsThatWindowsEventXmlDoesNotHave() {
    assertThat(tester.reportsOnceAt("_sourceCategory=*sysmon* | parse regex \"<Image>(?<img>[^<]+)</Image>\"", 1, 28)
        .message()).startsWith("Sysmon event XML has no <Image> element");
  }

  @Test
  void reportsFieldsTheSelectedEventDoesNotHave() {
    assertThat(tester.findings("_sourceCategory=*sysmon* EventCode=3 | parse regex \"<Data Name='CommandLine'>(?<c>[^<]*)</Data>\""))
        .isEmpty(); // not an element form: the event check needs the <CommandLine> form to know the field
    assertThat(tester.findings("_sourceCategory=*sysmon* EventCode=3 | parse regex \"<CommandLine>(?<c>[^<]*)</CommandLine>\""))
        .extracting(d -> d.message()).anyMatch(m -> m.startsWith("Sysmon event 3 (network connection) has no CommandLine"));
  }

  @Test
  void leavesOtherSourcesAndCreatedFieldsAlone() {
    tester.isClean("_sourceCategory=proxy | json auto | sum(BytesSent) by host");
    tester.isClean("_sourceCategory=*sysmon* | parse \"bytes=*\" as BytesSent | sum(BytesSent) by Image");
    tester.isClean("_sourceCategory=*sysmon* | json auto | sum(DestinationPort) by Image");
  }
}
