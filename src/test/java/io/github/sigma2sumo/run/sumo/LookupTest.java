package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupTest {

  private static final LookupTable USERS = LookupTable.fromCsv("""
      "id","name","Position"
      "1","Ann","Engineer"
      "2","Bob, Jr.","Manager"
      "A7","Cid",""
      """);

  private static final Lookups TABLES = Lookups.of(Map.of("/Library/Users/me/Users", USERS,
      "https://company.com/users.csv", USERS));

  private static Output run(String stages, LogMessage... messages) {
    return Runs.prepare("* | parse \"id=*;\" as uid | " + stages, TABLES).run(java.util.List.of(messages));
  }

  @Test
  void addsTheColumnsOfTheMatchingRow() {
    Output out = run("lookup name, position as pos from path://\"/Library/Users/me/Users\" on uid=id",
        Runs.message(3, "id=2;"), Runs.message(2, "id=a7;"), Runs.message(1, "id=9;"));
    assertThat(Runs.column(out, "name")).containsExactly("Bob, Jr.", "Cid", "null");
    assertThat(Runs.column(out, "pos")).containsExactly("Manager", "", "null");
  }

  @Test
  void starGivesEveryColumnAndClassicTablesWork() {
    Output out = run("lookup * from https://company.com/users.csv on uid=id", Runs.message("id=1;"));
    assertThat(out.rows().get(0).get("Position").map(Value::text)).contains("Engineer");
    assertThat(out.rows().get(0).get("name").map(Value::text)).contains("Ann");
  }

  @Test
  void aLoneKeyNamesBothSides() {
    Output out = Runs.prepare("* | parse \"id=*;\" as id | lookup name from path://\"/Library/Users/me/Users\" on id",
        TABLES).run(java.util.List.of(Runs.message("id=1;")));
    assertThat(Runs.column(out, "name")).containsExactly("Ann");
  }

  @Test
  void unknownTablesAndColumnsAreRefused() {
    assertThat(Runs.problems("* | lookup a from path://\"/Library/x\" on k=k")).containsExactly(
        "`lookup from path://\"/Library/x\"` is not evaluated locally: no table was given for it");
    assertThat(Runs.problems("* | lookup country_code from geo://location on ip=ip")).containsExactly(
        "`lookup from geo://location` is not evaluated locally: no table was given for it");
    assertThat(SumoInterpreter.prepare(Runs.parse("* | lookup nope from path://\"/Library/Users/me/Users\" on id=id"),
        TABLES).problems()).extracting(Problem::message).containsExactly("the table has no column nope");
  }

  @Test
  void malformedCsvIsRejectedWithItsLine() {
    assertThatThrownBy(() -> LookupTable.fromCsv("a,b\n\"x,1\n")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> LookupTable.fromCsv("a,b\n1,2,3\n")).hasMessageContaining("record 2 has 3 values");
    assertThatThrownBy(() -> LookupTable.fromCsv("")).hasMessageContaining("header");
  }
}
