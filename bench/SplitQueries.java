import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each query of a JSON-lines corpus ({"id": ..., "query": ...} per line) to DIR/ID.sumo, so
 * that `sigma2sumo lint` reads them as a user's files. Run through bench/lint-corpus.sh.
 */
public class SplitQueries {
  public static void main(String[] args) throws Exception {
    JsonFactory json = new JsonFactory();
    Path dir = Files.createDirectories(Path.of(args[1]));
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String id = null;
      String query = null;
      try (JsonParser p = json.createParser(line)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("id")) {
            id = p.getText();
          } else if (name.equals("query")) {
            query = p.getText();
          } else {
            p.skipChildren();
          }
        }
      }
      if (id != null && query != null) {
        Files.writeString(dir.resolve(id.replaceAll("[^A-Za-z0-9_.-]", "_") + ".sumo"), query);
      }
    }
  }
}
