package org.standpoint.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The extract stage: an article in, its actors, roles, issue and attributed statements out. Thread-safe: all
 * state lives in the call; the CoreNLP pipeline is shared.
 */
public final class Extractor implements Function<Article, Extraction> {
    @Override
    public Extraction apply(Article article) {
        return extract(article);
    }

    public Extraction extract(Article article) {
        CoreDocument core = NlpPipeline.annotate(article.text());
        return extract(article, core);
    }

    Extraction extract(Article article, CoreDocument core) {
        Doc doc = new Doc(article, core);
        ActorTable table = new ActorTable();
        ActorFinder finder = new ActorFinder(doc, table);
        finder.run();
        SpeakerResolver resolver = new SpeakerResolver(doc, table, finder);
        List<Attributor.Candidate> candidates = new Attributor(doc).candidates();

        // stance is read toward the headline's words; the issue concept is found once the statements are known
        StanceClassifier stance = new StanceClassifier(doc, new IssueTerms(headline(article)));
        List<ActorTable.Entry> speakers = new ArrayList<>();
        List<Statement> raw = new ArrayList<>();
        Set<Span> aboutIssue = new HashSet<>();
        ActorTable.Entry last = null;
        int lastParagraph = -10;
        for (Attributor.Candidate c : candidates) {
            ActorTable.Entry speaker;
            double confidence;
            int paragraph = doc.paragraphOf(c.contentBegin());
            if (c.hasLabel()) {
                speaker = resolver.resolveLabel(article.text().substring(c.labelBegin(), c.labelEnd()), c.labelBegin(), c.labelEnd());
                confidence = 0.7;
            } else if (c.sourceHead() != null) {
                speaker = resolver.resolve(c.sourceSentence(), c.sourceHead(), last);
                resolver.noteSpeaker(speaker, doc.token(c.sourceSentence(), c.sourceHead().index()).beginPosition());
                confidence = c.direct() ? 0.9 : 0.8;
            } else if (c.chainedTo() >= 0 && c.chainedTo() < speakers.size()) {
                speaker = speakers.get(c.chainedTo());
                confidence = 0.8;
            } else {
                // next-paragraph continuation: an uncued quote belongs to the speaker just before it
                speaker = paragraph - lastParagraph <= 2 ? last : null;
                confidence = 0.6;
            }
            speakers.add(speaker);
            if (speaker == null) {
                raw.add(null);
                continue;
            }
            last = speaker;
            lastParagraph = paragraph;
            Span content = doc.span(c.contentBegin(), c.contentEnd());
            Span cue = c.hasCue() ? doc.span(c.cueBegin(), c.cueEnd()) : null;
            Span source = null;
            if (c.hasLabel()) {
                source = doc.span(c.labelBegin(), c.labelEnd());
            } else if (c.sourceHead() != null) {
                int[] r = resolver.npRange(c.sourceSentence(), doc.deps.get(c.sourceSentence()), c.sourceHead());
                source = doc.span(r[0], r[1]);
                speaker.mention(source, r[0], null);
            }
            StanceClassifier.Result st = stance.classify(c.contentBegin(), c.contentEnd(), c.cueBegin(), c.cueEnd());
            String holder = speaker.speaksFor != null ? speaker.speaksFor : speaker.id;
            // one confidence for the statement: that the attribution and the stance are both right
            raw.add(new Statement(speaker.id, holder, content, source, cue, c.direct(), st.stance(), IssueFinder.ID,
                    null, Math.round(confidence * st.confidence() * 100) / 100.0));
            if (st.aboutIssue()) aboutIssue.add(content);
        }
        List<Membership> memberships = new RoleFinder(doc, table, finder).run(resolver.descriptions);
        List<Statement> statements = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Statement s : raw) {
            if (s == null) continue;
            statements.add(withCapacity(s, memberships));
            used.add(s.speakerId());
            used.add(s.holderId());
        }
        List<Actor> actors = table.build(used);
        List<Statement> kept = consistentStances(dedupe(statements), aboutIssue);
        Issue issue = new IssueFinder(doc).find(kept);
        return new Extraction(article, actors, memberships, List.of(issue), kept);
    }

    /**
     * Within one article a holder keeps one position: a statement found neutral takes the stance the holder's other
     * statements agree on, with low confidence, and lower still when it does not even mention the issue.
     */
    private static List<Statement> consistentStances(List<Statement> statements, Set<Span> aboutIssue) {
        Map<String, Map<Stance, Double>> votes = new HashMap<>();
        for (Statement s : statements) {
            if (s.stance() == Stance.NEUTRAL) continue;
            votes.computeIfAbsent(s.holderId(), k -> new EnumMap<>(Stance.class)).merge(s.stance(), s.confidence(), Double::sum);
        }
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            var v = votes.get(s.holderId());
            if (s.stance() == Stance.NEUTRAL && v != null) {
                Stance majority = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                s = new Statement(s.speakerId(), s.holderId(), s.content(), s.source(), s.cue(), s.direct(), majority,
                        s.issueId(), s.capacityId(), Math.min(s.confidence(), aboutIssue.contains(s.content()) ? 0.5 : 0.3));
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The role the speaker held when speaking: the first current, non-party membership the article gives. An office
     * or spokesperson holds no role of its own and speaks in the capacity of whom it speaks for ("Khan's office": the
     * Mayor of London).
     */
    private static Statement withCapacity(Statement s, List<Membership> memberships) {
        String capacity = capacityOf(s.speakerId(), memberships);
        if (capacity == null) capacity = capacityOf(s.holderId(), memberships);
        return new Statement(s.speakerId(), s.holderId(), s.content(), s.source(), s.cue(), s.direct(), s.stance(),
                s.issueId(), capacity, s.confidence());
    }

    private static String capacityOf(String actorId, List<Membership> memberships) {
        return memberships.stream()
                .filter(m -> m.memberId().equals(actorId) && m.current() && !m.role().equals("member"))
                .map(Membership::id).findFirst()
                .orElse(memberships.stream().filter(m -> m.memberId().equals(actorId) && m.current())
                        .map(Membership::id).findFirst().orElse(null));
    }

    /** Two candidates with the same content span (a quote seen from both sides) are one statement. */
    private static List<Statement> dedupe(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : statements) {
            if (seen.add(s.content().begin() + ":" + s.content().end())) out.add(s);
        }
        return out;
    }

    private static String headline(Article article) {
        return article.title() != null && !article.title().isBlank() ? article.title().strip()
                : article.text().strip().split("\n", 2)[0];
    }
}
