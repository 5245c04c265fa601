package org.standpoint.resolve;

import java.util.List;

/**
 * The concept an article's issue resolved to.
 *
 * @param iri      the concept
 * @param label    its preferred label (a user's rename wins)
 * @param created  true when this article founds the concept (it then writes its scope note and key phrases)
 * @param broader  concepts this new one sits under ({@code skos:broader})
 * @param narrower concepts that sit under this new one
 * @param related  concepts close to it without either containing the other ({@code skos:related})
 */
public record ResolvedIssue(String iri, String label, boolean created, List<String> broader, List<String> narrower,
                            List<String> related) {
    public ResolvedIssue {
        broader = List.copyOf(broader);
        narrower = List.copyOf(narrower);
        related = List.copyOf(related);
    }
}
