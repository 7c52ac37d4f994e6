package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The record Cloud SIEM's ProxySG mapping builds from an event named in Sigma's proxy fields. */
class ProxySgRecordsTest {

  private static YMap record(String json) {
    FlatRecord event = FlatRecord.fromSigmaFields(WindowsEventTest.json(json)).value();
    return CseRecords.normalize(event, "proxy").value();
  }

  private static Object value(YMap map, String key) {
    return YNodes.scalarAt(map, key).map(YScalar::value).orElse(null);
  }

  @Test
  void theMappingFillsHostMethodClientBytesAndStatus() {
    YMap r = record("{\"c-ip\": \"10.0.0.5\", \"cs-username\": \"alice\", \"cs-method\": \"POST\", "
        + "\"cs-host\": \"content.dropboxapi.com\", \"cs-bytes\": \"52428800\", \"sc-bytes\": \"412\", "
        + "\"sc-status\": \"200\", \"c-useragent\": \"curl/8.4.0\"}");
    assertThat(value(r, "metadata_vendor")).isEqualTo("Symantec");
    assertThat(value(r, "metadata_product")).isEqualTo("ProxySG");
    assertThat(value(r, "http_hostname")).isEqualTo("content.dropboxapi.com");
    assertThat(value(r, "http_method")).isEqualTo("POST");
    assertThat(value(r, "srcDevice_ip")).isEqualTo("10.0.0.5");
    assertThat(value(r, "user_username")).isEqualTo("alice");
    assertThat(value(r, "bytesOut")).isEqualTo(new BigDecimal("52428800"));
    assertThat(value(r, "bytesIn")).isEqualTo(new BigDecimal("412"));
    assertThat(value(r, "http_response_statusCode")).isEqualTo(new BigDecimal("200"));
  }

  @Test
  void theUserAgentAndTheUrlStayRawKeys() {
    YMap r = record("{\"cs-method\": \"PUT\", \"c-uri\": \"https://storage.googleapis.com:8443/b/o.7z?upload=1\", "
        + "\"c-useragent\": \"rclone/v1.64.2\", \"cs-referrer\": \"-\"}");
    assertThat(value(r, "http_userAgent")).isNull();
    assertThat(value(r, "http_url")).isNull();
    assertThat(value(r, "http_url_fqdn")).isNull();
    assertThat(value(r, "http_hostname")).as("the host comes from the URL when cs-host is not given")
        .isEqualTo("storage.googleapis.com");
    YMap fields = YNodes.mapAt(r, "fields").orElseThrow();
    assertThat(value(fields, "cs(User-Agent)")).isEqualTo("rclone/v1.64.2");
    assertThat(value(fields, "cs(Referer)")).isEqualTo("-");
    assertThat(value(fields, "cs-uri-scheme")).isEqualTo("https");
    assertThat(value(fields, "cs-uri-port")).isEqualTo("8443");
    assertThat(value(fields, "cs-uri-path")).isEqualTo("/b/o.7z");
    assertThat(value(fields, "cs-uri-query")).isEqualTo("?upload=1");
  }

  @Test
  void aDashIsAnEmptyFieldAndTextThatIsNoUrlIsThePath() {
    YMap r = record("{\"cs-host\": \"-\", \"cs-bytes\": \"-\", \"c-uri\": \"not a url\"}");
    assertThat(value(r, "http_hostname")).isNull();
    assertThat(value(r, "bytesOut")).isNull();
    assertThat(value(YNodes.mapAt(r, "fields").orElseThrow(), "cs-uri-path")).isEqualTo("not a url");
  }
}
