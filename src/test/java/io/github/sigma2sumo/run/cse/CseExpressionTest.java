package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cloud SIEM expressions against records, construct by construct: (expression, record, expected).
 * Expected is MATCH, NO_MATCH or FAIL (the record cannot be decided).
 */
class CseExpressionTest {

  private static final String WINDOWS = "{\"metadata_vendor\": \"Microsoft\", \"metadata_product\": \"Windows\","
      + " \"commandLine\": \"C:\\\\Windows\\\\System32\\\\cmd.exe /c WhoAmI\", \"baseImage\":"
      + " \"C:\\\\Windows\\\\System32\\\\cmd.exe\", \"dstPort\": 443, \"srcPort\": \"51234\", \"success\": false,"
      + " \"srcDevice_ip_isInternal\": 1, \"listMatches\": [\"vuln_scanners\", \"admins\"],"
      + " \"fields\": {\"EventData.Image\": \"C:\\\\x.exe\", \"eventName\": \"ConsoleLogin\", \"n\": \"17\"},"
      + " \"severity\": \"7\", \"empty\": \"\", \"blank\": \"  \", \"nothing\": null}";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      metadata_vendor = 'Microsoft'                                      => MATCH
      metadata_vendor = 'microsoft'                                      => NO_MATCH
      metadata_vendor == 'Microsoft'                                     => MATCH
      metadata_vendor != 'Microsoft'                                     => NO_MATCH
      metadata_vendor <> 'Amazon AWS'                                    => MATCH
      missingField = 'x'                                                 => NO_MATCH
      missingField != 'x'                                                => NO_MATCH
      NOT missingField = 'x'                                             => MATCH
      !(missingField = 'x')                                              => MATCH
      nothing = null                                                     => NO_MATCH
      missingField IS NULL                                               => MATCH
      nothing IS NULL                                                    => MATCH
      empty IS NULL                                                      => NO_MATCH
      metadata_vendor IS NOT NULL                                        => MATCH
      dstPort = 443                                                      => MATCH
      dstPort = '443'                                                    => MATCH
      dstPort = 443.0                                                    => MATCH
      srcPort = 51234                                                    => MATCH
      srcPort > 50000                                                    => MATCH
      srcPort < 1024                                                     => NO_MATCH
      dstPort >= 443 AND dstPort <= 443                                  => MATCH
      severity > '6'                                                     => MATCH
      severity > '10'                                                    => MATCH
      severity > 10                                                      => NO_MATCH
      metadata_vendor > 5                                                => NO_MATCH
      metadata_vendor < 'N'                                              => MATCH
      success = false                                                    => MATCH
      success = 'FALSE'                                                  => MATCH
      srcDevice_ip_isInternal = true                                     => MATCH
      NOT success                                                        => MATCH
      success OR dstPort = 443                                           => MATCH
      success AND dstPort = 443                                          => NO_MATCH
      success && dstPort = 443 || dstPort = 443                          => MATCH
      dstPort IN (80, 443)                                               => MATCH
      dstPort IN ('80', '443')                                           => MATCH
      dstPort NOT IN (80, 8080)                                          => MATCH
      missingField NOT IN ('a')                                          => NO_MATCH
      missingField IN ('a', null)                                        => NO_MATCH
      lower(metadata_vendor) IN ('microsoft', 'amazon aws')              => MATCH
      dstPort BETWEEN 1 AND 1024                                         => MATCH
      dstPort BETWEEN 443 AND 443                                        => MATCH
      dstPort BETWEEN 444 AND 1024                                       => NO_MATCH
      dstPort NOT BETWEEN 1 AND 100                                      => MATCH
      missingField NOT BETWEEN 1 AND 100                                 => NO_MATCH
      dstPort BETWEEN null AND 1000                                      => NO_MATCH
      baseImage LIKE '%\\cmd.exe'                                        => MATCH
      baseImage LIKE '%\\CMD.EXE'                                        => NO_MATCH
      baseImage LIKE '%\\cmd.exe%'                                       => MATCH
      baseImage LIKE '%\\\\cmd.exe'                                      => MATCH
      baseImage LIKE 'C:_Windows%'                                       => MATCH
      baseImage LIKE 'C:\\Windows'                                       => NO_MATCH
      baseImage NOT LIKE '%powershell%'                                  => MATCH
      missingField NOT LIKE '%a%'                                        => NO_MATCH
      '%SystemDrive%\\Users\\John' like '\\%SystemDrive\\%\\\\Users%'    => MATCH
      'a%b' LIKE 'a!%b' ESCAPE '!'                                       => MATCH
      'axb' LIKE 'a!%b' ESCAPE '!'                                       => NO_MATCH
      'a_c' LIKE 'a\\_c'                                                 => MATCH
      'abc' LIKE 'a\\_c'                                                 => NO_MATCH
      baseImage LIKE '%\\Windows\\System32\\\\%'                             => MATCH
      baseImage LIKE '%\\Windows\\System32\\%'                               => NO_MATCH
      'C:\\Windows\\' LIKE '%:\\Windows\\'                                    => MATCH
      baseImage rlike '[a-z]:\\\\'                                         => NO_MATCH
      baseImage rlike '(?i)[a-z]:\\\\windows'                              => MATCH
      baseImage = 'C:\\Windows\\System32\\cmd.exe'                          => MATCH
      baseImage = "C:\\Windows\\System32\\cmd.exe"                          => MATCH
      commandLine !matches /whoami/                                      => MATCH
      lower(commandLine) !matches /whoami/                               => NO_MATCH
      missingField !matches /x/                                          => NO_MATCH
      commandLine RLIKE '(?i)whoami'                                     => MATCH
      commandLine RLIKE 'whoami'                                         => NO_MATCH
      commandLine RLIKE '^C:'                                            => MATCH
      commandLine NOT RLIKE 'powershell'                                 => MATCH
      commandLine matches /WhoAmI/                                       => MATCH
      lower(commandLine) matches /(whoami|hostname)/                     => MATCH
      commandLine matches /^cmd/                                         => NO_MATCH
      commandLine matches /(?i)^c:\\\\windows\\\\.*$/                    => MATCH
      !lower(commandLine) matches /whoami/                               => NO_MATCH
      commandLine NOT matches /powershell/                               => MATCH
      commandLine matches '*WhoAmI'                                      => MATCH
      commandLine matches 'WhoAmI'                                       => NO_MATCH
      commandLine matches "*cmd.exe*"                                    => MATCH
      commandLine matches "*cmd?exe*"                                    => NO_MATCH
      missingField matches /x/                                           => NO_MATCH
      array_contains(listMatches, 'vuln_scanners')                       => MATCH
      NOT array_contains(listMatches, 'vuln')                            => MATCH
      array_contains(missingList, 'x')                                   => NO_MATCH
      fields['EventData.Image'] = 'C:\\x.exe'                            => MATCH
      fields["eventName"] = 'ConsoleLogin'                               => MATCH
      fields.eventName = 'ConsoleLogin'                                  => MATCH
      _raw['eventName'] = 'ConsoleLogin'                                 => MATCH
      fields['missing'] IS NULL                                          => MATCH
      listMatches[1] = 'admins'                                          => MATCH
      listMatches[5] IS NULL                                             => MATCH
      num(fields['n']) + 3 = 20                                          => MATCH
      fields['n'] * 2 = 34                                               => MATCH
      fields['n'] / 2 = 8.5                                              => MATCH
      fields['n'] % 5 = 2                                                => MATCH
      fields['n'] - 20 = -3                                              => MATCH
      -dstPort = -443                                                    => MATCH
      dstPort / 0 IS NULL                                                => MATCH
      metadata_vendor + 1 IS NULL                                        => MATCH
      2 + 3 * 4 = 14                                                     => MATCH
      (2 + 3) * 4 = 20                                                   => MATCH
      1h = 3600000                                                       => MATCH
      5m = 300000 AND 5M = 5000000                                       => MATCH
      1Ki = 1024 AND 2k = 2000 AND 1.5s = 1500                           => MATCH
      1e3 = 1000 AND 2.5E-1 = 0.25 AND 100ms = 100 AND 1w = 604800000    => MATCH
      1ns = 0.000001 AND 1us = 0.001 AND 1d = 86400000 AND 1Mi = 1048576 => MATCH
      1G = 1B AND 1T = 1000G AND 1P = 1000T AND 1Gi = 1024Mi AND 1Pi = 1024Ti => MATCH
      length(metadata_vendor) = 9                                        => MATCH
      length(missingField) = 0                                           => MATCH
      upper(metadata_vendor) = 'MICROSOFT'                               => MATCH
      toLowerCase(metadata_product) = 'windows'                          => MATCH
      concat(metadata_vendor, '/', dstPort) = 'Microsoft/443'            => MATCH
      concat(metadata_vendor, missingField) IS NULL                      => MATCH
      isNull(missingField) AND isNull(nothing)                           => MATCH
      isNull(empty)                                                      => NO_MATCH
      isEmpty(empty) AND isEmpty(missingField)                           => MATCH
      isEmpty(blank)                                                     => NO_MATCH
      isBlank(blank) AND isBlank(empty) AND isBlank(missingField)        => MATCH
      isBlank(metadata_vendor)                                           => NO_MATCH
      ipv4ToNumber('127.0.0.1') = 2130706433                             => MATCH
      isPublicIP('8.8.8.8') AND NOT isPublicIP('10.1.2.3')               => MATCH
      compareCIDRPrefix('10.0.0.0', '10.20.30.40', '8')                  => MATCH
      compareCIDRPrefix('10.0.0.0', 'fe80::1', '8')                      => NO_MATCH
      if(dstPort = 443, 'tls', 'plain') = 'tls'                          => MATCH
      contains(commandLine, 'WhoAmI')                                    => MATCH
      /* a comment */ metadata_vendor = 'Microsoft'                      => MATCH
      hasThreatMatch([srcDevice_ip])                                     => FAIL
      metadata_vendor = 'Amazon AWS' AND hasThreatMatch([srcDevice_ip])  => NO_MATCH
      hasThreatMatch([srcDevice_ip]) AND metadata_vendor = 'Amazon AWS'  => NO_MATCH
      hasThreatMatch([srcDevice_ip]) OR metadata_vendor = 'Microsoft'    => MATCH
      hasThreatMatch([srcDevice_ip]) OR metadata_vendor = 'Amazon AWS'   => FAIL
      metadata_vendor                                                    => FAIL
      listMatches = 'x'                                                  => FAIL
      lower(listMatches) = 'x'                                           => FAIL
      metadata_vendor[0] = 'M'                                           => FAIL
      array_contains(metadata_vendor, 'M')                               => FAIL
      """)
  void evaluates(String expression, String expected) {
    Outcome outcome = Json.expression(expression).test(Json.record(WINDOWS));
    String actual = outcome.isFailure() ? "FAIL" : outcome.isMatch() ? "MATCH" : "NO_MATCH";
    assertThat(actual).as("%s gives %s", expression, outcome).isEqualTo(expected);
  }
}
