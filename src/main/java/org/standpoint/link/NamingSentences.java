package org.standpoint.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of an article that name an actor, by any of its names: what the article says about it ("Shami
 * Chakrabarti, director of the human rights group Liberty, said…"), to set against an item's description. A plain
 * sentence split is enough here: the sentences are compared by meaning, not parsed.
 */
final class NamingSentences {
    /** Sentences kept per actor: enough to say what it is, few enough for one embedding. */
    static final int MAX = 4;
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘A-Z])|\\n+");

    private NamingSentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : BOUNDARY.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** The sentences (in text order, at most {@code max}) in which one of the names stands as whole words. */
    static List<String> naming(List<String> sentences, Collection<String> names, int max) {
        return naming(sentences, patterns(names), max);
    }

    /** Patterns for the names worth looking for: compiled once per actor, not once per article. */
    static List<Pattern> patterns(Collection<String> names) {
        List<Pattern> patterns = new ArrayList<>();
        for (String n : names) {
            if (n == null || n.isBlank() || !Character.isUpperCase(n.strip().codePointAt(0))) continue;
            // "EU" and "UN" name something; other two-letter forms are initials or words
            if (n.strip().length() < 3 && !n.strip().chars().allMatch(Character::isUpperCase)) continue;
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.strip()) + "(?![\\p{L}\\p{N}])"));
        }
        return patterns;
    }

    static List<String> naming(List<String> sentences, List<Pattern> patterns, int max) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (out.size() >= max) break;
            for (Pattern p : patterns) {
                if (p.matcher(s).find()) {
                    out.add(s.length() > 400 ? s.substring(0, 400) : s);
                    break;
                }
            }
        }
        return out;
    }
}
