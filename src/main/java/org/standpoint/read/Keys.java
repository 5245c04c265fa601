package org.standpoint.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article keys. A key names the article's graph, so it must not change when the same article is read again
 * from another copy: hence the URL (when there is one) rather than the text, and only light canonicalisation
 * that cannot merge two different pages.
 */
final class Keys {
    private static final int LENGTH = 12;
    private static final Pattern URL_LIKE = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+");

    private Keys() {
    }

    static String of(String canonicalUrl, String text) {
        return sha1Hex(canonicalUrl != null ? canonicalUrl : text).substring(0, LENGTH);
    }

    /**
     * Lower-cases scheme and host, drops the fragment and one trailing slash of the path. Query strings are kept:
     * on news sites they sometimes select the article. Anything that does not look like scheme://host is only
     * stripped of its fragment and trailing slash. Placeholders such as "unknown" or "n/a" (real corpus headers
     * have them) give null: hashed as URLs they would give every such article the same key.
     */
    static String canonicalUrl(String url) {
        String u = Texts.blankToNull(url);
        if (u == null || !URL_LIKE.matcher(u).matches()) {
            return null;
        }
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int sep = u.indexOf("://");
        String head = "";
        if (sep > 0) {
            int authorityEnd = indexOfAny(u, sep + 3, "/?");
            String authority = u.substring(sep + 3, authorityEnd);
            int at = authority.lastIndexOf('@');
            // user info is case-sensitive; the host is not
            authority = authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
            head = u.substring(0, sep).toLowerCase(Locale.ROOT) + "://" + authority;
            u = u.substring(authorityEnd);
        }
        int query = u.indexOf('?');
        String path = query >= 0 ? u.substring(0, query) : u;
        String rest = query >= 0 ? u.substring(query) : "";
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String result = head + path + rest;
        return result.isEmpty() ? null : result;
    }

    /**
     * The canonical URL as an absolute http(s) address that a page may link to, or null. "www.example.com/x" gains
     * "http://": stored as it is, it would be a relative IRI, resolved against wherever the data is later read
     * (a dump's folder). Other schemes ({@code javascript:}, {@code file:}) would be links that run script or open
     * the reader's own files, and strings that are not IRIs ({@code "}, {@code <}, spaces) would break the RDF.
     */
    static String webAddress(String canonicalUrl) {
        if (canonicalUrl == null) {
            return null;
        }
        String u = canonicalUrl.regionMatches(true, 0, "www.", 0, 4) ? "http://" + canonicalUrl : canonicalUrl;
        if (!u.regionMatches(true, 0, "http://", 0, 7) && !u.regionMatches(true, 0, "https://", 0, 8)) {
            return null;
        }
        try {
            URI parsed = new URI(u);
            return parsed.getHost() == null || parsed.getHost().isEmpty() ? null : u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String sha1Hex(String s) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-1", e);
        }
    }
}
