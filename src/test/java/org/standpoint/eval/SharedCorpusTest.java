package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Span;

/**
 * Loads the real evaluation data from the shared folder (never copied into the project): every gold quote must
 * be found in its text, every PolNeAR event must parse with offsets that land on its annotated text, and an
 * oracle extractor rebuilt from the gold must score perfectly, which checks the scoring path end to end.
 * Skipped where the shared folder is absent.
 */
class SharedCorpusTest {
    private static Path shared;

    @BeforeAll
    static void findShared() {
        String property = System.getProperty("standpoint.shared");
        Path candidate = property != null ? Path.of(property) : Path.of("/work/shared");
        assumeTrue(Files.isDirectory(candidate.resolve("corpus/dev/gold")), "no shared corpus at " + candidate);
        shared = candidate;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyGoldQuoteIsLocated() throws IOException {
        Path dev = shared.resolve("corpus/dev");
        int statements = 0, exact = 0, normalised = 0;
        List<String> missing = new ArrayList<>();
        List<Path> gold = files(dev.resolve("gold"), ".json");
        for (Path f : gold) {
            GoldArticle g = GoldJson.read(f);
            Article a = ArticleFiles.read(dev.resolve("raw").resolve(ArticleFiles.stem(f) + ".txt"));
            for (QuoteLocator.Located l : new QuoteLocator(a.text()).locate(g.statements())) {
                statements++;
                switch (l.method()) {
                    case EXACT -> exact++;
                    case NORMALISED -> normalised++;
                    case NOT_FOUND -> missing.add(a.key() + ": " + l.statement().quote());
                }
            }
        }
        System.out.printf("gold: %d files, %d statements, %d located exactly, %d after normalising, %d not found%n",
                gold.size(), statements, exact, normalised, missing.size());
        assertTrue(gold.size() > 0);
        assertTrue(missing.isEmpty(), "gold quotes not found: " + missing);
    }

    @Test
    void everyPolnearAttributionParsesOntoItsText() throws IOException {
        Path polnear = shared.resolve("benchmarks/polnear-dev");
        assumeTrue(Files.isDirectory(polnear.resolve("attributions")), "no PolNeAR dev split");
        int files = 0, events = 0, parsed = 0, noSource = 0, withContent = 0, discontinuous = 0, pieces = 0;
        for (Path ann : files(polnear.resolve("attributions"), ".ann")) {
            files++;
            events += (int) Files.readAllLines(ann).stream().filter(l -> l.startsWith("E")).count();
            String text = ArticleFiles.read(polnear.resolve("text").resolve(ArticleFiles.stem(ann) + ".txt")).text();
            for (BratAttribution a : Brat.read(ann)) {
                parsed++;
                if (a.source() == null) noSource++;
                if (a.content() != null) withContent++;
                if (a.content() != null && a.content().pieces().size() > 1) discontinuous++;
                for (Region r : java.util.Arrays.asList(a.source(), a.cue(), a.content())) {
                    if (r == null) continue;
                    for (Span p : r.pieces()) {
                        pieces++;
                        // offsets are code points: slicing the text by them gives the annotated text back
                        String slice = text.substring(text.offsetByCodePoints(0, p.begin()),
                                text.offsetByCodePoints(0, p.end()));
                        assertEquals(p.text(), slice, ann.getFileName() + " " + a.id());
                    }
                }
            }
        }
        System.out.printf("polnear: %d files, %d E lines, %d attributions (%d without source, %d with content, "
                + "%d discontinuous contents), %d span pieces checked against the text%n",
                files, events, parsed, noSource, withContent, discontinuous, pieces);
        assertTrue(files > 0);
        assertEquals(events, parsed);
    }

    @Test
    void anOracleBuiltFromPolnearScoresFullOverlap() {
        Path polnear = shared.resolve("benchmarks/polnear-dev");
        assumeTrue(Files.isDirectory(polnear.resolve("attributions")), "no PolNeAR dev split");
        EvalReport r = Evaluation.brat(polnear, Oracles.polnear(polnear));
        System.out.print(r.table());
        for (String role : BratScorer.ROLES) {
            Metric m = r.metric(role + " overlap").orElseThrow();
            assertEquals(0, m.fp(), m.toString());
        }
        // only contents without a span of their own (no event) can be missed
        assertEquals(1.0, r.metric("content overlap").orElseThrow().recall(), 1e-9);
    }

    @Test
    void anOracleBuiltFromGoldScoresPerfectly() {
        EvalReport r = Evaluation.gold(shared.resolve("corpus/dev"), Oracles.gold(shared.resolve("corpus/dev")));
        System.out.print(r.table());
        for (Metric m : r.metrics()) assertEquals(1.0, m.f1(), 1e-9, m.toString());
        assertEquals(1.0, r.stance().accuracy(), 1e-9);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    @Test
    void anEmptyExtractorMissesEverything() {
        EvalReport r = Evaluation.gold(shared.resolve("corpus/dev"),
                a -> new Extraction(a, List.of(), List.of(), List.of(), List.of()));
        Metric statements = r.metric("statements").orElseThrow();
        assertEquals(0, statements.tp());
        assertTrue(statements.fn() > 0);
    }
}
