package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Stance;

class EvalReportTest {
    private final EvalReport report = new EvalReport("demo", 2,
            List.of(new Metric("content overlap", 3, 1, 1), new Metric("people", 0, 0, 0)),
            StanceResult.of(List.<Stance[]>of(new Stance[]{Stance.SUPPORT, Stance.OPPOSE})), null, java.util.Map.of("gold contents", 4),
            List.of(new EvalError("a", "people", EvalError.Kind.MISS, "", "Ana\tRuiz")), List.of("a note"));

    @Test
    void tableIsAligned() {
        String table = report.table();
        List<String> lines = table.lines().toList();
        assertEquals("demo — 2 articles", lines.get(0));
        assertEquals("metric              P     R    F1  tp  fp  fn", lines.get(1));
        assertEquals("content overlap  75.0  75.0  75.0   3   1   1", lines.get(2));
        assertEquals("people            0.0   0.0   0.0   0   0   0", lines.get(3));
        assertTrue(table.contains("accuracy 0.0, macro-F1 0.0"), table);
        assertTrue(table.contains("note: a note"));
        assertTrue(table.contains("stance toward the article's own issue, on 1 matched statements"), table);
        assertTrue(!table.contains("gold issue declared"), "not measured, not printed");
    }

    @Test
    void stanceWithTheGoldIssueDeclaredIsReportedBesideTheWholePath() {
        EvalReport both = new EvalReport("demo", 1, List.of(), report.stance(),
                StanceResult.of(List.<Stance[]>of(new Stance[]{Stance.SUPPORT, Stance.SUPPORT})), java.util.Map.of(),
                List.of(), List.of());
        String table = both.table();
        assertTrue(table.contains("stance toward the article's own issue, on 1 matched statements: accuracy 0.0"), table);
        assertTrue(table.contains("stance with the gold issue declared, on 1 matched statements: accuracy 100.0"), table);
    }

    @Test
    void jsonCarriesScoresAndErrorsGoToAFile(@TempDir Path dir) throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(0.75, json.at("/metrics/0/f1").asDouble(), 1e-9);
        assertEquals(3, json.at("/metrics/0/tp").asInt());
        assertEquals(1, json.at("/stance/confusion/support/oppose").asInt());
        assertEquals(1, json.at("/stance/matched").asInt());
        assertEquals("MISS", json.at("/errors/0/kind").asText());

        report.writeErrors(dir.resolve("out/errors.tsv"));
        List<String> lines = Files.readAllLines(dir.resolve("out/errors.tsv"));
        assertEquals(List.of("article\tmetric\tkind\toffsets\ttext", "a\tpeople\tmiss\t\tAna Ruiz"), lines);
        report.writeJson(dir.resolve("out/report.json"));
        assertTrue(Files.readString(dir.resolve("out/report.json")).contains("\"dataset\" : \"demo\""));
    }
}
