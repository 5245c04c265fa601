package org.standpoint.resolve;

import org.standpoint.model.Actor;
import org.standpoint.model.Extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * The resolve stage: gives each actor of an article the IRI of the real actor it denotes. People and
 * organisations are keyed by their canonical name, so the same name in two articles is one IRI; groups and
 * documents are scoped to their article.
 */
public final class Resolver {
    private final Iris iris;

    public Resolver(Iris iris) {
        this.iris = iris;
    }

    public Resolution resolve(Extraction x) {
        Map<String, String> ids = new HashMap<>();
        String key = x.article().key();
        for (Actor a : x.actors()) {
            ids.put(a.id(), switch (a.type()) {
                case PERSON -> iris.person(a.name());
                case ORGANIZATION, OFFICE -> iris.organisation(a.name());
                case GROUP -> iris.group(key, a.name());
                case DOCUMENT -> iris.document(key, a.name());
            });
        }
        return new Resolution(Map.copyOf(ids));
    }

    /** Article-local actor ids → actor IRIs. */
    public record Resolution(Map<String, String> iris) {
        public String iri(String localId) {
            String iri = iris.get(localId);
            if (iri == null) throw new IllegalArgumentException("unresolved actor " + localId);
            return iri;
        }
    }
}
