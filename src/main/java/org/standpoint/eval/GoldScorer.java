package org.standpoint.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Extraction;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;

/**
 * Scores an extraction against one hand-labelled dev article: statements (content overlaps the gold quote),
 * attribution (overlap and the right speaker), people, organisations, roles, and stance on matched statements.
 * Stance is judged on the pairs the statements metric matched (content overlap, speaker not required), so a
 * wrong speaker does not hide a right stance; attribution is a separate matching that also needs the speaker.
 */
final class GoldScorer {
    static final String STATEMENTS = "statements", ATTRIBUTION = "attribution", PEOPLE = "people",
            ORGANISATIONS = "organisations", ROLES = "roles";

    private final GoldArticle gold;
    private final Extraction system;
    private final String article;
    private final Tally tally = new Tally();

    private GoldScorer(GoldArticle gold, Extraction system, String article) {
        this.gold = gold;
        this.system = system;
        this.article = article;
    }

    static Tally score(String article, GoldArticle gold, String text, List<QuoteLocator.Located> located,
                       Extraction system) {
        return score(article, gold, text, located, system, null);
    }

    /**
     * @param declared the same article extracted with the gold issue declared, or null: its stances are scored on the
     *                 statements matched in {@code system} (declaring an issue changes stances, not spans)
     */
    static Tally score(String article, GoldArticle gold, String text, List<QuoteLocator.Located> located,
                       Extraction system, Extraction declared) {
        GoldScorer scorer = new GoldScorer(gold, system, article);
        scorer.statements(text, located, declared);
        scorer.actors(PEOPLE, ActorType.PERSON, gold.people().stream().map(p -> new Named(p.name(), p.aliases())).toList());
        scorer.actors(ORGANISATIONS, ActorType.ORGANIZATION,
                gold.organizations().stream().map(o -> new Named(o.name(), o.aliases())).toList());
        new RoleScorer(gold, system, scorer.article, scorer.tally).score(ROLES);
        return scorer.tally;
    }

    private static Statement sameContent(Extraction x, Statement s) {
        for (Statement t : x.statements())
            if (t.content() != null && t.content().begin() == s.content().begin() && t.content().end() == s.content().end())
                return t;
        return null;
    }

    private record Named(String name, List<String> aliases) {
    }

    private void statements(String text, List<QuoteLocator.Located> located, Extraction declared) {
        tally.expectStance();
        List<QuoteLocator.Located> found = new ArrayList<>();
        for (QuoteLocator.Located l : located) {
            if (l.span() != null) {
                found.add(l);
                continue;
            }
            // an unlocated quote cannot be matched, but it is still gold: count it against both span metrics
            tally.miss(article, STATEMENTS, "unlocated", l.statement().quote());
            tally.miss(article, ATTRIBUTION, "unlocated", l.statement().quote());
        }
        List<Region> goldRegions = found.stream().map(l -> Region.of(l.span())).toList();
        List<Statement> statements = system.statements().stream().filter(s -> s.content() != null).toList();
        List<Region> systemRegions = statements.stream().map(s -> Region.of(s.content())).toList();
        RegionScorer scorer = new RegionScorer(article, new Tokens(text), tally);

        List<Matching.Pair> pairs = scorer.score(STATEMENTS, RegionScorer.Mode.OVERLAP, goldRegions, systemRegions);
        for (Matching.Pair p : pairs) {
            Stance g = found.get(p.gold()).statement().stanceValue().orElse(null);
            Stance s = statements.get(p.system()).stance();
            if (g != null && s != null) tally.stance(g, s);
            if (g != null && declared != null) {
                Statement same = sameContent(declared, statements.get(p.system()));
                if (same != null && same.stance() != null) tally.declaredStance(g, same.stance());
            }
        }

        List<Set<String>> goldSpeakers = found.stream()
                .map(l -> Names.keys(null, gold.speakerNames(l.statement()))).toList();
        List<Set<String>> systemSpeakers = statements.stream().map(this::speakerKeys).toList();
        scorer.score(ATTRIBUTION, RegionScorer.Mode.OVERLAP, goldRegions, systemRegions,
                (g, s) -> Names.intersect(goldSpeakers.get(g), systemSpeakers.get(s)),
                g -> "  [" + found.get(g).statement().speaker() + "]",
                s -> "  [" + speakerLabel(statements.get(s)) + "]");
    }

    /** The speaker's and the holder's names and aliases: either may be the one gold names. */
    private Set<String> speakerKeys(Statement s) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : new String[]{s.speakerId(), s.holderId()}) {
            if (id == null) continue;
            system.actor(id).ifPresent(a -> keys.addAll(Names.keys(a.name(), a.aliases())));
        }
        return keys;
    }

    private String speakerLabel(Statement s) {
        String speaker = s.speakerId() == null ? "?" : system.actor(s.speakerId()).map(Actor::name).orElse(s.speakerId());
        if (s.holderId() == null || s.holderId().equals(s.speakerId())) return speaker;
        return speaker + " for " + system.actor(s.holderId()).map(Actor::name).orElse(s.holderId());
    }

    private void actors(String metric, ActorType type, List<Named> goldActors) {
        tally.declare(metric);
        List<Actor> systemActors = system.actors().stream().filter(a -> a.type() == type).toList();
        List<Set<String>> goldKeys = goldActors.stream().map(n -> Names.keys(n.name(), n.aliases())).toList();
        List<Set<String>> systemKeys = systemActors.stream().map(a -> Names.keys(a.name(), a.aliases())).toList();
        List<Matching.Pair> pairs = Matching.match(goldActors.size(), systemActors.size(), (g, s) -> {
            if (!Names.intersect(goldKeys.get(g), systemKeys.get(s))) return 0;
            // prefer the partner whose canonical name is the same, when two system actors share an alias
            boolean sameName = Names.normalize(goldActors.get(g).name()).equals(Names.normalize(systemActors.get(s).name()));
            return sameName ? 2 : 1;
        });
        BitSet goldHit = new BitSet(), systemHit = new BitSet();
        for (Matching.Pair p : pairs) {
            goldHit.set(p.gold());
            systemHit.set(p.system());
            tally.hit(metric);
        }
        for (int g = 0; g < goldActors.size(); g++) if (!goldHit.get(g)) tally.miss(article, metric, "", goldActors.get(g).name());
        for (int s = 0; s < systemActors.size(); s++)
            if (!systemHit.get(s)) tally.falseAlarm(article, metric, "", systemActors.get(s).name());
    }
}
