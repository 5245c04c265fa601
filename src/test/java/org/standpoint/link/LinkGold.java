package org.standpoint.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.standpoint.cli.Main;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * Gold answers for linking (actor label → item, or none) and the score of a run against them: precision = right links
 * / links made, recall = right links / actors of the store that have an item. An actor the gold does not list (a
 * phrase the extraction took for a name) should stay unlinked: a link to it counts as wrong.
 */
final class LinkGold {
    record Score(int made, int correct, int gold, String wrong, String missed) {
        double precision() {
            return made == 0 ? 1 : (double) correct / made;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    private final Map<String, String> items;

    private LinkGold(Map<String, String> items) {
        this.items = items;
    }

    /** A TSV of label and Q-id or "none"; lines starting with # are comments. */
    static LinkGold read(Path tsv) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            out.put(f[0], "none".equals(f[1]) ? null : f[1]);
        }
        return new LinkGold(out);
    }

    String item(String label) {
        return items.get(label);
    }

    /** Loads articles with {@code standpoint load}, the real pipeline, into a new database at {@code db}. */
    static void load(Path input, Path db) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "load", input.toString(), "--db", db.toString());
        if (code != 0) throw new AssertionError("load " + input + ": exit " + code + "\n" + err.toString(StandardCharsets.UTF_8));
    }

    /** Links the store with these settings and scores the decisions; {@code -Dstandpoint.linkTrace} prints each. */
    Score measure(Store store, WikidataFixture wikidata, LinkSettings settings) throws EndpointException {
        LinkReport report = new Linker(store, LinkerTest.fast(wikidata.endpoint()), settings).run();
        int made = 0;
        int correct = 0;
        int expected = 0;
        StringBuilder wrong = new StringBuilder();
        StringBuilder missed = new StringBuilder();
        for (Decision d : report.decisions()) {
            String want = items.get(d.actor().label());
            String got = d.linked() ? d.accepted().qid() : null;
            if (want != null) expected++;
            if (got != null) made++;
            if (got != null && got.equals(want)) correct++;
            else if (got != null) wrong.append(wrong.isEmpty() ? "" : ", ").append(d.actor().label()).append(" → ").append(got);
            if (want != null && !want.equals(got)) missed.append(missed.isEmpty() ? "" : ", ").append(d.actor().label());
            if (System.getProperty("standpoint.linkTrace") != null) {
                System.out.println(d.actor().label() + " gold " + want + " got " + got);
                for (Scored s : d.candidates()) System.out.println("    " + s.qid() + " " + s.confidence() + " " + s.evidence());
            }
        }
        return new Score(made, correct, expected, wrong.toString(), missed.toString());
    }

    /** The store's links by actor label. */
    static Map<String, String> byLabel(Store store) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> sameAs = LinkerTest.sameAs(store);
        for (Map<String, String> r : Fixtures.select(store,
                "SELECT ?a ?l WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?l }")) {
            if (sameAs.containsKey(r.get("a"))) out.put(r.get("l"), sameAs.get(r.get("a")));
        }
        return out;
    }
}
