package org.standpoint.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned side of attribution: the {@link TaggerModel} marks cue, source and content spans in each paragraph,
 * and each content is joined to the nearest cue of its paragraph and the source nearest that cue. The source
 * span's head word (the one whose parent lies outside it) is what the speaker resolver reads. A content with no
 * source is left for the extractor to carry over from the statement before it.
 */
final class TaggedCandidates {
    private record Segment(String kind, int first, int last) {
        int distance(Segment o) {
            if (o.last < first) return first - o.last;
            if (last < o.first) return o.first - last;
            return 0;
        }
    }

    private final Doc doc;
    private final TaggerModel model;
    private final List<Quotes.Piece> quotes;

    TaggedCandidates(Doc doc, TaggerModel model) {
        this.doc = doc;
        this.model = model;
        this.quotes = Quotes.find(doc.text);
    }

    List<Attributor.Candidate> candidates() {
        List<Attributor.Candidate> out = new ArrayList<>();
        // "X said:" closing a paragraph with no content of its own introduces the quote of the next paragraph
        Intro pending = null;
        for (TokenSequence seq : TokenFeatures.of(doc)) {
            List<Segment> segments = segments(model.decode(seq));
            boolean hasContent = segments.stream().anyMatch(x -> x.kind.equals("CON"));
            for (Segment content : segments) {
                if (!content.kind.equals("CON")) continue;
                int[] r = doc.trim(seq.begins()[content.first], seq.ends()[content.last]);
                if (r[1] <= r[0]) continue;
                boolean direct = quotes.stream().anyMatch(q -> q.contains(r[0]));
                Segment cue = nearest(segments, "CUE", content, null);
                Segment source = nearest(segments, "SRC", cue != null ? cue : content, content);
                if (source == null && cue == null && pending != null) {
                    out.add(new Attributor.Candidate(r[0], r[1], direct, pending.cueBegin, pending.cueEnd, pending.sentence,
                            pending.head, -1).withSourceSpan(pending.sourceBegin, pending.sourceEnd));
                    pending = null;
                    continue;
                }
                int cueBegin = cue == null ? -1 : seq.begins()[cue.first];
                int cueEnd = cue == null ? -1 : seq.ends()[cue.last];
                IndexedWord head = source == null ? null : head(seq, source);
                int sentence = head == null ? -1 : seq.sentence()[source.first];
                Attributor.Candidate c = new Attributor.Candidate(r[0], r[1], direct, cueBegin, cueEnd, sentence, head, -1);
                out.add(head == null ? c : c.withSourceSpan(seq.begins()[source.first], seq.ends()[source.last]));
            }
            pending = hasContent ? null : introduction(seq, segments);
        }
        return out;
    }

    private record Intro(int cueBegin, int cueEnd, int sentence, IndexedWord head, int sourceBegin, int sourceEnd) {
    }

    /** A paragraph that ends in a colon after a source and a cue, and says nothing itself: "Ms Fenwick said:". */
    private Intro introduction(TokenSequence seq, List<Segment> segments) {
        int last = seq.size() - 1;
        if (last < 0 || !doc.text.substring(seq.begins()[last], seq.ends()[last]).equals(":")) return null;
        Segment cue = null, source = null;
        for (Segment x : segments) {
            if (x.kind.equals("CUE")) cue = x;
            if (x.kind.equals("SRC")) source = x;
        }
        if (cue == null || source == null) return null;
        IndexedWord head = head(seq, source);
        return head == null ? null : new Intro(seq.begins()[cue.first], seq.ends()[cue.last], seq.sentence()[source.first], head,
                seq.begins()[source.first], seq.ends()[source.last]);
    }

    /** The segment of a kind nearest to {@code to}, not inside {@code exclude}; ties go to the one before. */
    private static Segment nearest(List<Segment> segments, String kind, Segment to, Segment exclude) {
        Segment best = null;
        for (Segment s : segments) {
            if (!s.kind.equals(kind)) continue;
            if (exclude != null && s.first >= exclude.first && s.last <= exclude.last) continue;
            if (best == null || s.distance(to) < best.distance(to)) best = s;
        }
        return best;
    }

    /** The word of the span that governs the rest: its parent is outside the span (or it is the root). */
    private IndexedWord head(TokenSequence seq, Segment source) {
        int sentence = seq.sentence()[source.first];
        SemanticGraph g = doc.deps.get(sentence);
        if (g == null) return null;
        IndexedWord best = null;
        for (int t = source.first; t <= source.last; t++) {
            if (seq.sentence()[t] != sentence) break;
            IndexedWord w = g.getNodeByIndexSafe(seq.index()[t]);
            if (w == null) continue;
            IndexedWord parent = g.getParent(w);
            boolean outside = parent == null || parent.index() < seq.index()[source.first]
                    || parent.index() > seq.index()[Math.min(source.last, lastInSentence(seq, source.first))];
            if (outside && (best == null || Doc.isNounTag(w.tag()) || "PRP".equals(w.tag()))) best = w;
        }
        return best;
    }

    private static int lastInSentence(TokenSequence seq, int from) {
        int t = from;
        while (t + 1 < seq.size() && seq.sentence()[t + 1] == seq.sentence()[from]) t++;
        return t;
    }

    private static List<Segment> segments(int[] labels) {
        List<Segment> out = new ArrayList<>();
        int start = -1;
        String kind = null;
        for (int t = 0; t <= labels.length; t++) {
            String l = t < labels.length ? TaggerModel.LABELS[labels[t]] : "O";
            if (l.startsWith("I-") && kind != null && l.substring(2).equals(kind)) continue;
            if (kind != null) out.add(new Segment(kind, start, t - 1));
            kind = l.equals("O") ? null : l.substring(2);
            start = t;
        }
        return out;
    }
}
