package org.standpoint.model;

import java.util.List;

/**
 * What a set of statements is about.
 *
 * @param id         article-local id
 * @param label      readable label drawn from the article: its key noun phrase ("armed foot patrols")
 * @param key        normalised key the issue gets when no known issue matches it (the IRI is minted from it)
 * @param context    the sentences the issue is stated in (headline and lead): what issue matching compares
 * @param keyPhrases the article's other strong noun phrases, best first
 * @param entities   named entities of the headline, lead and statements, most frequent first
 */
public record Issue(String id, String label, String key, String context, List<String> keyPhrases,
                    List<String> entities) {
    public Issue {
        keyPhrases = keyPhrases == null ? List.of() : List.copyOf(keyPhrases);
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (context == null) context = label;
    }

    /** An issue known only by its label (hand-made extractions, JSON input). */
    public Issue(String id, String label, String key) {
        this(id, label, key, label, List.of(), List.of());
    }
}
