package org.standpoint.read;

import org.standpoint.model.Article;

/** The one place where read metadata becomes an {@link Article}, so every format keys and cleans it alike. */
final class Articles {
    private Articles() {
    }

    /**
     * {@code text} must already be {@link Texts#normalise normalised}; metadata is trimmed, blanks become null. The key
     * comes from the canonical URL as read, so keys of stored articles stay as they were; only a web address is kept
     * as the article's URL.
     */
    static Article create(String url, String title, String date, String publisher, String text, String origin) {
        return create(url, title, date, publisher, text, origin, null);
    }

    /** @param issue the measure the input declares the article is about, or null */
    static Article create(String url, String title, String date, String publisher, String text, String origin,
                          String issue) {
        String canonical = Keys.canonicalUrl(url);
        return new Article(Keys.of(canonical, text), Keys.webAddress(canonical), Texts.blankToNull(title),
                Dates.normalise(date), Texts.blankToNull(publisher), text, origin, Texts.blankToNull(issue));
    }
}
