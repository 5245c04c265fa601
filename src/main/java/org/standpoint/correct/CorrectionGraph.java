package org.standpoint.correct;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.STP;
import org.standpoint.resolve.Corrections;

import java.util.HashMap;
import java.util.Map;

/**
 * How the corrections graph encodes a user's identity corrections (docs/identity.md): {@code B stp:mergedInto A},
 * and one {@code stp:Split} per article and actor.
 */
public final class CorrectionGraph {
    private final Iris iris;

    public CorrectionGraph(Iris iris) {
        this.iris = iris;
    }

    /** The corrections a graph states; a triple that does not fit (a literal, a split without its article) is skipped. */
    public Corrections read(Model graph) {
        Map<String, String> merges = new HashMap<>();
        graph.listStatements(null, STP.mergedInto, (Resource) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                merges.put(s.getSubject().getURI(), s.getResource().getURI());
            }
        });
        Map<String, String> splits = new HashMap<>();
        graph.listSubjectsWithProperty(RDF.type, STP.Split).forEachRemaining(split -> {
            Resource from = split.getPropertyResourceValue(STP.splitFrom);
            Resource into = split.getPropertyResourceValue(STP.splitInto);
            Resource article = split.getPropertyResourceValue(STP.inArticle);
            String key = article == null ? null : iris.articleKey(article.getURI());
            if (from != null && into != null && key != null) {
                splits.put(Corrections.splitKey(from.getURI(), key), into.getURI());
            }
        });
        return new Corrections(merges, splits);
    }

    public Model merge(String from, String into) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(from).addProperty(STP.mergedInto, m.createResource(into));
        return m;
    }

    public Model split(String from, String articleKey, String into) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iris.split(articleKey, from))
                .addProperty(RDF.type, STP.Split)
                .addProperty(STP.splitFrom, m.createResource(from))
                .addProperty(STP.inArticle, m.createResource(iris.article(articleKey)))
                .addProperty(STP.splitInto, m.createResource(into));
        return m;
    }
}
