package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names in CoreNLP's organisation mentions, repaired where its mention boundaries are wrong in news: a run of
 * organisation tags across a preposition no name holds is two names ("the House of Lords after the Court of Appeal"),
 * a name cut at "for the" is one ("the Medical Foundation for the Care of Victims of Torture"), and a law's title
 * ("the … Bill", "the … (Miscellaneous Provisions) Act") or an event ("the General Election") is none.
 */
final class OrganisationNames {
    /** Lower-case words a body's name may hold ("Department for Work and Pensions", "Save the Children"). */
    private static final Set<String> NAME_WORDS = Set.of("of", "for", "and", "the", "on", "in", "at", "to", "against",
            "upon", "with", "de", "du", "des", "la", "le", "van", "von", "der", "&");
    /** Heads that make a capitalised phrase an event or a levy, not a body. */
    private static final Set<String> NOT_BODIES = Set.of("election", "elections", "referendum", "insurance");

    private final Doc doc;

    OrganisationNames(Doc doc) {
        this.doc = doc;
    }

    /** Each organisation mention's names in text order: none for a law, an event or a mention joined to the one before. */
    Map<CoreEntityMention, List<List<CoreLabel>>> of(List<CoreEntityMention> mentions) {
        Map<CoreEntityMention, List<List<CoreLabel>>> names = new IdentityHashMap<>();
        List<CoreLabel> open = null;
        CoreEntityMention openMention = null;
        for (CoreEntityMention m : mentions) {
            if (!"ORGANIZATION".equals(m.entityType())) continue;
            List<CoreLabel> tokens = m.tokens();
            if (open != null && joinedByFor(open, tokens)) {
                // "Medical Foundation" "for the" "Care of Victims of Torture": one name, kept by the first mention
                List<CoreLabel> joined = new ArrayList<>(open);
                joined.addAll(between(open, tokens));
                joined.addAll(tokens);
                List<List<CoreLabel>> kept = names.get(openMention);
                kept.set(kept.size() - 1, joined);
                names.put(m, new ArrayList<>());
                open = joined;
                continue;
            }
            List<List<CoreLabel>> pieces = new ArrayList<>();
            for (List<CoreLabel> piece : split(tokens)) if (isBody(piece)) pieces.add(piece);
            names.put(m, pieces);
            open = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            openMention = m;
        }
        return names;
    }

    /** Cut at a lower-case word no name holds, and drop a "the" that then opens a piece. */
    private static List<List<CoreLabel>> split(List<CoreLabel> tokens) {
        List<List<CoreLabel>> pieces = new ArrayList<>();
        List<CoreLabel> piece = new ArrayList<>();
        for (CoreLabel t : tokens) {
            String w = t.word();
            boolean breaks = !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_WORDS.contains(w);
            if (breaks) {
                if (!piece.isEmpty()) pieces.add(piece);
                piece = new ArrayList<>();
            } else if (!(piece.isEmpty() && w.equals("the") && !pieces.isEmpty())) {
                piece.add(t);
            }
        }
        if (!piece.isEmpty()) pieces.add(piece);
        return pieces;
    }

    private boolean isBody(List<CoreLabel> name) {
        CoreLabel last = name.get(name.size() - 1);
        return !NOT_BODIES.contains(Lexicon.lower(last.word())) && !namesALaw(last);
    }

    /** The tagger leaves "Bill" or "Act" (and a bracketed part before it) out of a law's title. */
    private boolean namesALaw(CoreLabel last) {
        List<CoreLabel> sentence = doc.tokens(doc.sentenceOf(last.beginPosition()));
        int next = last.index(); // 1-based index of last, so the 0-based index of the token after it
        if (next < sentence.size() && sentence.get(next).word().matches("-LRB-|\\(")) {
            while (next < sentence.size() && !sentence.get(next).word().matches("-RRB-|\\)")) next++;
            next++;
        }
        return next < sentence.size() && Lexicon.isLawWord(sentence.get(next));
    }

    private boolean joinedByFor(List<CoreLabel> before, List<CoreLabel> after) {
        List<CoreLabel> gap = between(before, after);
        if (gap.isEmpty() || gap.size() > 2 || !gap.get(0).word().equals("for")) return false;
        if (gap.size() == 2 && !gap.get(1).word().equals("the")) return false;
        return Doc.isProper(before.get(before.size() - 1)) && Character.isUpperCase(after.get(0).word().charAt(0));
    }

    /** The tokens strictly between two names of one sentence; none when they are in different sentences. */
    private List<CoreLabel> between(List<CoreLabel> before, List<CoreLabel> after) {
        CoreLabel last = before.get(before.size() - 1);
        CoreLabel first = after.get(0);
        if (last.sentIndex() != first.sentIndex() || first.index() <= last.index()) return List.of();
        List<CoreLabel> sentence = doc.tokens(doc.sentenceOf(last.beginPosition()));
        return sentence.subList(last.index(), first.index() - 1);
    }
}
