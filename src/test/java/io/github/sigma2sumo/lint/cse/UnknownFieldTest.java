package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import org.junit.jupiter.api.Test;

class UnknownFieldTest {
  private final CseCheckTester tester = CseCheckTester.of(new UnknownField());

  @Test
  void sigmaSpellingGetsTheSchemaSpelling() {
    Diagnostic d = tester.reportsOnceAt("CommandLine LIKE '%whoami%'", 1, 1);
    assertThat(d.message()).isEqualTo("the schema spells this field commandLine (field names are case-sensitive)");
    assertThat(d.fix().flatMap(f -> f.replacement())).contains("commandLine");
  }

  @Test
  void vendorFieldsAreReadFromTheMap() {
    assertThat(tester.reportsOnceAt("EventData.IntegrityLevel = 'High'", 1, 1).message())
        .contains("fields['EventData.IntegrityLevel']");
    assertThat(tester.reportsOnceAt("metadata_vendor = 'x' AND Hashes LIKE '%a%'", 1, 27).message())
        .isEqualTo("Hashes is not in the Cloud SIEM normalized schema; read a vendor field as fields['Hashes']");
  }

  /** Sumo's legacy rules read map keys with a dot; Cloud SIEM runs them, so this is a warning only. */
  @Test
  void dottedKeysOfAMapFieldAreAWarning() {
    Diagnostic fields = tester.reportsOnceAt("fields.yaraStatus = 'Malicious'", 1, 1);
    assertThat(fields.severity()).isEqualTo(Severity.WARNING);
    assertThat(fields.message()).contains("fields['yaraStatus']");
    assertThat(fields.fix().flatMap(f -> f.replacement())).contains("fields['yaraStatus']");
    Diagnostic zeek = tester.reportsOnceAt("metadata_vendor = 'Zeek' AND bro_smb_file.action = 'SMB::FILE_OPEN'", 1, 30);
    assertThat(zeek.severity()).isEqualTo(Severity.WARNING);
    assertThat(zeek.message()).contains("bro_smb_file['action']", "fields['bro_smb_file.action']");
    // a first part that names no field reads nothing
    assertThat(tester.reportsOnceAt("EventData.Image = 'x'", 1, 1).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void unquotedWordsInAnInListAreFields() {
    java.util.List<Diagnostic> found = tester.findings("lower(http_method) IN (post,patch,put)");
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "post in an IN list is read as a field, not as text; quote it: 'post'",
        "patch in an IN list is read as a field, not as text; quote it: 'patch'",
        "put in an IN list is read as a field, not as text; quote it: 'put'");
    assertThat(found).allMatch(d -> d.severity() == Severity.ERROR);
    tester.isClean("lower(http_method) IN ('post', 'patch') AND srcDevice_ip IN (dstDevice_ip, device_ip)");
  }

  @Test
  void schemaFamiliesEnrichmentsAliasesAndIndicatorFilters() {
    tester.isClean("srcDevice_ip_isInternal = true AND dstDevice_hostname = 'a' AND http_url_fqdn = 'b'"
        + " AND dns_queryDomain_possibleDga = true AND fields['eventName'] = 'x' AND bro_http_method = 'GET'");
    tester.isClean("| json field=fields \"a.b\" as alias | where toInt(alias) > 5");
    tester.isClean("hasThreatMatch([srcDevice_ip], confidence > 50 AND type = 'ipv4-addr', active_indicators)");
  }
}
