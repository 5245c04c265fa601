package org.standpoint.iri;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises names into the slugs that IRIs are minted from: never raw surface text. */
public final class Slugs {
    private Slugs() {
    }

    /** "Sadiq Khan's office" → "sadiq-khan-s-office"; "Zoë Ó Dálaigh" → "zoe-o-dalaigh". */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
