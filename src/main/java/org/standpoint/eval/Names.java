package org.standpoint.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalisation for comparing names and role titles. Gold and system differ in case, punctuation, curly versus
 * straight apostrophes and honorifics ("Lord Harris" / "Harris"), none of which should decide a match.
 */
final class Names {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
            "professor", "sir", "dame", "lord", "lady", "baron", "baroness", "rev", "reverend", "hon", "rt",
            "honourable", "honorable");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Names() {
    }

    /** "Lord Harris" → "harris", "Frances O’Grady" → "frances ogrady", "the Met" → "met". */
    static String normalize(String name) {
        List<String> words = words(name);
        int start = 0;
        while (start < words.size() - 1 && ARTICLES.contains(words.get(start))) start++;
        while (start < words.size() - 1 && HONORIFICS.contains(words.get(start))) start++;
        return String.join(" ", words.subList(start, words.size()));
    }

    /** Every normalised form under which an actor may be recognised: its name and its aliases. */
    static Set<String> keys(String name, Collection<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        if (name != null) keys.add(normalize(name));
        if (aliases != null) for (String alias : aliases) if (alias != null) keys.add(normalize(alias));
        keys.remove("");
        return keys;
    }

    static boolean intersect(Set<String> a, Set<String> b) {
        for (String key : a) if (b.contains(key)) return true;
        return false;
    }

    /** A role title without case, punctuation or articles: "the Mayor of London" → "mayor of london". */
    static String normalizeTitle(String title) {
        List<String> words = new ArrayList<>(words(title));
        words.removeIf(ARTICLES::contains);
        return String.join(" ", words);
    }

    /**
     * Titles match when equal after normalisation or when one is a whole-word run inside the other, so "member"
     * matches "member of london assembly" but "member" does not match "remembrancer".
     */
    static boolean titlesMatch(String a, String b) {
        String x = normalizeTitle(a), y = normalizeTitle(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        return (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ");
    }

    /** Whether the normalised title contains the organisation's name as whole words ("mayor of london"). */
    static boolean titleMentions(String title, Collection<String> organizationKeys) {
        String t = " " + normalizeTitle(title) + " ";
        for (String key : organizationKeys) if (!key.isEmpty() && t.contains(" " + normalizeTitle(key) + " ")) return true;
        return false;
    }

    private static List<String> words(String s) {
        if (s == null) return List.of();
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                // apostrophes join, so "O'Grady" and "O’Grady" both become "ogrady"
                .replaceAll("['\u2018\u2019\u02bc`\u00b4]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }
}
