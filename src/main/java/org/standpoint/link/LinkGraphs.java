package org.standpoint.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** IRIs the linker mints, under the store's base. */
final class LinkGraphs {
    private final String base;

    LinkGraphs(String base) {
        this.base = base;
    }

    /** {@code {base}graph/link-cache}: endpoint answers, kept apart from the registry so they never look like data. */
    String cacheGraph() {
        return base + "graph/link-cache";
    }

    /** {@code {base}link/person/stephen-house/Q123}: one per actor and candidate, so relinking replaces it. */
    String link(String actorIri, String qid) {
        String local = actorIri.startsWith(base) ? actorIri.substring(base.length()) : "actor/" + sha1(actorIri);
        return base + "link/" + local + "/" + qid;
    }

    String cacheEntry(String key) {
        return base + "link-cache/" + sha1(key);
    }

    private static String sha1(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
