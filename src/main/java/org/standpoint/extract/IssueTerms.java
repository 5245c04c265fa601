package org.standpoint.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of an issue's label ("armed patrols", "police oversight board"): what a statement must mention
 * to be about the issue itself rather than about a person or a side matter. Matched on lower-case words and lemmas,
 * with a crude plural strip so that a label word and a lemma meet.
 */
final class IssueTerms {
    /** Function words and headline furniture that say nothing about what the issue is. */
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with",
            "and", "or", "but", "as", "is", "are", "be", "was", "were", "will", "would", "can", "could", "do", "does",
            "not", "no", "it", "its", "this", "that", "their", "his", "her", "our", "your", "my", "from", "into",
            "over", "after", "before", "about", "than", "how", "why", "what", "who", "when", "where", "which",
            "really", "going", "go", "get", "new", "says", "say", "said", "up", "out", "s", "vs", "more");

    private final Set<String> terms = new HashSet<>();

    IssueTerms(String label) {
        if (label == null) return;
        for (String w : label.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}-]+")) {
            String t = stem(w.replaceAll("'s$", ""));
            if (t.length() > 2 && !STOP.contains(t) && !Lexicon.CUE_VERBS.contains(t)) terms.add(t);
        }
    }

    boolean matches(String word, String lemma) {
        return terms.contains(stem(word)) || terms.contains(stem(lemma));
    }

    private static String stem(String w) {
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
