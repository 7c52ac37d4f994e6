package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
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

  @Test
  void schemaFamiliesEnrichmentsAliasesAndIndicatorFilters() {
    tester.isClean("srcDevice_ip_isInternal = true AND dstDevice_hostname = 'a' AND http_url_fqdn = 'b'"
        + " AND dns_queryDomain_possibleDga = true AND fields['eventName'] = 'x' AND bro_http_method = 'GET'");
    tester.isClean("| json field=fields \"a.b\" as alias | where toInt(alias) > 5");
    tester.isClean("hasThreatMatch([srcDevice_ip], confidence > 50 AND type = 'ipv4-addr', active_indicators)");
  }
}
