package org.standpoint.model;

import java.util.Objects;

/**
 * One news article as read from its source, before any annotation.
 *
 * @param key       stable short key (hash of the canonical URL, else of the text): names the article graph
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param date      publication date as written in ISO form (yyyy, yyyy-MM or yyyy-MM-dd), or null
 * @param publisher publisher name, or null
 * @param text      exactly the text that every span offset indexes
 * @param origin    where it was read from (file name, file:line for JSONL), for messages
 * @param issue     the measure the user declares the article is about ("control orders for terror suspects"), toward
 *                  which stance is judged; null to let the extractor find the article's issue
 */
public record Article(String key, String url, String title, String date, String publisher, String text, String origin,
                      String issue) {
    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (issue != null && issue.isBlank()) issue = null;
        if (issue != null) issue = issue.strip();
    }

    /** An article with no declared issue. */
    public Article(String key, String url, String title, String date, String publisher, String text, String origin) {
        this(key, url, title, date, publisher, text, origin, null);
    }

    /** The same article with {@code issue} declared (null: none), as {@code load --issue} or an evaluation declares it. */
    public Article withIssue(String issue) {
        return new Article(key, url, title, date, publisher, text, origin, issue);
    }
}
