package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.standpoint.extract.TaggerModel.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Attribution: the learned {@link TaggerModel} marks cue, source and content spans in each paragraph, and each
 * content is joined to its cue (the nearest, unless that cue opens another content) and the source nearest that cue.
 * The source span's head word (the one whose parent lies outside it) is what the speaker resolver reads. Where the
 * tagger marked a cue but no source, the parse's subject of the cue verb stands in; a paragraph that ends "X said:"
 * gives its source and cue to the first content of the next one; a content with neither is left for the extractor
 * to carry over from the statement before it.
 */
final class TaggedCandidates {
    private final Doc doc;
    private final TaggerModel model;
    private final List<Quotes.Piece> quotes;

    TaggedCandidates(Doc doc, TaggerModel model) {
        this.doc = doc;
        this.model = model;
        this.quotes = Quotes.find(doc.text);
    }

    List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        // "X said:" closing a paragraph with no content of its own introduces the quote of the next paragraph
        Intro pending = null;
        for (TokenSequence seq : TokenFeatures.of(doc, quotes)) {
            List<Segment> segments = TaggerModel.segments(model.decode(seq));
            boolean hasContent = segments.stream().anyMatch(x -> x.kind().equals("CON"));
            for (Segment content : segments) {
                if (!content.kind().equals("CON")) continue;
                int[] r = doc.trim(seq.begins()[content.first()], seq.ends()[content.last()]);
                if (r[1] <= r[0] || doc.text.substring(r[0], r[1]).codePoints().noneMatch(Character::isLetterOrDigit)) continue;
                boolean direct = quotes.stream().anyMatch(q -> q.contains(r[0]));
                Segment cue = nearestCue(seq, segments, content);
                boolean statement = (direct || isQuoteOrClause(seq, content, r[0], r[1])
                        || cue != null && takesPosition(seq, cue))
                        && !(cue != null && isQuestionPut(seq, cue));
                Segment source = nearest(segments, "SRC", cue != null ? cue : content, content);
                if (cue == null && introducesTheNext(segments, source, content)) source = null;
                if (source == null && cue == null && pending != null) {
                    out.add(new Candidate(r[0], r[1], direct, statement, pending.cueBegin, pending.cueEnd, pending.sentence,
                            pending.head, pending.sourceBegin, pending.sourceEnd));
                    pending = null;
                    continue;
                }
                int cueBegin = cue == null ? -1 : seq.begins()[cue.first()];
                int cueEnd = cue == null ? -1 : seq.ends()[cue.last()];
                if (source == null && cue != null) {
                    // no source marked: the subject of the cue verb in the parse, as the rules read it
                    IndexedWord subject = subjectOfCue(seq, cue);
                    if (subject != null) {
                        out.add(new Candidate(r[0], r[1], direct, statement, cueBegin, cueEnd, seq.sentence()[cue.first()], subject, -1, -1));
                        continue;
                    }
                }
                IndexedWord head = source == null ? null : head(seq, source);
                int sentence = head == null ? -1 : seq.sentence()[source.first()];
                out.add(head == null ? new Candidate(r[0], r[1], direct, statement, cueBegin, cueEnd, -1, null, -1, -1)
                        : new Candidate(r[0], r[1], direct, statement, cueBegin, cueEnd, sentence, head, seq.begins()[source.first()], seq.ends()[source.last()]));
            }
            pending = hasContent ? null : introduction(seq, segments);
        }
        List<Candidate> split = new ArrayList<>();
        for (Candidate c : out) split.addAll(byQuotedParagraph(c));
        split.sort(java.util.Comparator.comparingInt(Candidate::contentBegin));
        return split;
    }

    /** A sentence end, then a quote mark opening the next sentence: "... public places. "There is evidence ...". */
    private static final java.util.regex.Pattern REOPENED = java.util.regex.Pattern.compile("(?<=[.?!])\\s+[\"“](?=\\p{Lu})");

    /**
     * A quote that reopens after a full stop is the next paragraph of the speech (news closes no quote mark at a
     * paragraph's end and opens one at the next); where the paragraphs were run together, each is still a
     * statement of its own, with the same speaker and cue.
     */
    private List<Candidate> byQuotedParagraph(Candidate c) {
        if (!c.direct()) return List.of(c);
        List<Candidate> out = new ArrayList<>();
        java.util.regex.Matcher m = REOPENED.matcher(doc.text).region(c.contentBegin(), c.contentEnd());
        int from = c.contentBegin();
        while (m.find()) {
            out.add(withContent(c, from, m.start()));
            from = m.end() - 1;
        }
        if (out.isEmpty()) return List.of(c);
        out.add(withContent(c, from, c.contentEnd()));
        return out;
    }

    private Candidate withContent(Candidate c, int begin, int end) {
        int[] r = doc.trim(begin, end);
        return new Candidate(r[0], r[1], true, c.statement(), c.cueBegin(), c.cueEnd(), c.sourceSentence(), c.sourceHead(),
                c.sourceBegin(), c.sourceEnd());
    }

    /**
     * A statement is a verbatim quote or a reported clause (DESIGN's data model). The tagger, trained on PolNeAR, also
     * marks what that corpus counts as attributed: bare objects ("criticised the proposals"), plans and calls
     * ("urged ministers to act"), and these are not statements: unquoted content with no finite verb is dropped.
     */
    private boolean isQuoteOrClause(TokenSequence seq, Segment content, int begin, int end) {
        if (quotes.stream().anyMatch(q -> q.innerBegin() < end && q.innerEnd() > begin)) return true;
        for (int t = content.first(); t <= content.last(); t++) {
            CoreLabel w = token(seq, t);
            if (!Doc.isVerb(w) && !"MD".equals(w.tag())) continue;
            SemanticGraph g = doc.deps.get(seq.sentence()[t]);
            if (FINITE.contains(w.tag()) || g != null && hasFiniteAuxiliary(g, g.getNodeByIndexSafe(seq.index()[t]))) return true;
        }
        return false;
    }

    /**
     * A cue that states a position by itself keeps any content as a statement: "condemned the killing", "welcomed
     * the move", "called on the mayor to step in", "denied having a role".
     */
    private boolean takesPosition(TokenSequence seq, Segment cue) {
        for (int t = cue.first(); t <= cue.last(); t++) {
            if (Lexicon.POSITION_CUES.contains(Doc.lemma(token(seq, t)))) return true;
        }
        return false;
    }

    private CoreLabel token(TokenSequence seq, int t) {
        return doc.token(seq.sentence()[t], seq.index()[t]);
    }

    /**
     * "Asked if she enjoys the game, she said ...": the question is the reporter's, put to the speaker; what they
     * answer is their statement, the question is not.
     */
    private boolean isQuestionPut(TokenSequence seq, Segment cue) {
        int t = cue.first();
        boolean opensSentence = t == 0 || seq.sentence()[t - 1] != seq.sentence()[t];
        return opensSentence && doc.text.substring(seq.begins()[t], seq.ends()[t]).equals("Asked");
    }

    /** "[are] expected to turn out": the tagger may leave the finite auxiliary of the content's verb outside it. */
    private static boolean hasFiniteAuxiliary(SemanticGraph g, IndexedWord verb) {
        if (verb == null) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("aux") || rel.equals("cop")) && FINITE.contains(e.getDependent().tag())) return true;
        }
        return false;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    private record Intro(int cueBegin, int cueEnd, int sentence, IndexedWord head, int sourceBegin, int sourceEnd) {
    }

    /** A paragraph that ends in a colon after a source and a cue, and says nothing itself: "Ms Fenwick said:". */
    private Intro introduction(TokenSequence seq, List<Segment> segments) {
        int last = seq.size() - 1;
        if (last < 0 || !doc.text.substring(seq.begins()[last], seq.ends()[last]).equals(":")) return null;
        Segment cue = null, source = null;
        for (Segment x : segments) {
            if (x.kind().equals("CUE")) cue = x;
            if (x.kind().equals("SRC")) source = x;
        }
        if (cue == null || source == null) return null;
        IndexedWord head = head(seq, source);
        return head == null ? null : new Intro(seq.begins()[cue.first()], seq.ends()[cue.last()], seq.sentence()[source.first()], head,
                seq.begins()[source.first()], seq.ends()[source.last()]);
    }

    /** A quote with no cue of its own, then "X said: ...": X introduces the next quote, not this one. */
    private static boolean introducesTheNext(List<Segment> segments, Segment source, Segment content) {
        return source != null && source.first() > content.last()
                && segments.stream().anyMatch(x -> x.kind().equals("CON") && x.first() > source.last());
    }

    /**
     * The segment of a kind nearest to {@code to}, not inside the content {@code exclude}, with no other content
     * between them (a source does not reach over someone else's words). Ties go to the one before.
     */
    private static Segment nearest(List<Segment> segments, String kind, Segment to, Segment exclude) {
        Segment best = null;
        for (Segment s : segments) {
            if (!s.kind().equals(kind)) continue;
            if (exclude != null && s.first() >= exclude.first() && s.last() <= exclude.last()) continue;
            if (contentBetween(segments, s, to, exclude)) continue;
            if (best == null || s.distance(to) < best.distance(to)) best = s;
        }
        return best;
    }

    private static boolean contentBetween(List<Segment> segments, Segment a, Segment b, Segment self) {
        int from = Math.min(a.last(), b.last()), to = Math.max(a.first(), b.first());
        return segments.stream().anyMatch(x -> x.kind().equals("CON") && x != self && x.first() > from && x.last() < to);
    }

    /**
     * The cue of a content: the nearest, skipping a cue that opens another content of the same sentence right after
     * it ("… and, according to a statement, B": "according to" is B's, not the content's before it).
     */
    private static Segment nearestCue(TokenSequence seq, List<Segment> segments, Segment content) {
        Segment best = null;
        for (Segment s : segments) {
            if (!s.kind().equals("CUE") || contentBetween(segments, s, content, content)) continue;
            boolean opensAnother = segments.stream().anyMatch(x -> x.kind().equals("CON") && x != content
                    && x.first() > s.last() && x.first() - s.last() <= 3 && seq.sentence()[x.first()] == seq.sentence()[s.last()]);
            if (opensAnother) continue;
            if (best == null || s.distance(content) < best.distance(content)) best = s;
        }
        return best;
    }

    /** The subject of the verb in a cue ("Len Duvall, called for"), also after it ("said the minister"). */
    private IndexedWord subjectOfCue(TokenSequence seq, Segment cue) {
        int sentence = seq.sentence()[cue.first()];
        SemanticGraph g = doc.deps.get(sentence);
        if (g == null) return null;
        for (int t = cue.last(); t >= cue.first(); t--) {
            if (seq.sentence()[t] != sentence) continue;
            IndexedWord v = g.getNodeByIndexSafe(seq.index()[t]);
            if (v == null || !Doc.isVerb(doc.token(sentence, v.index()))) continue;
            IndexedWord subject = subjectOf(g, v);
            if (subject == null) subject = subjectAfter(g, v);
            if (subject != null) return subject;
        }
        return null;
    }

    /** The subject of a cue verb, also through "and added" / "went on to say" chains. */
    private static IndexedWord subjectOf(SemanticGraph g, IndexedWord v) {
        for (int hop = 0; hop < 3 && v != null; hop++) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nsubj")) return e.getDependent();
            }
            SemanticGraphEdge in = g.incomingEdgeIterator(v).hasNext() ? g.incomingEdgeIterator(v).next() : null;
            if (in == null) return null;
            String rel = in.getRelation().toString();
            // "..., as Labour member X called for ...": the parser hangs the cue off the noun as a clause
            if (rel.equals("acl") && Doc.isNounTag(in.getGovernor().tag())) return in.getGovernor();
            // "..., saying that" / "..., adding that": the participle shares the main clause's subject
            boolean participle = "VBG".equals(v.tag()) && rel.startsWith("advcl");
            if (participle) {
                v = in.getGovernor();
                continue;
            }
            if (!(rel.startsWith("conj") || rel.equals("xcomp"))) return null;
            v = in.getGovernor();
        }
        return null;
    }

    /** "“...,” said the shadow home secretary": in an inverted cue the source follows the verb. */
    private static IndexedWord subjectAfter(SemanticGraph g, IndexedWord v) {
        IndexedWord best = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            boolean nominal = Doc.isNounTag(d.tag()) || "PRP".equals(d.tag());
            boolean bare = rel.equals("nsubj") || rel.equals("obj") || rel.equals("obl:tmod") || rel.equals("dep")
                    || rel.equals("obl") && g.getChildren(d).stream().noneMatch(c -> "IN".equals(c.tag()) || "TO".equals(c.tag()));
            if (d.index() > v.index() && nominal && bare && (best == null || d.index() < best.index())) best = d;
        }
        return best;
    }

    /** The word of the span that governs the rest: its parent is outside the span (or it is the root). */
    private IndexedWord head(TokenSequence seq, Segment source) {
        int sentence = seq.sentence()[source.first()];
        SemanticGraph g = doc.deps.get(sentence);
        if (g == null) return null;
        IndexedWord best = null;
        int bestRank = -1;
        for (int t = source.first(); t <= source.last(); t++) {
            if (seq.sentence()[t] != sentence) break;
            IndexedWord w = g.getNodeByIndexSafe(seq.index()[t]);
            if (w == null) continue;
            IndexedWord parent = g.getParent(w);
            boolean outside = parent == null || parent.index() < seq.index()[source.first()]
                    || parent.index() > seq.index()[Math.min(source.last(), lastInSentence(seq, source.first()))];
            int rank = outside ? headRank(g, w) : -1;
            if (rank >= bestRank && rank >= 0) {
                best = w;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * When a source span holds more than one phrase ("Mr Howard last week"), the subject speaks: a subject ranks
     * first, then a noun or pronoun that is not a time ("last week", "on Sunday"), then any word.
     */
    private static int headRank(SemanticGraph g, IndexedWord w) {
        String rel = g.getParent(w) == null ? "root" : g.reln(g.getParent(w), w).toString();
        if (rel.startsWith("nsubj")) return 3;
        boolean nominal = Doc.isNounTag(w.tag()) || "PRP".equals(w.tag());
        if (nominal && !rel.endsWith("tmod")) return 2;
        return nominal ? 1 : 0;
    }

    private static int lastInSentence(TokenSequence seq, int from) {
        int t = from;
        while (t + 1 < seq.size() && seq.sentence()[t + 1] == seq.sentence()[from]) t++;
        return t;
    }
}
