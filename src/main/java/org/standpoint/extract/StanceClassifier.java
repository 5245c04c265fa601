package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.Stance;

import java.util.Locale;
import java.util.Set;

/**
 * The stance of one statement toward its issue, from the parsed content and its cue. Evidence is weighed, not
 * voted: limits on the measure ("only in extreme circumstances", "must be the exception", a denied or negated
 * "routine") make it conditional; demands take the polarity of the demanded action ("should stop this" against,
 * "urged them to back it" for); evaluative words count for or against, flipped when negated in the parse or when
 * the cue denies the content; a cue that carries a stance ("warned", "welcomed") counts unless it targets a
 * person and the content never touches the issue. Nothing found is neutral.
 */
final class StanceClassifier {
    /** @param aboutIssue the content mentions the issue or a measure ("the plan", "it"), not only side matters */
    record Result(Stance stance, double confidence, boolean aboutIssue) {
    }

    /** Weights: a demand or a limit is stronger evidence than one evaluative word. */
    private static final double WORD = 1, WEAK_FLIP = 0.5, LIMIT = 1.5, DENIED_LIMIT = 2, DEMAND = 2, CUE = 2,
            BARE_NEGATION = 0.3, ACTION = 1, ACTION_ON_MEASURE = 1.5, ADVOCACY = 1.5, REQUIREMENT = 3, PROPOSAL = 1.5;

    /** Relations through which a negation on the head reaches the dependent; not prepositional modifiers ("no change to a bad deal"). */
    private static final Set<String> SCOPE = Set.of("amod", "advmod", "xcomp", "conj", "obj", "dobj", "compound");

    private final IssueTerms issue;
    private final Doc doc;

    StanceClassifier(Doc doc, IssueTerms issue) {
        this.doc = doc;
        this.issue = issue;
    }

    /** Content and cue as char ranges of the article text; a cue range with begin &lt; 0 means none. */
    Result classify(int contentBegin, int contentEnd, int cueBegin, int cueEnd) {
        String cue = cueBegin < 0 ? "" : cueLemma(cueBegin, cueEnd);
        // "rejected claims that ...", "dismissed fears that ...": the cue denies the claim rather than opposing the issue
        boolean deniesClaim = (Lexicon.AGAINST_CUES.contains(cue) || Lexicon.DENIAL_CUES.contains(cue))
                && (Lexicon.DENIED_NOUNS.contains(firstNoun(contentBegin, contentEnd))
                || cueBegin >= 0 && Lexicon.DENIED_NOUNS.contains(firstNoun(cueBegin, cueEnd)));
        Evidence ev = new Evidence(Lexicon.DENIAL_CUES.contains(cue) || deniesClaim, Lexicon.DEMAND_CUES.contains(cue));
        boolean touchesIssue = false, namesIssue = false;
        IndexedWord firstContentWord = null;
        int firstSentence = -1;
        for (int s = doc.sentenceOf(contentBegin); s <= doc.sentenceOf(Math.max(contentBegin, contentEnd - 1)); s++) {
            SemanticGraph g = doc.deps.get(s);
            if (g == null) continue;
            for (IndexedWord v : g.vertexListSorted()) {
                CoreLabel t = doc.token(s, v.index());
                if (t.beginPosition() < contentBegin || t.endPosition() > contentEnd) continue;
                if (firstContentWord == null && Character.isLetter(t.word().charAt(0))) {
                    firstContentWord = v;
                    firstSentence = s;
                }
                touchesIssue |= refersToIssue(v);
                namesIssue |= issue.matches(word(v), lemma(v));
                weigh(g, v, ev);
            }
        }
        String lower = doc.text.substring(contentBegin, contentEnd).toLowerCase(Locale.ROOT);
        for (String phrase : Lexicon.LIMIT_PHRASES) if (lower.contains(phrase)) ev.limit += LIMIT;
        String firstNer = firstContentWord == null ? null : doc.token(firstSentence, firstContentWord.index()).ner();
        boolean targetsPerson = "PERSON".equals(firstNer) || "TITLE".equals(firstNer);
        // "the council wants to close the library": proposing or intending the measure is being for it
        if (Lexicon.PROPOSING_CUES.contains(cue) && namesIssue) ev.forIt += PROPOSAL;
        if ((!targetsPerson || touchesIssue) && !deniesClaim) {
            if (Lexicon.AGAINST_CUES.contains(cue)) ev.against += CUE;
            if (Lexicon.FOR_CUES.contains(cue)) ev.forIt += CUE;
        }
        return ev.decide(touchesIssue);
    }

    private void weigh(SemanticGraph g, IndexedWord v, Evidence ev) {
        String w = word(v), l = lemma(v);
        boolean flip = negated(g, v) ^ ev.denied;
        boolean evaluative = !Lexicon.ADJECTIVE_ONLY.contains(l) || tag(v).startsWith("JJ") || tag(v).startsWith("RB");
        boolean verb = tag(v).startsWith("VB");
        // the speaker's own "we warned", "I welcome" carry stance as a cue does
        boolean ownCue = verb && (Lexicon.AGAINST_CUES.contains(l) || Lexicon.FOR_CUES.contains(l));
        if (evaluative && is(Lexicon.STANCE_FOR, w, l) || ownCue && Lexicon.FOR_CUES.contains(l)) ev.add(!flip, WORD, WORD);
        if (is(Lexicon.STANCE_AGAINST, w, l) || ownCue && Lexicon.AGAINST_CUES.contains(l)) ev.add(flip, WEAK_FLIP, WORD);
        if (is(Lexicon.LIMIT_WORDS, w, l) && !(w.equals("only") && negated(g, v))) ev.limit += LIMIT;
        if (is(Lexicon.UNLIMITED_WORDS, w, l) && flip) ev.limit += DENIED_LIMIT;
        if (isNegator(g, v) && !headHasPolarity(g, v)) ev.bareNegations++;
        boolean stop = verb && (Lexicon.STOP_ACTIONS.contains(l) || l.equals("step") && hasParticle(g, v, "in"));
        boolean go = verb && Lexicon.GO_ACTIONS.contains(l);
        if (stop || go) {
            // a reported event ("the bill was defeated") is news; a demanded or intended action is a position
            double weight = ev.demandCue || demanded(g, v) ? DEMAND
                    : !irrealis(g, v) ? 0 : actsOnMeasure(g, v) ? ACTION_ON_MEASURE : ACTION;
            ev.add(go ^ flip, weight, weight);
        }
        if (argues(g, v, "for")) ev.add(!flip, ADVOCACY, ADVOCACY);
        if (argues(g, v, "against")) ev.add(flip, ADVOCACY, ADVOCACY);
        requirement(g, v, ev);
    }

    /** "any deployment must be brief", "dictates that the practice be targeted": a requirement placed on the measure. */
    private void requirement(SemanticGraph g, IndexedWord v, Evidence ev) {
        if (!Lexicon.OBLIGATION_MODALS.contains(word(v)) && !Lexicon.OBLIGATION_VERBS.contains(lemma(v))) return;
        IndexedWord predicate = Lexicon.OBLIGATION_MODALS.contains(word(v)) ? g.getParent(v) : complement(g, v);
        if (predicate == null) return;
        IndexedWord subject = child(g, predicate, "nsubj", "nsubj:pass");
        if (subject == null) return;
        // "the purpose of any such initiative must be ...": the measure may sit in the subject's of-phrase
        IndexedWord of = child(g, subject, "nmod", "nmod:of");
        if (!onMeasure(g, subject) && (of == null || !onMeasure(g, of))) return;
        // "should be scrapped", "should go ahead" ask for an action on the measure; anything else is a condition on it
        String l = lemma(predicate);
        boolean stop = Lexicon.STOP_ACTIONS.contains(l) || Lexicon.STANCE_AGAINST.contains(l);
        boolean go = Lexicon.GO_ACTIONS.contains(l) || l.equals("go") && hasParticle(g, predicate, "ahead");
        if (stop || go) {
            ev.add(go ^ negated(g, predicate), REQUIREMENT, REQUIREMENT);
        } else {
            ev.limit += REQUIREMENT;
        }
    }

    private boolean onMeasure(SemanticGraph g, IndexedWord noun) {
        return refersToIssue(noun) || hasChild(g, noun, "any");
    }

    /** Not a reported fact: under a modal or future auxiliary, or an infinitive ("will block it", "to scrap it"). */
    private static boolean irrealis(SemanticGraph g, IndexedWord v) {
        for (IndexedWord c : g.getChildren(v)) {
            String w = word(c);
            if (tag(c).equals("MD") || w.equals("to") || w.equals("going")) return true;
        }
        return false;
    }

    /** A demand: an action under "should"/"must", or the complement of "urge", "call for", "need to". */
    private boolean demanded(SemanticGraph g, IndexedWord v) {
        IndexedWord x = v;
        for (int up = 0; up < 3 && x != null; up++) {
            for (IndexedWord c : g.getChildren(x)) if (Lexicon.OBLIGATION_MODALS.contains(word(c))) return true;
            IndexedWord parent = g.getParent(x);
            if (parent == null) return false;
            String rel = g.getEdge(parent, x).getRelation().toString();
            if (Lexicon.OBLIGATION_VERBS.contains(lemma(parent)) && (rel.equals("xcomp") || rel.equals("ccomp"))) return true;
            if (!rel.equals("conj") && !rel.equals("xcomp")) return false;
            x = parent;
        }
        return false;
    }

    private boolean actsOnMeasure(SemanticGraph g, IndexedWord v) {
        IndexedWord object = child(g, v, "obj", "dobj", "nsubj:pass");
        return object != null && refersToIssue(object);
    }

    /**
     * "push for the board", "voted against the bill", "warned against it": the polarity is the preposition's, when
     * its object is the issue. A bias "against" someone else says nothing about the issue.
     */
    private boolean argues(SemanticGraph g, IndexedWord noun, String preposition) {
        if (!refersToIssue(noun) && !tag(noun).startsWith("VBG") || !hasCase(g, noun, preposition)) return false;
        if (preposition.equals("against")) return true;
        IndexedWord head = g.getParent(noun);
        return head != null && Lexicon.ADVOCACY.contains(lemma(head));
    }

    /** Negated in the parse: a negator on the word, or on the head it modifies ("not a good start", "don't endorse or accept"). */
    private boolean negated(SemanticGraph g, IndexedWord v) {
        IndexedWord x = v;
        // climb through modifiers and objects to the clause head: "not considering routine deployments"
        for (int up = 0; up < 3 && x != null; up++) {
            if (hasNegator(g, x)) return true;
            IndexedWord parent = g.getParent(x);
            if (parent == null || !SCOPE.contains(g.getEdge(parent, x).getRelation().toString())) return false;
            x = parent;
        }
        return false;
    }

    private boolean hasNegator(SemanticGraph g, IndexedWord v) {
        for (IndexedWord c : g.getChildren(v)) if (isNegator(g, c)) return true;
        return false;
    }

    /** "not", "no", "never", and "little" as in "little sense" (not "a little"). */
    private static boolean isNegator(SemanticGraph g, IndexedWord v) {
        return Lexicon.NEGATORS.contains(word(v)) && !(word(v).equals("little") && hasChild(g, v, "a"));
    }

    /** A negator whose head or the head's modifiers carry polarity was used there; a bare one is mild evidence against. */
    private boolean headHasPolarity(SemanticGraph g, IndexedWord negator) {
        IndexedWord head = g.getParent(negator);
        if (head == null) return false;
        if (polar(head)) return true;
        for (IndexedWord c : g.getChildren(head)) if (polar(c)) return true;
        return false;
    }

    private boolean polar(IndexedWord v) {
        String w = word(v), l = lemma(v);
        return is(Lexicon.STANCE_FOR, w, l) || is(Lexicon.STANCE_AGAINST, w, l) || is(Lexicon.UNLIMITED_WORDS, w, l)
                || Lexicon.STOP_ACTIONS.contains(l) || Lexicon.GO_ACTIONS.contains(l) || w.equals("only");
    }

    private boolean refersToIssue(IndexedWord v) {
        return issue.matches(word(v), lemma(v)) || Lexicon.MEASURE_NOUNS.contains(word(v));
    }

    private String firstNoun(int begin, int end) {
        for (int s = doc.sentenceOf(begin); s <= doc.sentenceOf(Math.max(begin, end - 1)); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                if (t.beginPosition() >= begin && t.endPosition() <= end && Doc.isNoun(t)) return Doc.lemma(t);
            }
        }
        return "";
    }

    private String cueLemma(int begin, int end) {
        String first = "";
        for (int s = doc.sentenceOf(begin); s <= doc.sentenceOf(Math.max(begin, end - 1)); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                if (t.beginPosition() < begin || t.endPosition() > end) continue;
                String l = Doc.lemma(t);
                if (first.isEmpty()) first = l;
                if (Doc.isVerb(t) && !l.equals("have") && !l.equals("be") && !l.equals("do")) return l;
            }
        }
        return first;
    }

    private static IndexedWord complement(SemanticGraph g, IndexedWord v) {
        return child(g, v, "xcomp", "ccomp");
    }

    private static IndexedWord child(SemanticGraph g, IndexedWord v, String... relations) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = e.getRelation().toString();
            for (String r : relations) if (rel.equals(r)) return e.getDependent();
        }
        return null;
    }

    private static boolean hasChild(SemanticGraph g, IndexedWord v, String word) {
        for (IndexedWord c : g.getChildren(v)) if (word(c).equals(word)) return true;
        return false;
    }

    private static boolean hasParticle(SemanticGraph g, IndexedWord v, String particle) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = e.getRelation().toString();
            // the parser attaches "in" of "step in" as a particle, "ahead" of "go ahead" as an adverb
            if ((rel.startsWith("compound:prt") || rel.equals("advmod")) && word(e.getDependent()).equals(particle)) return true;
        }
        return false;
    }

    private static boolean hasCase(SemanticGraph g, IndexedWord noun, String preposition) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("case") && word(e.getDependent()).equals(preposition)) return true;
        }
        return false;
    }

    private static boolean is(Set<String> words, String word, String lemma) {
        return words.contains(word) || words.contains(lemma);
    }

    private static String word(IndexedWord v) {
        return v.word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String lemma(IndexedWord v) {
        return v.lemma() == null ? word(v) : v.lemma().toLowerCase(Locale.ROOT);
    }

    private static String tag(IndexedWord v) {
        return v.tag() == null ? "" : v.tag();
    }

    /** The weighed evidence of one statement. */
    private static final class Evidence {
        final boolean denied, demandCue;
        double forIt, against, limit;
        int bareNegations;

        Evidence(boolean denied, boolean demandCue) {
            this.denied = denied;
            this.demandCue = demandCue;
        }

        void add(boolean forSide, double forWeight, double againstWeight) {
            if (forSide) forIt += forWeight; else against += againstWeight;
        }

        Result decide(boolean aboutIssue) {
            // a negation that negates nothing evaluative leans against, but only tips evidence found elsewhere
            if (forIt + against + limit > 0) against += BARE_NEGATION * bareNegations;
            double best = Math.max(limit, Math.max(forIt, against));
            if (best < 0.5) return new Result(Stance.NEUTRAL, 0.5, aboutIssue);
            Stance stance;
            double second;
            if (limit >= LIMIT && limit >= against && limit >= forIt) {
                stance = Stance.CONDITIONAL;
                second = Math.max(forIt, against);
            } else if (forIt > against) {
                stance = Stance.SUPPORT;
                second = against;
            } else if (against > forIt) {
                stance = Stance.OPPOSE;
                second = forIt;
            } else {
                return new Result(Stance.NEUTRAL, 0.4, aboutIssue);
            }
            return new Result(stance, Math.min(0.95, 0.5 + 0.15 * (best - second)), aboutIssue);
        }
    }
}
