package org.standpoint.link;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level comparison of the names articles use with the labels Wikidata gives. */
final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "in", "a", "an", "to", "on", "at");

    private Tokens() {
    }

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) if (!STOP.contains(m.group())) out.add(m.group());
        return out;
    }

    /**
     * The first label that holds every content word of {@code phrase}, or null. Containment rather than equality:
     * an article says "Assistant Commissioner" where Wikidata says "Assistant Commissioner of Police of the
     * Metropolis".
     */
    static String containing(Collection<String> labels, String phrase) {
        Set<String> words = of(phrase);
        if (words.isEmpty()) return null;
        for (String label : labels) if (of(label).containsAll(words)) return label;
        return null;
    }

    /** Case- and space-insensitive equality of names. */
    static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
