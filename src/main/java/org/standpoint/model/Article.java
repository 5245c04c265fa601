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
 */
public record Article(String key, String url, String title, String date, String publisher, String text, String origin) {
    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
