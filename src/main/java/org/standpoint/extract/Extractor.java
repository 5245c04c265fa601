package org.standpoint.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.iri.Slugs;
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
    private final Function<String, CoreDocument> annotator;

    /** An extractor that annotates every article afresh with the shared CoreNLP pipeline. */
    public Extractor() {
        this(NlpPipeline::annotate);
    }

    /** An extractor that takes its CoreNLP annotations from {@code annotator} (an {@code AnnotationCache}, say). */
    public Extractor(Function<String, CoreDocument> annotator) {
        this.annotator = annotator;
    }

    @Override
    public Extraction apply(Article article) {
        return extract(article);
    }

    public Extraction extract(Article article) {
        CoreDocument core = annotator.apply(article.text());
        return extract(article, core);
    }

    Extraction extract(Article article, CoreDocument core) {
        Doc doc = new Doc(article, core);
        ActorTable table = new ActorTable();
        ActorFinder finder = new ActorFinder(doc, table);
        finder.run();
        SpeakerResolver resolver = new SpeakerResolver(doc, table, finder);
        List<Candidate> candidates = new TaggedCandidates(doc, model()).candidates();

        // stance is read toward the declared issue, else the headline's words; the issue concept is found once the
        // statements are known
        String declared = article.issue();
        StanceClassifier stance = new StanceClassifier(doc, new IssueTerms(declared != null ? declared : headline(article)));
        List<Statement> raw = new ArrayList<>();
        Set<Span> aboutIssue = new HashSet<>();
        ActorTable.Entry last = null;
        int lastParagraph = -10;
        for (Candidate c : candidates) {
            ActorTable.Entry speaker;
            double confidence;
            int paragraph = doc.paragraphOf(c.contentBegin());
            ActorTable.Entry sourced = c.sourceHead() == null ? null
                    : resolver.resolve(c.sourceSentence(), c.sourceHead(), last, c.sourceBegin(), c.sourceEnd());
            if (sourced != null) {
                speaker = sourced;
                resolver.noteSpeaker(speaker, doc.token(c.sourceSentence(), c.sourceHead().index()).beginPosition());
                confidence = c.direct() ? 0.9 : 0.8;
            } else {
                // no source, or one that names nobody ("the film", "work"): as a continuation of the speaker before
                speaker = paragraph - lastParagraph <= 2 ? last : null;
                confidence = 0.6;
            }
            if (speaker == null) continue;
            last = speaker;
            lastParagraph = paragraph;
            if (!c.statement()) continue;
            Span content = doc.span(c.contentBegin(), c.contentEnd());
            Span cue = c.hasCue() ? doc.span(c.cueBegin(), c.cueEnd()) : null;
            Span source = null;
            if (sourced != null) {
                int[] r = c.hasSourceSpan() ? new int[]{c.sourceBegin(), c.sourceEnd()}
                        : resolver.npRange(c.sourceSentence(), doc.deps.get(c.sourceSentence()), c.sourceHead());
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
        for (Statement s : raw) statements.add(withCapacity(s, memberships));
        statements = dedupe(statements);
        Set<String> used = new HashSet<>();
        for (Statement s : statements) {
            used.add(s.speakerId());
            used.add(s.holderId());
        }
        List<Actor> actors = table.build(used);
        List<Statement> kept = consistentStances(statements, aboutIssue);
        Issue found = new IssueFinder(doc).find(kept);
        Issue issue = declared == null ? found : found.declaredAs(declared, Slugs.of(declared));
        return new Extraction(article, actors, memberships, List.of(issue), kept);
    }

    private static TaggerModel model() {
        TaggerModel m = TaggerModel.bundled();
        if (m == null) throw new IllegalStateException("no attribution model in the build: " + TaggerModel.RESOURCE
                + " (train it with 'standpoint train attribution')");
        return m;
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

    /**
     * Two candidates with the same content span (a quote seen from both sides) are one statement; so are a headline
     * or caption and the body sentence it repeats: the fuller one stays (the longer words, else the later one).
     */
    private static List<Statement> dedupe(List<Statement> statements) {
        List<String> words = statements.stream().map(s -> normalised(s.content().text())).toList();
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (!seen.add(s.content().begin() + ":" + s.content().end())) continue;
            boolean repeated = false;
            for (int j = 0; j < statements.size() && !repeated; j++) {
                if (j == i || words.get(i).strip().split(" ").length < 4) continue;
                boolean inside = words.get(j).contains(words.get(i));
                boolean fuller = words.get(j).length() > words.get(i).length() || j > i;
                boolean sameSpan = statements.get(j).content().overlaps(s.content());
                repeated = inside && fuller && !sameSpan;
            }
            if (!repeated) out.add(s);
        }
        return out;
    }

    private static String normalised(String text) {
        return " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    private static String headline(Article article) {
        return article.title() != null && !article.title().isBlank() ? article.title().strip()
                : article.text().strip().split("\n", 2)[0];
    }
}
