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
 * @param declared   the user declared it (an {@code ISSUE:} line, {@code load --issue}): it is the concept its key
 *                   names, never matched by similarity to another
 */
public record Issue(String id, String label, String key, String context, List<String> keyPhrases,
                    List<String> entities, boolean declared) {
    public Issue {
        keyPhrases = keyPhrases == null ? List.of() : List.copyOf(keyPhrases);
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (context == null) context = label;
    }

    public Issue(String id, String label, String key, String context, List<String> keyPhrases, List<String> entities) {
        this(id, label, key, context, keyPhrases, entities, false);
    }

    /** An issue known only by its label (hand-made extractions, JSON input). */
    public Issue(String id, String label, String key) {
        this(id, label, key, label, List.of(), List.of());
    }

    /** This issue's context and phrases under a label the user declared, keyed {@code key}. */
    public Issue declaredAs(String label, String key) {
        List<String> phrases = new java.util.ArrayList<>(keyPhrases.size() + 1);
        phrases.add(this.label);
        phrases.addAll(keyPhrases);
        return new Issue(id, label, key, label + ". " + context, phrases, entities, true);
    }
}
