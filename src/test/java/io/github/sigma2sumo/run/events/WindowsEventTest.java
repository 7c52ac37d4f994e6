package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsEventTest {

  static YMap json(String text) {
    return (YMap) JsonTree.read(SourceFile.of("t.json", text)).value().get(0);
  }

  @Test
  void evtxJson_readsSystemAttributesAndTypedText() {
    WindowsEvent e = WindowsEvent.fromEvtxJson(json("""
        {"Event": {"System": {"Provider": {"#attributes": {"Name": "Service Control Manager", "Guid": "{555908d1}",
          "EventSourceName": "Service Control Manager"}},
          "EventID": {"#attributes": {"Qualifiers": 16384}, "#text": 7036}, "Level": 4, "Keywords": "0x8080000000000000",
          "Correlation": {"#attributes": {"ActivityID": "A1"}}, "Channel": "System", "Computer": "h", "Security": null},
          "EventData": {"param1": "WinHTTP", "param2": "stopped", "Binary": "7700"}}}""")).value();
    WindowsSystem s = e.system();
    assertThat(s.eventId().getAsLong()).isEqualTo(7036);
    assertThat(s.qualifiers().getAsLong()).isEqualTo(16384);
    assertThat(s.eventSourceName()).contains("Service Control Manager");
    assertThat(s.activityId()).contains("A1");
    assertThat(s.userId()).isEmpty();
    assertThat(e.eventData()).extracting(DataField::name).containsExactly("param1", "param2", "Binary");
  }

  @Test
  void sigmaFields_useSigmaHqNames_andNumbersForSystemIntegers() {
    WindowsEvent e = WindowsEvent.fromEvtxJson(json("""
        {"Event": {"System": {"Provider": {"#attributes": {"Name": "P"}}, "EventID": 11, "Level": 4,
          "Execution": {"#attributes": {"ProcessID": 3308}}, "Channel": "C", "Computer": "h"},
          "EventData": {"ProcessId": 10048, "Image": "x.exe", "Flag": true, "Empty": null}}}""")).value();
    YMap sigma = e.sigmaFields();
    assertThat(sigma.entries().keySet())
        .containsExactly("Provider_Name", "EventID", "Level", "Execution_ProcessID", "Channel", "Computer",
            "ProcessId", "Image", "Flag", "Empty");
    assertThat(YNodes.scalarAt(sigma, "EventID").orElseThrow().value()).isEqualTo(BigDecimal.valueOf(11));
    assertThat(YNodes.scalarAt(sigma, "ProcessId").orElseThrow().value()).isEqualTo("10048");
    assertThat(YNodes.scalarAt(sigma, "Flag").orElseThrow().value()).isEqualTo("true");
    assertThat(YNodes.scalarAt(sigma, "Empty").orElseThrow().value()).isEqualTo("");
  }

  @Test
  void userDataFields_flattenToTheirOwnNames() {
    WindowsEvent e = WindowsEvent.fromEvtxJson(json("""
        {"Event": {"System": {"EventID": 5858, "Channel": "Microsoft-Windows-WMI-Activity/Operational"},
          "UserData": {"Operation_ClientFailure": {"#attributes": {"xmlns": "ns"}, "Operation": "op", "ClientProcessId": 1}}}}""")).value();
    assertThat(e.userData()).contains(new UserData("Operation_ClientFailure", Optional.of("ns"),
        List.of(new DataField("Operation", "op"), new DataField("ClientProcessId", "1"))));
    assertThat(YNodes.scalarAt(e.sigmaFields(), "Operation").orElseThrow().text()).isEqualTo("op");
  }

  @Test
  void aDataFieldNamedLikeASystemValue_doesNotHideIt() {
    WindowsEvent e = WindowsEvent.fromEvtxJson(json("""
        {"Event": {"System": {"EventID": 104, "Channel": "System"},
          "UserData": {"LogFileCleared": {"Channel": "Application", "SubjectUserName": "u"}}}}""")).value();
    assertThat(YNodes.scalarAt(e.sigmaFields(), "Channel").orElseThrow().text()).isEqualTo("System");
    assertThat(new WindowsXmlRendering().render(e).value().raw()).contains("<Channel>Application</Channel>");
  }

  @Test
  void sigmaFields_ofAListedUserDataEvent_goUnderItsElement() {
    WindowsEvent e = WindowsEvent.fromSigmaFields(json("""
        {"EventID": 1102, "Channel": "Security", "SubjectUserName": "admin"}""")).value();
    assertThat(e.eventData()).isEmpty();
    assertThat(e.userData().orElseThrow().element()).isEqualTo("LogFileCleared");
    assertThat(CseRecords.normalize(e).value().get("user_username").orElseThrow()).isEqualTo(YNodes.string("admin"));
  }

  @Test
  void sigmaFields_explicitUserData_isKept() {
    WindowsEvent e = WindowsEvent.fromSigmaFields(json("""
        {"EventID": 1, "Channel": "X", "UserData": {"Elem": {"xmlns": "n", "F": "v"}}, "G": "w"}""")).value();
    assertThat(e.userData()).contains(new UserData("Elem", Optional.of("n"),
        List.of(new DataField("F", "v"), new DataField("G", "w"))));
  }

  @Test
  void unnamedData_isOneValueOrAList() {
    WindowsEvent one = WindowsEvent.fromSigmaFields(json("{\"EventID\": 800, \"Data\": \"x\"}")).value();
    assertThat(one.eventData()).containsExactly(new DataField("", "x"));
    assertThat(YNodes.scalarAt(one.sigmaFields(), "Data").orElseThrow().text()).isEqualTo("x");
    WindowsEvent two = WindowsEvent.fromEvtxJson(json("""
        {"System": {"EventID": 400}, "EventData": {"Data": {"#text": ["a", "b"]}}}""")).value();
    assertThat(two.eventData()).containsExactly(new DataField("", "a"), new DataField("", "b"));
    assertThat(two.sigmaFields().get("Data").orElseThrow()).isInstanceOf(io.github.sigma2sumo.sigma.YamlTree.YList.class);
  }

  @Test
  void sigmaAndEvtxForms_ofTheSameEvent_flattenAlike() {
    YMap sigma = json("""
        {"EventID": 1, "Channel": "Microsoft-Windows-Sysmon/Operational", "Provider_Name": "Microsoft-Windows-Sysmon",
         "Computer": "h", "Image": "C:\\\\a.exe", "CommandLine": "a \\"b\\""}""");
    YMap evtx = json("""
        {"Event": {"System": {"Provider": {"#attributes": {"Name": "Microsoft-Windows-Sysmon"}}, "EventID": 1,
          "Channel": "Microsoft-Windows-Sysmon/Operational", "Computer": "h"},
          "EventData": {"Image": "C:\\\\a.exe", "CommandLine": "a \\"b\\""}}}""");
    assertThat(WindowsEvent.fromSigmaFields(sigma).value()).isEqualTo(WindowsEvent.fromEvtxJson(evtx).value());
    assertThat(WindowsEvent.fromSigmaFields(sigma).value().sigmaFields().entries().keySet())
        .containsExactlyInAnyOrderElementsOf(sigma.entries().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'{\"Event\": {\"EventData\": {}}}'|an EVTX record needs Event.System (an object)",
      "'{\"System\": {\"Bogus\": 1}}'|Event.System.Bogus is not a System element of the Windows Event Schema",
      "'{\"System\": {\"EventID\": \"abc\"}}'|the System value EventID must be an unsigned integer, not 'abc'",
      "'{\"System\": {\"EventID\": -1}}'|the System value EventID must be an unsigned integer, not '-1'",
      "'{\"System\": {}, \"EventData\": {\"A\": [1]}}'|EventData.A holds a list; a Windows event data field holds one value",
      "'{\"System\": {}, \"EventData\": [1]}'|Event.EventData must be an object, not a list",
      "'{\"System\": {}, \"UserData\": {\"E\": {\"F\": {\"G\": 1}}}}'|Event.UserData.E.F nests elements deeper than one level, which is not read locally",
      "'{\"System\": {}, \"UserData\": {\"E\": {}, \"F\": {}}}'|Event.UserData must be an object holding one element",
  })
  void badEvtxRecords_areRefusedWithTheReason(String text, String message) {
    assertThat(WindowsEvent.fromEvtxJson(json(text)).message()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'{\"EventID\": \"4688x\"}'|the System value EventID must be an unsigned integer, not '4688x'",
      "'{\"EventID\": [1, 2]}'|the System value EventID must be a scalar, not a list",
      "'{\"Image\": {\"a\": 1}}'|the field Image holds an object; a Windows event field holds one value",
      "'{\"UserData\": \"x\"}'|UserData must be {element: {field: value, ...}}",
      "'{\"Data\": [[1]]}'|Data holds a list, not a value",
  })
  void badSigmaObjects_areRefusedWithTheReason(String text, String message) {
    assertThat(WindowsEvent.fromSigmaFields(json(text)).message()).isEqualTo(message);
  }

  @Test
  void hexSystemIntegers_areRead() {
    WindowsEvent e = WindowsEvent.fromSigmaFields(json("{\"EventID\": \"0x10\", \"Level\": \"4\"}")).value();
    assertThat(e.system().eventId().getAsLong()).isEqualTo(16);
    assertThat(e.system().level().getAsLong()).isEqualTo(4);
  }
}
