package org.standpoint.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.standpoint.store.Store;

/**
 * Links the people and organisations of a store's registry to Wikidata items, and through their English Wikipedia
 * articles to DBpedia.
 *
 * <pre>
 * LinkReport report = new Linker(store, EndpointSettings.wikidata(), LinkSettings.defaults()).run();
 * </pre>
 *
 * <p>Everything is asked first (names, then the candidates' facts, each from the cache when it has them), then
 * decided, then written in one transaction: an endpoint that fails mid-way leaves the store exactly as it was.
 * People are decided before organisations, because an organisation's strongest evidence is what its linked members'
 * items say (Lord Harris's party is the British Labour Party, not another country's). Then all are decided again with
 * what the first links say about their articles (the items found together, the country they share), until the links
 * settle: a Liberty director once linked tells which Liberty the article means.
 */
public final class Linker {
    /** Rounds of deciding: each uses the links of the one before; they settle in two or three. */
    static final int MAX_ROUNDS = 4;

    private final Store store;
    private final EndpointSettings endpoint;
    private final LinkSettings settings;

    public Linker(Store store, EndpointSettings endpoint, LinkSettings settings) {
        this.store = store;
        this.endpoint = endpoint;
        this.settings = settings;
    }

    /** Links every person and organisation; throws, having written nothing, when the endpoint cannot answer. */
    public LinkReport run() throws EndpointException {
        LinkGraphs iris = new LinkGraphs(store.base());
        List<ActorContext> actors = new ContextReader(store).read();
        AnswerCache cache = AnswerCache.load(store, iris.cacheGraph());
        SparqlClient client = new SparqlClient(endpoint);
        String url = endpoint.endpoint().toString();
        CandidateSource source = new CandidateSource(client, cache, url, settings.batch());

        Set<String> forms = new TreeSet<>();
        actors.forEach(a -> forms.addAll(a.lookupForms()));
        Map<String, List<CandidateSource.Match>> matches = source.lookup(forms);
        Map<String, List<String>> candidateIds = new LinkedHashMap<>();
        Set<String> all = new TreeSet<>();
        for (ActorContext a : actors) {
            List<String> ids = candidates(a, matches);
            candidateIds.put(a.iri(), ids);
            all.addAll(ids);
        }
        Map<String, Candidate> facts = source.describe(all);

        Scorer scorer = new Scorer(settings);
        List<Decision> decisions = decideAll(actors, candidateIds, facts, scorer, Map.of());
        for (int round = 1; round < MAX_ROUNDS; round++) {
            Map<String, Candidate> linked = accepted(decisions);
            List<Decision> next = decideAll(actors, candidateIds, facts, scorer, Neighbours.of(actors, linked));
            boolean settled = qids(accepted(next)).equals(qids(linked));
            decisions = next;
            if (settled) break;
        }
        decisions.sort(Comparator.comparing(d -> d.actor().iri()));
        new LinkWriter(store, iris, url).write(decisions, cache.added(), Instant.now());
        return new LinkReport(decisions, client.requests(), cache.hits());
    }

    /**
     * One round: people first, then organisations, which use the items of their members linked in this round. What
     * the previous round linked around each actor ({@code around}) is evidence in this one, so every actor of a round
     * is decided on the same links whatever its order.
     */
    private List<Decision> decideAll(List<ActorContext> actors, Map<String, List<String>> candidateIds,
                                     Map<String, Candidate> facts, Scorer scorer, Map<String, Neighbours> around) {
        List<Decision> decisions = new ArrayList<>();
        Map<String, Candidate> accepted = new HashMap<>();
        for (Kind kind : Kind.values()) {
            for (ActorContext a : actors) {
                if (a.kind() != kind) continue;
                List<Candidate> members = new ArrayList<>();
                for (String m : a.members()) if (accepted.containsKey(m)) members.add(accepted.get(m));
                Decision d = decide(a, candidateIds.get(a.iri()), facts, scorer, members,
                        around.getOrDefault(a.iri(), Neighbours.NONE));
                if (d.linked()) accepted.put(a.iri(), d.accepted().candidate());
                decisions.add(d);
            }
        }
        return decisions;
    }

    private static Map<String, Candidate> accepted(List<Decision> decisions) {
        Map<String, Candidate> out = new HashMap<>();
        for (Decision d : decisions) if (d.linked()) out.put(d.actor().iri(), d.accepted().candidate());
        return out;
    }

    private static Map<String, String> qids(Map<String, Candidate> linked) {
        Map<String, String> out = new HashMap<>();
        linked.forEach((actor, c) -> out.put(actor, c.qid()));
        return out;
    }

    /** Items named like the actor, label matches before alias matches, then oldest (lowest) Q-id first. */
    private List<String> candidates(ActorContext a, Map<String, List<CandidateSource.Match>> matches) {
        Map<String, Boolean> byLabel = new LinkedHashMap<>();
        for (String form : a.lookupForms()) {
            for (CandidateSource.Match m : matches.getOrDefault(form, List.of())) byLabel.merge(m.qid(), m.label(), Boolean::logicalOr);
        }
        List<String> ids = new ArrayList<>(byLabel.keySet());
        ids.sort(Comparator.comparing((String q) -> !byLabel.get(q)).thenComparing(Linker::number));
        return ids.subList(0, Math.min(ids.size(), settings.maxCandidates()));
    }

    private Decision decide(ActorContext a, List<String> ids, Map<String, Candidate> facts, Scorer scorer,
                            List<Candidate> members, Neighbours around) {
        List<Candidate> typed = new ArrayList<>();
        for (String q : new LinkedHashSet<>(ids)) {
            Candidate c = facts.get(q);
            if (c != null && Scorer.typeAgrees(a, c)) typed.add(c);
        }
        List<Scored> ranked = new ArrayList<>(scorer.scoreAll(a, typed, members, around));
        ranked.sort(Comparator.comparingDouble(Scored::weight).reversed().thenComparing(s -> number(s.qid())));
        return Decision.of(a, ranked, settings);
    }

    private static long number(String qid) {
        try {
            return Long.parseLong(qid.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
