package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features the attribution tagger reads for each token: the word, its neighbours, its place in the
 * dependency tree (above all, which branch of which cue verb it hangs from: the clause of "said" is content,
 * its subject the source) and whether it is inside quotation marks. The same code serves training and tagging,
 * so a model sees at run time exactly what it was trained on.
 */
public final class TokenFeatures {
    /** How far up the dependency tree a token looks for a cue verb. */
    private static final int MAX_HOPS = 8;

    private TokenFeatures() {
    }

    /** The article's paragraphs as token sequences, in text order. */
    public static List<TokenSequence> of(Article article, CoreDocument core) {
        Doc doc = new Doc(article, core);
        return of(doc, Quotes.find(doc.text));
    }

    /** @param quotes the article's quoted passages ({@link Quotes#find}), which the caller has at hand */
    static List<TokenSequence> of(Doc doc, List<Quotes.Piece> quotes) {
        boolean[] quoted = new boolean[doc.text.length() + 1];
        for (Quotes.Piece q : quotes) for (int i = q.begin(); i < Math.min(q.end(), doc.text.length()); i++) quoted[i] = true;

        List<TokenSequence> out = new ArrayList<>();
        int s = 0;
        while (s < doc.sentences.size()) {
            int paragraph = doc.paragraphOf(doc.tokens(s).get(0).beginPosition());
            List<int[]> refs = new ArrayList<>();
            List<String[]> feats = new ArrayList<>();
            int first = s;
            while (s < doc.sentences.size() && doc.paragraphOf(doc.tokens(s).get(0).beginPosition()) == paragraph) {
                List<CoreLabel> toks = doc.tokens(s);
                SentenceFacts facts = new SentenceFacts(doc, s);
                for (int i = 1; i <= toks.size(); i++) {
                    refs.add(new int[]{toks.get(i - 1).beginPosition(), toks.get(i - 1).endPosition(), s, i});
                    feats.add(features(doc, s, i, s - first, quoted, facts));
                }
                s++;
            }
            int n = refs.size();
            int[] b = new int[n], e = new int[n], sn = new int[n], ix = new int[n];
            for (int i = 0; i < n; i++) {
                b[i] = refs.get(i)[0];
                e[i] = refs.get(i)[1];
                sn[i] = refs.get(i)[2];
                ix[i] = refs.get(i)[3];
            }
            out.add(new TokenSequence(b, e, sn, ix, feats.toArray(new String[0][])));
        }
        return out;
    }

    private static String[] features(Doc doc, int s, int i, int sentenceInParagraph, boolean[] quoted, SentenceFacts facts) {
        List<CoreLabel> toks = doc.tokens(s);
        CoreLabel t = toks.get(i - 1);
        List<String> f = new ArrayList<>(64);
        String w = Lexicon.lower(t.word()), l = Doc.lemma(t), p = tag(t);
        f.add("b");
        f.add("w=" + w);
        f.add("l=" + l);
        f.add("p=" + p);
        f.add("n=" + t.ner());
        f.add("sh=" + shape(t.word()));
        f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        f.add("w-1=" + word(toks, i - 1));
        f.add("w+1=" + word(toks, i + 1));
        f.add("p-1=" + tag(toks, i - 1));
        f.add("p+1=" + tag(toks, i + 1));
        f.add("p-2=" + tag(toks, i - 2));
        f.add("p+2=" + tag(toks, i + 2));
        f.add("p-1p=" + tag(toks, i - 1) + "|" + p);
        f.add("pp+1=" + p + "|" + tag(toks, i + 1));
        f.add("w-1w=" + word(toks, i - 1) + "|" + w);
        if (i == 1) f.add("sentStart|" + Math.min(sentenceInParagraph, 2));
        if (i == toks.size()) f.add("sentEnd");

        boolean inQuote = quoted[t.beginPosition()];
        f.add("q=" + inQuote);
        f.add("q|p=" + inQuote + "|" + p);
        f.add("qs=" + facts.quoteMarks);
        boolean cueWord = Lexicon.CUE_VERBS.contains(l) && Doc.isVerb(t);
        if (cueWord) f.add("cueVerb");
        if (Lexicon.CUE_NOUNS.contains(l) && Doc.isNoun(t)) f.add("cueNoun");
        if (cueWord && inQuote) f.add("cueVerbInQuote");

        SemanticGraph g = doc.deps.get(s);
        IndexedWord v = g == null ? null : g.getNodeByIndexSafe(i);
        if (v == null) {
            f.add("nodep");
            return f.toArray(new String[0]);
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            f.add("child=" + rel);
            if (cueWord) f.add("cueChild=" + rel);
            if (rel.equals("mark")) f.add("mark=" + Lexicon.lower(e.getDependent().word()));
        }
        // the path up the tree: the relation and head lemma one hop up, and the branch of the nearest cue above
        String path = "";
        IndexedWord node = v;
        String firstRel = null;
        boolean cueFound = false;
        for (int hop = 1; hop <= MAX_HOPS; hop++) {
            SemanticGraphEdge in = g.incomingEdgeIterator(node).hasNext() ? g.incomingEdgeIterator(node).next() : null;
            if (in == null) {
                f.add("root@" + Math.min(hop - 1, 4));
                break;
            }
            String rel = in.getRelation().toString();
            IndexedWord head = in.getGovernor();
            CoreLabel ht = doc.token(s, head.index());
            String hl = Doc.lemma(ht);
            if (hop == 1) {
                firstRel = rel;
                f.add("r=" + rel);
                f.add("r|hl=" + rel + "|" + hl);
                f.add("r|hp=" + rel + "|" + tag(ht));
                f.add("dir=" + (head.index() > i ? "R" : "L"));
            }
            path = hop <= 3 ? (path.isEmpty() ? rel : path + ">" + rel) : path;
            if (hop <= 3) f.add("path=" + path);
            boolean cueHead = (Lexicon.CUE_VERBS.contains(hl) && Doc.isVerb(ht)) || (Lexicon.CUE_NOUNS.contains(hl) && Doc.isNoun(ht))
                    || hl.equals("according");
            if (cueHead && !cueFound) {
                cueFound = true;
                // the branch of the cue this token is in: its clause, subject or object
                String branch = rel;
                f.add("cueBranch=" + branch);
                f.add("cueBranch|hl=" + branch + "|" + hl);
                f.add("cueBranch|q=" + branch + "|" + inQuote);
                f.add("cueBranch|hop=" + branch + "|" + Math.min(hop, 4));
                f.add("cueBranch|r1=" + branch + "|" + firstRel);
                f.add("cueDir=" + (head.index() > i ? "R" : "L") + "|" + branch);
            }
            node = head;
        }
        if (!cueFound) f.add("noCueAbove");
        if (!cueFound) f.add("noCueAbove|q=" + inQuote);
        nearestCue(doc, g, s, i, facts, f);
        return f.toArray(new String[0]);
    }

    /**
     * Where the token stands to the nearest cue verb of its sentence: before or after it, inside its phrase or not,
     * and how the cue hangs in the sentence. "X decided to change course, a source said" makes "said" a parataxis
     * of "decided": the content is above the cue, not below it, and only this relation shows it.
     */
    private static void nearestCue(Doc doc, SemanticGraph g, int s, int i, SentenceFacts facts, List<String> f) {
        IndexedWord cue = null;
        for (IndexedWord w : facts.cueVerbs) {
            if (cue == null || Math.abs(w.index() - i) < Math.abs(cue.index() - i)) cue = w;
        }
        if (cue == null) {
            f.add("nc=none");
            return;
        }
        IndexedWord parent = g.getParent(cue);
        String rel = parent == null ? "root" : g.getEdge(parent, cue).getRelation().toString();
        String side = i < cue.index() ? "before" : i > cue.index() ? "after" : "at";
        IndexedWord self = g.getNodeByIndexSafe(i);
        String inside = self != null && (self.equals(cue) || facts.below(g, cue).contains(self)) ? "in" : "out";
        int distance = Math.abs(cue.index() - i);
        String bucket = distance <= 2 ? "near" : distance <= 6 ? "mid" : "far";
        f.add("nc=" + rel + "|" + side + "|" + inside);
        f.add("nc=" + rel + "|" + side + "|" + inside + "|" + bucket);
        f.add("ncl=" + Doc.lemma(doc.token(s, cue.index())) + "|" + side + "|" + inside);
    }

    /** What every token of a sentence asks about the whole sentence, found once: its cue verbs and quote marks. */
    private static final class SentenceFacts {
        final List<IndexedWord> cueVerbs = new ArrayList<>();
        final int quoteMarks;
        private final java.util.Map<IndexedWord, Set<IndexedWord>> below = new java.util.HashMap<>();

        SentenceFacts(Doc doc, int s) {
            SemanticGraph g = doc.deps.get(s);
            if (g != null) {
                for (IndexedWord w : g.vertexSet()) {
                    CoreLabel t = doc.token(s, w.index());
                    if (Doc.isVerb(t) && Lexicon.CUE_VERBS.contains(Doc.lemma(t))) cueVerbs.add(w);
                }
            }
            int n = 0;
            for (CoreLabel t : doc.tokens(s)) {
                String w = t.word();
                if (w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”")) n++;
            }
            quoteMarks = Math.min(n, 2);
        }

        Set<IndexedWord> below(SemanticGraph g, IndexedWord cue) {
            return below.computeIfAbsent(cue, g::descendants);
        }
    }

    private static String word(List<CoreLabel> toks, int i) {
        return i < 1 ? "<s>" : i > toks.size() ? "</s>" : Lexicon.lower(toks.get(i - 1).word());
    }

    private static String tag(List<CoreLabel> toks, int i) {
        return i < 1 ? "<s>" : i > toks.size() ? "</s>" : tag(toks.get(i - 1));
    }

    private static String tag(CoreLabel t) {
        return t.tag() == null ? "?" : t.tag();
    }

    private static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length() && b.length() < 4; k++) {
            char c = w.charAt(k);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) b.append(m);
            last = m;
        }
        return b.toString();
    }
}
