package org.standpoint.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.STP;

/**
 * Many article graphs made without CoreNLP, for tests of the store's durability and concurrency, where what matters
 * is how graphs are written, not what was extracted. Each article graph carries a label only it has, {@link #name},
 * so the text index can be checked article by article.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /** Letters only, so the label analyser keeps it as one token: 0 → "qa", 27 → "qbb". */
    public static String name(int i) {
        StringBuilder b = new StringBuilder("q");
        int n = i;
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    public static String key(int i) {
        return String.format("%012x", 0xabc000000L + i);
    }

    /** Article graph IRI → graph, in order, {@code spans} extra spans each to give the write some weight. */
    public static Map<String, Model> articles(int count, int spans) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = key(i);
            Model m = Fixtures.article(key, i % 2 == 0 ? "toby-harris" : "sadiq-khan",
                    i % 3 == 0 ? STP.oppose : STP.support, "quote number " + name(i), 10);
            Resource group = m.createResource(Fixtures.BASE + "group/" + key).addProperty(RDFS.label, "Group " + name(i));
            Resource article = m.createResource(Fixtures.BASE + "article/" + key).addProperty(STP.speaker, group);
            for (int s = 0; s < spans; s++) {
                m.createResource(article.getURI() + "#offset_" + (1000 + s) + "_" + (1010 + s))
                        .addProperty(RDF.type, NIF.OffsetBasedString)
                        .addLiteral(NIF.beginIndex, 1000 + s).addLiteral(NIF.endIndex, 1010 + s)
                        .addProperty(NIF.anchorOf, "span " + s + " of " + name(i)).addProperty(NIF.referenceContext, article);
            }
            graphs.put(Fixtures.articleGraph(key), m);
        }
        return graphs;
    }

    /** A store in {@code store} holding the articles, the registry of the two fixture people and a vocabulary triple. */
    public static void fill(Store store, Map<String, Model> articles) {
        Model registry = Fixtures.registryOfArticle1().add(Fixtures.registryOfArticle2());
        for (Map.Entry<String, Model> e : articles.entrySet()) store.writeArticle(e.getKey(), e.getValue(), registry);
        store.loadVocabulary(Fixtures.issueEntry("vocab-marker", "vocabulary marker"));
    }
}
