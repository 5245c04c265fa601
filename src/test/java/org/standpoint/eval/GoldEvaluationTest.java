package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.eval.Fixtures.membership;
import static org.standpoint.eval.Fixtures.organization;
import static org.standpoint.eval.Fixtures.person;
import static org.standpoint.eval.Fixtures.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Stance;

/** The whole gold path on an invented article: files on disk, a stub extractor, the report. */
class GoldEvaluationTest {
    static final String RAW = "TITLE: Council debates bridge tolls\r\n\r\n"
            + "Lord Harris, the former chair of the Transport Board, said the tolls were \"a tax on the poor\".\r\n"
            + "Mayor Jane Okafor said: \u201cWe will keep the bridge free.\u201d\r\n"
            + "The Transport Board said it would review the plan.\r\n";

    static final String GOLD = """
            {"article": "b1", "issue": "bridge tolls",
             "people": [
               {"name": "Lord Harris", "aliases": ["Harris"],
                "roles": [{"title": "Chair", "organization": "Transport Board", "current": false}]},
               {"name": "Jane Okafor", "aliases": ["Okafor", "Mayor Jane Okafor"],
                "roles": [{"title": "Mayor", "organization": null, "current": true}]}],
             "organizations": [{"name": "Transport Board", "aliases": ["the Board"]}],
             "statements": [
               {"speaker": "Lord Harris", "speakerIsOrganization": false, "quote": "a tax on the poor",
                "direct": true, "stance": "oppose", "cue": "said"},
               {"speaker": "Jane Okafor", "speakerIsOrganization": false, "quote": "We will keep the bridge free.",
                "direct": true, "stance": "support", "cue": "said", "venue": "council"},
               {"speaker": "Transport Board", "speakerIsOrganization": true, "quote": "it would review the plan",
                "direct": false, "stance": "neutral", "cue": "said", "note": "unknown fields are ignored"}]}
            """;

    static Extraction extract(Article a) {
        String t = a.text();
        List<Actor> actors = List.of(person("a1", "Toby Harris", "Lord Harris"), person("a2", "Jane Okafor"),
                organization("a3", "Transport Board"), person("a4", "Bob Smith"));
        return Fixtures.extraction(a, actors,
                List.of(membership("m1", "a1", "former chair", "a3", false),
                        membership("m2", "a2", "mayor of the city", null, true),
                        membership("m3", "a4", "treasurer", null, true)),
                List.of(statement(t, "a1", "tax on the poor", Stance.OPPOSE),
                        statement(t, "a4", "We will keep the bridge free", Stance.SUPPORT),
                        statement(t, "a3", "would review the plan", Stance.SUPPORT),
                        statement(t, "a2", "Mayor Jane Okafor said", Stance.NEUTRAL)));
    }

    @Test
    void scoresEveryMetricOnAnInventedArticle(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("raw"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("raw/b1.txt"), RAW);
        Files.writeString(dir.resolve("gold/b1.json"), GOLD);

        EvalReport r = Evaluation.gold(dir, GoldEvaluationTest::extract);
        assertEquals(1, r.articles());
        assertEquals(new Metric("statements", 3, 1, 0), r.metric("statements").orElseThrow());
        // the second statement overlaps but names the wrong speaker: a miss and a false alarm
        assertEquals(new Metric("attribution", 2, 2, 1), r.metric("attribution").orElseThrow());
        assertEquals(new Metric("people", 2, 1, 0), r.metric("people").orElseThrow());
        assertEquals(new Metric("organisations", 1, 0, 0), r.metric("organisations").orElseThrow());
        assertEquals(new Metric("roles", 2, 1, 0), r.metric("roles").orElseThrow());

        assertEquals(3, r.stance().matched());
        assertEquals(2.0 / 3, r.stance().accuracy(), 1e-9);
        assertEquals((2.0 / 3 + 1 + 0) / 3, r.stance().macroF1(), 1e-9);
        assertTrue(r.notes().isEmpty(), r.notes().toString());

        assertTrue(r.errors().stream().anyMatch(e -> e.metric().equals("attribution")
                && e.kind() == EvalError.Kind.FALSE_ALARM && e.text().equals("We will keep the bridge free  [Bob Smith]")));
        assertTrue(r.errors().stream().anyMatch(e -> e.metric().equals("attribution")
                && e.kind() == EvalError.Kind.MISS && e.text().endsWith("[Jane Okafor]")));
        assertTrue(r.errorListing().contains("b1\troles\tfalse-alarm\t\tBob Smith: treasurer"));
        assertTrue(r.errorListing().contains("b1\tpeople\tfalse-alarm\t\tBob Smith"));
    }

    @Test
    void theHolderCountsAsSpeakerAndOfficesAreNotOrganisations() {
        String text = "A spokesman for Ana Ruiz said the road stays open.";
        Actor office = new Actor("o", ActorType.OFFICE, "Ruiz's spokesman", List.of(), null, "p", List.of());
        var s = new org.standpoint.model.Statement("o", "p", Fixtures.span(text, "the road stays open"), null, null,
                false, Stance.SUPPORT, null, null, 1);
        Extraction e = Fixtures.extraction(Fixtures.article("x", text), List.of(office, person("p", "Ana Ruiz")),
                List.of(), List.of(s));
        GoldArticle gold = GoldJson.parse("""
                {"article": "x", "people": [{"name": "Ana Ruiz", "aliases": ["Ruiz"], "roles": []}],
                 "organizations": [], "statements": [{"speaker": "Ana Ruiz", "quote": "the road stays open",
                 "stance": "support"}]}""");
        var located = new QuoteLocator(text).locate(gold.statements());
        EvalReport r = GoldScorer.score("x", gold, text, located, e).report("t", 1);
        assertEquals(new Metric("attribution", 1, 0, 0), r.metric("attribution").orElseThrow());
        assertEquals(new Metric("organisations", 0, 0, 0), r.metric("organisations").orElseThrow());
    }

    @Test
    void roleOrganisationMustMatchWhenGoldNamesOne() {
        String text = "Rosa Diaz, a member of the Harbour Trust, spoke.";
        GoldArticle gold = GoldJson.parse("""
                {"article": "h", "people": [{"name": "Rosa Diaz", "aliases": [],
                  "roles": [{"title": "member", "organization": "Harbour Trust", "current": true}]}],
                 "organizations": [{"name": "Harbour Trust", "aliases": ["the Trust"]}], "statements": []}""");
        Actor rosa = person("p", "Rosa Diaz");
        record Case(String role, String orgId, int tp) {
        }
        for (Case c : List.of(new Case("member of the Harbour Trust", null, 1), new Case("member", null, 0),
                new Case("member", "t", 1), new Case("member", "w", 0), new Case("trustee", "t", 0))) {
            Extraction e = Fixtures.extraction(Fixtures.article("h", text),
                    List.of(rosa, organization("t", "The Trust"), organization("w", "Water Board")),
                    List.of(membership("m", "p", c.role(), c.orgId(), true)), List.of());
            Metric m = GoldScorer.score("h", gold, text, List.of(), e).report("t", 1).metric("roles").orElseThrow();
            assertEquals(c.tp(), m.tp(), c.toString());
        }
    }

    @Test
    void aFailingExtractorScoresAsEmptyWithANote(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("raw"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("raw/b1.txt"), RAW);
        Files.writeString(dir.resolve("gold/b1.json"), GOLD);
        EvalReport r = Evaluation.gold(dir, a -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(new Metric("statements", 0, 0, 3), r.metric("statements").orElseThrow());
        assertTrue(r.notes().get(0).contains("boom"));
    }
}
