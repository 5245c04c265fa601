package org.standpoint.link;

import java.util.HashMap;
import java.util.Map;

import org.standpoint.nlp.Embeddings;

/**
 * How well an item's description fits what the articles say of an actor: the cosine of their MiniLM sentence
 * embeddings. "Prime Minister of the United Kingdom" against "Prime Minister Tony Blair said…" is close; "department
 * store in London" against "the human rights group Liberty" is not. Embeddings are kept per text, so an item
 * described for several actors, or decided again in a later round, is embedded once.
 */
final class DescriptionFit {
    private final Map<String, float[]> embedded = new HashMap<>();

    /** The cosine in [-1, 1], or NaN when either side says nothing. */
    double of(ActorContext actor, Candidate c) {
        String said = actor.gloss();
        String described = c.gloss();
        if (said.isBlank() || described.isBlank()) return Double.NaN;
        return Embeddings.cosine(embed(said), embed(described));
    }

    private float[] embed(String text) {
        return embedded.computeIfAbsent(text, Embeddings::of);
    }
}
