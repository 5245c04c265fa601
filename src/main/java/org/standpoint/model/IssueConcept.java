package org.standpoint.model;

import java.util.List;

/**
 * An issue concept already in the registry, as issue matching sees it.
 *
 * @param iri      the concept
 * @param label    its preferred label (after any rename)
 * @param contexts the sentences each article that founded it stated the issue in ({@code skos:scopeNote})
 * @param phrases  its key phrases, the founding label among them ({@code skos:hiddenLabel})
 */
public record IssueConcept(String iri, String label, List<String> contexts, List<String> phrases) {
    public IssueConcept {
        contexts = List.copyOf(contexts);
        phrases = List.copyOf(phrases);
    }
}
