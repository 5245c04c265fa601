package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standpoint's attribution engine: finds what was said (quotes and reported clauses), the cue that
 * introduces it and the noun phrase of its source. Speakers are resolved afterwards, in text order, so that
 * "he added" and an uncued next paragraph fall to the speaker before them.
 */
final class Attributor {
    /**
     * A found attribution before its speaker is resolved.
     *
     * @param sourceSentence sentence of the source head, or -1 when the source is carried over
     * @param chainedTo      index of an earlier candidate whose speaker this one shares (multi-paragraph quote), or -1
     */
    record Candidate(int contentBegin, int contentEnd, boolean direct, int cueBegin, int cueEnd,
                     int sourceSentence, IndexedWord sourceHead, int chainedTo, int labelBegin, int labelEnd,
                     int sourceBegin, int sourceEnd) {
        Candidate(int contentBegin, int contentEnd, boolean direct, int cueBegin, int cueEnd,
                  int sourceSentence, IndexedWord sourceHead, int chainedTo) {
            this(contentBegin, contentEnd, direct, cueBegin, cueEnd, sourceSentence, sourceHead, chainedTo, -1, -1, -1, -1);
        }

        Candidate(int contentBegin, int contentEnd, boolean direct, int cueBegin, int cueEnd,
                  int sourceSentence, IndexedWord sourceHead, int chainedTo, int labelBegin, int labelEnd) {
            this(contentBegin, contentEnd, direct, cueBegin, cueEnd, sourceSentence, sourceHead, chainedTo, labelBegin, labelEnd, -1, -1);
        }

        Candidate chainedTo(int to) {
            return new Candidate(contentBegin, contentEnd, direct, cueBegin, cueEnd, sourceSentence, sourceHead, to,
                    labelBegin, labelEnd, sourceBegin, sourceEnd);
        }

        /** The source as a learned tagger marked it, rather than the parse's noun phrase around its head. */
        Candidate withSourceSpan(int begin, int end) {
            return new Candidate(contentBegin, contentEnd, direct, cueBegin, cueEnd, sourceSentence, sourceHead, chainedTo,
                    labelBegin, labelEnd, begin, end);
        }

        boolean hasSourceSpan() {
            return sourceBegin >= 0;
        }

        /** The source is a label before a colon rather than a parsed noun phrase. */
        boolean hasLabel() {
            return labelBegin >= 0;
        }

        boolean hasCue() {
            return cueBegin >= 0;
        }
    }

    private record Cue(int sentence, IndexedWord verb, int begin, int end, IndexedWord source) {
    }

    private record Clause(Cue cue, int begin, int end) {
    }

    private final Doc doc;
    private final List<Quotes.Piece> pieces;

    Attributor(Doc doc) {
        this.doc = doc;
        this.pieces = Quotes.find(doc.text);
    }

    List<Candidate> candidates() {
        List<Clause> clauses = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) clauses.addAll(reportedClauses(s));
        // "tell" inside a quote is the speaker's word, not the reporter's cue
        clauses.removeIf(c -> inAnyQuote(c.cue.begin));
        clauses = cutNested(clauses);

        List<Candidate> out = new ArrayList<>();
        List<Clause> absorbedInto = new ArrayList<>();
        int previousPiece = -1;
        for (Quotes.Piece q : pieces) {
            // "X said: “...”" parses the quote as the cue's clause: then the quote is the statement.
            Clause host = clauses.stream().filter(c -> overlap(c, q) >= 0.8 * (c.end - c.begin)).findFirst().orElse(null);
            Clause carrier = clauses.stream().filter(c -> c.begin <= q.begin() + 1 && q.end() <= c.end + 1).findFirst().orElse(null);
            if (host == null && carrier != null) {
                previousPiece = -1;
                continue; // a partial quote inside reported speech: the clause carries it
            }
            Cue cue = host != null ? host.cue : cueNear(q);
            if (host != null) absorbedInto.add(host);
            int chained = q.continuation() && previousPiece >= 0 ? previousPiece : -1;
            if (cue == null && chained < 0 && words(q) < 4) {
                previousPiece = -1;
                continue; // an uncued short quote is a scare quote or a title, not a statement
            }
            out.add(cue != null
                    ? new Candidate(q.begin(), q.end(), true, cue.begin, cue.end, cue.sentence, cue.source, -1)
                    : new Candidate(q.begin(), q.end(), true, -1, -1, -1, null, chained));
            previousPiece = out.size() - 1;
        }
        out.addAll(SourceLabels.statements(doc, pieces, out));
        for (Clause c : clauses) {
            if (absorbedInto.contains(c)) continue;
            boolean insideQuote = pieces.stream().anyMatch(q -> q.contains(c.cue.begin));
            if (insideQuote) continue;
            out.add(new Candidate(c.begin, c.end, false, c.cue.begin, c.cue.end, c.cue.sentence, c.cue.source, -1));
        }
        List<Candidate> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Candidate::contentBegin));
        // re-point chains after sorting
        List<Candidate> fixed = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.chainedTo >= 0) {
                Candidate target = out.get(c.chainedTo);
                c = c.chainedTo(sorted.indexOf(target));
            }
            fixed.add(c);
        }
        return fixed;
    }

    /**
     * "He added that the deployments would be brief as he said consultation had begun": the second report is its
     * own statement, so the first clause ends where the second one's source begins.
     */
    private List<Clause> cutNested(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (Clause a : clauses) {
            int end = a.end;
            for (Clause b : clauses) {
                if (b == a || b.cue.source == null) continue;
                int sourceStart = doc.token(b.cue.sentence, b.cue.source.index()).beginPosition();
                int cut = Math.min(sourceStart, b.cue.begin);
                if (cut > a.begin && b.cue.begin > a.begin && b.cue.begin < a.end && cut < end) end = cut;
            }
            if (end != a.end) {
                int[] r = trim(new int[]{a.begin, end});
                String tail = doc.text.substring(r[0], r[1]);
                r[1] = r[0] + tail.replaceFirst("(?i)\\s+(as|and|but|while|because|since|although|though)$", "").length();
                out.add(new Clause(a.cue, r[0], trim(r)[1]));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static int overlap(Clause c, Quotes.Piece q) {
        return Math.max(0, Math.min(c.end, q.end()) - Math.max(c.begin, q.begin()));
    }

    private int words(Quotes.Piece q) {
        return doc.text.substring(q.innerBegin(), q.innerEnd()).trim().split("\\s+").length;
    }

    /** Reported speech: a cue verb with a clause ("told a hearing that ..."), an object ("called for X"), or "according to". */
    private List<Clause> reportedClauses(int s) {
        List<Clause> out = new ArrayList<>();
        SemanticGraph g = doc.deps.get(s);
        if (g == null) return out;
        for (IndexedWord v : g.vertexListSorted()) {
            CoreLabel t = doc.token(s, v.index());
            Clause nominal = nounReport(s, g, v);
            if (nominal != null) {
                out.add(nominal);
                continue;
            }
            Cue cue = cueAt(s, g, v, true);
            if (cue == null) continue;
            boolean weak = Lexicon.WEAK_CUES.contains(Doc.lemma(t));
            int[] range = null;
            if (Lexicon.lower(t.word()).equals("according")) {
                range = accordingToScope(s, g, v);
            } else {
                for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                    String rel = e.getRelation().toString();
                    // "wants to", "plans to", "hopes to": an attitude toward an action is a position too
                    boolean intention = weak && rel.equals("xcomp") && Doc.isVerb(doc.token(s, e.getDependent().index()));
                    if (rel.equals("ccomp") || intention) range = union(range, span(s, g, e.getDependent()));
                }
                // attitude verbs ("thinks", "hopes") report a position only with a clause
                if (range == null && !weak) range = extendOverClause(s, objectOf(s, g, v));
                if (range == null && !weak && Lexicon.OBJECT_CUES.contains(Doc.lemma(t))) range = objectScope(s, g, v);
                if (range == null && !weak && isParataxisCue(g, v)) range = parataxisScope(s, g, v);
            }
            if (range != null && range[1] > range[0]) {
                if (cue.source == null) continue;
                out.add(new Clause(cue, range[0], range[1]));
            }
        }
        return out;
    }

    /** The nearest cue outside the quote: right after it ("..., he said"), else before it, in the same sentence. */
    private Cue cueNear(Quotes.Piece q) {
        int sEnd = doc.sentenceOf(Math.max(q.begin(), q.end() - 1));
        int sBegin = doc.sentenceOf(q.begin());
        Cue after = null, before = null;
        int afterDist = Integer.MAX_VALUE, beforeDist = Integer.MAX_VALUE;
        boolean fragment = words(q) < 4;
        for (int s : fragment ? new int[]{sEnd} : new int[]{sEnd, sEnd + 1}) {
            if (s >= doc.sentences.size() || doc.paragraphOf(doc.tokens(s).get(0).beginPosition()) != doc.paragraphOf(q.begin())) continue;
            SemanticGraph g = doc.deps.get(s);
            if (g == null) continue;
            for (IndexedWord v : g.vertexListSorted()) {
                CoreLabel t = doc.token(s, v.index());
                if (t.beginPosition() < q.end() || inAnyQuote(t.beginPosition())) continue;
                if (s == sEnd + 1 && t.beginPosition() > q.end() + 40) continue;
                Cue c = cueAt(s, g, v, true);
                if (c != null && (c.source == null || doc.token(s, c.source.index()).beginPosition() < t.beginPosition())) {
                    IndexedWord inverted = subjectAfter(g, v);
                    if (inverted != null) c = new Cue(c.sentence, c.verb, c.begin, c.end, inverted);
                }
                int dist = t.beginPosition() - q.end();
                if (c != null && c.source != null && dist < afterDist && intervening(q.end(), t.beginPosition()) < 6) {
                    after = c;
                    afterDist = dist;
                }
            }
        }
        if (after != null) return after;
        SemanticGraph g = doc.deps.get(sBegin);
        if (g == null) return null;
        for (IndexedWord v : g.vertexListSorted()) {
            CoreLabel t = doc.token(sBegin, v.index());
            if (t.endPosition() > q.begin() || inAnyQuote(t.beginPosition())) continue;
            Cue c = cueAt(sBegin, g, v, true);
            int dist = q.begin() - t.endPosition();
            if (c != null && c.source != null && dist < beforeDist) {
                before = c;
                beforeDist = dist;
            }
        }
        return before;
    }

    private int intervening(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (Character.isLetter(doc.text.charAt(i)) && (i == from || !Character.isLetter(doc.text.charAt(i - 1)))) n++;
        return n;
    }

    private boolean inAnyQuote(int pos) {
        return pieces.stream().anyMatch(q -> q.contains(pos));
    }

    /** A cue at this word, with its source head; weak cues ("it read", "he thinks") count only next to a quote. */
    private Cue cueAt(int s, SemanticGraph g, IndexedWord v, boolean nextToQuote) {
        CoreLabel t = doc.token(s, v.index());
        String word = Lexicon.lower(t.word());
        if (word.equals("according") && v.index() < doc.tokens(s).size()
                && Lexicon.lower(doc.token(s, v.index() + 1).word()).equals("to")) {
            IndexedWord gov = g.getParent(v);
            if (gov == null) return null;
            return new Cue(s, v, t.beginPosition(), doc.token(s, v.index() + 1).endPosition(), gov);
        }
        if (!Doc.isVerb(t)) return null;
        String lemma = Doc.lemma(t);
        if (!Lexicon.CUE_VERBS.contains(lemma)) return null;
        if (!nextToQuote && Lexicon.WEAK_CUES.contains(lemma)) return null;
        return new Cue(s, v, cueBegin(s, g, v), cueEnd(s, g, v), subjectOf(g, v));
    }

    /**
     * A report carried by a noun: "his claim that ...", "warnings from his attorney that ...". The source is the
     * possessor or the "from/by" phrase; without one there is nobody to attribute it to.
     */
    private Clause nounReport(int s, SemanticGraph g, IndexedWord n) {
        CoreLabel t = doc.token(s, n.index());
        if (!Doc.isNoun(t) || !Lexicon.CUE_NOUNS.contains(Doc.lemma(t))) return null;
        int[] range = null;
        IndexedWord source = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            boolean thatClause = (rel.equals("ccomp") || rel.startsWith("acl")) && g.getChildren(d).stream()
                    .anyMatch(c -> Lexicon.lower(c.word()).equals("that") && "IN".equals(c.tag()));
            if (thatClause) range = span(s, g, d);
            if (rel.equals("nmod:poss")) source = d;
            if (rel.startsWith("nmod") && source == null && g.getChildren(d).stream()
                    .anyMatch(c -> List.of("from", "by", "of").contains(Lexicon.lower(c.word())))) source = d;
        }
        if (range == null || source == null) return null;
        return new Clause(new Cue(s, n, t.beginPosition(), t.endPosition(), source), range[0], range[1]);
    }

    /** The cue starts at its perfect auxiliary and adverbs: "has said", "has also said". */
    private int cueBegin(int s, SemanticGraph g, IndexedWord v) {
        int begin = doc.token(s, v.index()).beginPosition();
        for (int i = v.index() - 1; i >= 1; i--) {
            CoreLabel t = doc.token(s, i);
            String w = Lexicon.lower(t.word());
            boolean perfect = Doc.lemma(t).equals("have") && g.getParent(g.getNodeByIndexSafe(i)) == v;
            boolean adverb = "RB".equals(t.tag()) && !w.equals("not") && !w.equals("n't");
            if (perfect) begin = t.beginPosition();
            else if (!adverb) break;
        }
        return begin;
    }

    /** The cue ends after its particle or preposition ("pointed out", "called for") and a colon right after it. */
    private int cueEnd(int s, SemanticGraph g, IndexedWord v) {
        CoreLabel verb = doc.token(s, v.index());
        int end = verb.endPosition();
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (e.getRelation().toString().equals("compound:prt")) end = Math.max(end, doc.token(s, e.getDependent().index()).endPosition());
        }
        if (v.index() < doc.tokens(s).size()) {
            CoreLabel next = doc.token(s, v.index() + 1);
            String w = Lexicon.lower(next.word());
            boolean attachedPreposition = (w.equals("for") || w.equals("on")) && Lexicon.OBJECT_CUES.contains(Doc.lemma(verb));
            if (next.beginPosition() <= end + 1 && attachedPreposition) end = next.endPosition();
        }
        return end;
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

    /** The bare object, when an unmarked clause follows it ("warned the plan would fail"); else null. */
    private int[] objectOf(int s, SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (e.getRelation().toString().equals("obj")) {
                int[] r = span(s, g, e.getDependent());
                int[] extended = extendOverClause(s, r);
                return extended != r ? extended : null;
            }
        }
        return null;
    }

    private int[] objectScope(int s, SemanticGraph g, IndexedWord v) {
        int[] range = null;
        // "called the chiefs" is a phone call; "called for" / "called on X to" is a demand
        boolean objectIsContent = !Doc.lemma(doc.token(s, v.index())).equals("call");
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.equals("iobj")) && objectIsContent || rel.equals("xcomp")) range = union(range, span(s, g, e.getDependent()));
            if (rel.startsWith("obl") && g.getChildren(e.getDependent()).stream()
                    .anyMatch(c -> List.of("for", "of", "against", "on", "over", "about").contains(Lexicon.lower(c.word())))) {
                range = union(range, span(s, g, e.getDependent()));
            }
        }
        return range;
    }

    /** "denied the move would become routine" parses "the move" as the object: the clause runs on to its end. */
    private int[] extendOverClause(int s, int[] range) {
        if (range == null) return null;
        List<CoreLabel> toks = doc.tokens(s);
        for (int i = 0; i < toks.size() - 1; i++) {
            if (toks.get(i).endPosition() == range[1]) {
                CoreLabel next = toks.get(i + 1);
                if (next.tag().equals("MD") || Doc.isVerb(next) && !next.tag().equals("VBG")) {
                    return trim(new int[]{range[0], toks.get(toks.size() - 1).endPosition()});
                }
            }
        }
        return range;
    }

    private boolean isParataxisCue(SemanticGraph g, IndexedWord v) {
        SemanticGraphEdge in = g.incomingEdgeIterator(v).hasNext() ? g.incomingEdgeIterator(v).next() : null;
        return in != null && in.getRelation().toString().equals("parataxis");
    }

    /** "The plan is wrong, he said": the clause the cue is parenthetical to, less the cue's own words. */
    private int[] parataxisScope(int s, SemanticGraph g, IndexedWord v) {
        IndexedWord gov = g.getParent(v);
        int[] cueRange = span(s, g, v);
        int[] whole = span(s, g, gov);
        if (cueRange[0] > whole[0]) return trim(new int[]{whole[0], cueRange[0]});
        return trim(new int[]{cueRange[1], whole[1]});
    }

    private int[] accordingToScope(int s, SemanticGraph g, IndexedWord according) {
        IndexedWord source = g.getParent(according);
        IndexedWord clause = source == null ? null : g.getParent(source);
        if (clause == null) return null;
        int[] phrase = span(s, g, source);
        int[] whole = span(s, g, clause);
        int[] left = new int[]{whole[0], Math.min(phrase[0], doc.token(s, according.index()).beginPosition())};
        int[] right = new int[]{phrase[1], whole[1]};
        return trim(left[1] - left[0] >= right[1] - right[0] ? left : right);
    }

    private int[] span(int s, SemanticGraph g, IndexedWord head) {
        int b = Integer.MAX_VALUE, e = -1;
        for (IndexedWord w : g.descendants(head)) {
            CoreLabel t = doc.token(s, w.index());
            b = Math.min(b, t.beginPosition());
            e = Math.max(e, t.endPosition());
        }
        return trim(new int[]{b, e});
    }

    private int[] trim(int[] r) {
        return doc.trim(r[0], r[1]);
    }

    private static int[] union(int[] a, int[] b) {
        if (a == null) return b;
        return new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }
}
