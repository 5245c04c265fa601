package org.standpoint.link;

import java.nio.charset.StandardCharsets;

import org.standpoint.rdf.DBR;

/**
 * The DBpedia resource of an English Wikipedia article: the title with spaces as underscores, and the few characters
 * an IRI path cannot hold percent-encoded (DBpedia keeps commas, parentheses, apostrophes and non-ASCII letters as
 * they are: {@code Toby_Harris,_Baron_Harris_of_Haringey}).
 */
final class DbpediaIri {
    private static final String ENCODE = "\"<>\\^`{|}%?#[]";

    private DbpediaIri() {
    }

    static String of(String title) {
        String t = title.strip().replace(' ', '_');
        StringBuilder out = new StringBuilder(DBR.NS);
        t.codePoints().forEach(cp -> {
            if (cp < 0x21 || cp == 0x7f || ENCODE.indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8))
                    out.append('%').append(String.format("%02X", b & 0xff));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
