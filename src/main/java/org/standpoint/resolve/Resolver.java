package org.standpoint.resolve;

import org.standpoint.iri.Iris;
import org.standpoint.model.Actor;
import org.standpoint.model.Extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The resolve stage: gives each actor of an article the IRI of the real actor it denotes (docs/identity.md).
 *
 * <p>The rule looks only at the article itself and at the user's {@link Corrections}, never at which articles were
 * loaded before, so IRIs do not depend on load order. A person with a full name (two or more name words, honorifics
 * already stripped; a peer's "Lord Harris" counts) and an organisation or office get the registry IRI of that name:
 * the same name and type in two articles is one actor, whatever roles each article gives it. A person known only by
 * one word (a surname: "Mr Smith" with no given name anywhere in the article) could be anyone of that name, so the
 * IRI is scoped to the article, as are unnamed groups and documents. Corrections (merge, split) are applied last.
 */
public final class Resolver {
    private final Iris iris;

    public Resolver(Iris iris) {
        this.iris = iris;
    }

    public Resolution resolve(Extraction x) {
        return resolve(x, Corrections.none());
    }

    public Resolution resolve(Extraction x, Corrections corrections) {
        Map<String, String> ids = new HashMap<>();
        Set<String> merged = new HashSet<>();
        String key = x.article().key();
        for (Actor a : x.actors()) {
            Corrections.Target target = corrections.apply(byName(a, key), key);
            ids.put(a.id(), target.iri());
            if (target.corrected()) merged.add(a.id());
        }
        String publisher = x.article().publisher() == null ? null
                : corrections.apply(iris.organisation(x.article().publisher()), key).iri();
        return new Resolution(Map.copyOf(ids), Set.copyOf(merged), publisher);
    }

    private String byName(Actor a, String articleKey) {
        return switch (a.type()) {
            case PERSON -> isFullName(a.name()) ? iris.person(a.name()) : iris.localPerson(articleKey, a.name());
            case ORGANIZATION, OFFICE -> iris.organisation(a.name());
            case GROUP -> iris.group(articleKey, a.name());
            case DOCUMENT -> iris.document(articleKey, a.name());
        };
    }

    private static boolean isFullName(String name) {
        return name.strip().split("\\s+").length >= 2;
    }

    /**
     * Article-local actor ids → actor IRIs.
     *
     * @param merged    local ids whose IRI is another actor's through a merge or a split: their name is only an
     *                  alternative label there, the canonical label stays the one the correction gave the target
     * @param publisher the publisher organisation's IRI, or null when the article names none
     */
    public record Resolution(Map<String, String> iris, Set<String> merged, String publisher) {
        public String iri(String localId) {
            String iri = iris.get(localId);
            if (iri == null) throw new IllegalArgumentException("unresolved actor " + localId);
            return iri;
        }

        public boolean isMerged(String localId) {
            return merged.contains(localId);
        }
    }
}
