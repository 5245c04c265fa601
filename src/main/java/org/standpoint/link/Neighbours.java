package org.standpoint.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the links already made say about an actor's articles: the items linked for the other actors they mention, and
 * the country most of those items belong to. Items found together support each other (a Liberty director links the
 * Liberty she works for), and an article about British politicians is about Britain.
 *
 * @param items     items linked for other actors of the same articles, by Q-id
 * @param countries the articles' country: the one that more than half of those items with a country belong to (empty
 *                  when there is none such)
 */
record Neighbours(Map<String, Candidate> items, Set<String> countries) {
    static final Neighbours NONE = new Neighbours(Map.of(), Set.of());

    /** For each actor, its neighbours given the links of the previous round. */
    static Map<String, Neighbours> of(List<ActorContext> actors, Map<String, Candidate> linked) {
        Map<String, List<String>> byArticle = new HashMap<>();
        for (ActorContext a : actors) for (String art : a.articles()) byArticle.computeIfAbsent(art, k -> new ArrayList<>()).add(a.iri());
        Map<String, Neighbours> out = new HashMap<>();
        for (ActorContext a : actors) {
            Map<String, Candidate> items = new LinkedHashMap<>();
            for (String art : a.articles()) {
                for (String other : byArticle.getOrDefault(art, List.of())) {
                    Candidate c = linked.get(other);
                    if (!other.equals(a.iri()) && c != null) items.putIfAbsent(c.qid(), c);
                }
            }
            out.put(a.iri(), new Neighbours(items, countryOf(items.values())));
        }
        return out;
    }

    private static Set<String> countryOf(Iterable<Candidate> items) {
        Map<String, Integer> votes = new HashMap<>();
        int withCountry = 0;
        for (Candidate c : items) {
            if (c.countries().isEmpty()) continue;
            withCountry++;
            for (String q : c.countries()) votes.merge(q, 1, Integer::sum);
        }
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() * 2 > withCountry) out.add(v.getKey());
        }
        return out;
    }
}
