package org.standpoint.serve.page;

import java.util.Optional;
import java.util.regex.Pattern;

import org.standpoint.iri.Iris;

/**
 * The URL scheme of the pages: request path {@code /id/X} is the resource {@code {base}X}. Data IRIs stay stable
 * (minted under the public base at load time); only the server they are read from changes, so a public deployment
 * redirects {@code {base}} to {@code https://its-host/id/} and every IRI resolves there.
 */
public record LocalPaths(String base) {
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)https?://|[/?#](?!/)");
    /** Where resource pages live on the server. */
    public static final String ID = "/id/";
    /** The server's own start page for browsing (actors, issues, articles, saved queries). */
    public static final String BROWSE = "/browse";
    /** Path of the SPARQL dataset on the server. */
    public static final String DATASET = "/standpoint";
    /** The Fuseki UI's query editor on the dataset; {@code ?query=} prefills it. */
    public static final String EDITOR = "/#/dataset" + DATASET + "/query";

    public LocalPaths {
        base = Iris.normalise(base);
    }

    /** The IRI a request path under {@link #ID} stands for; empty for other paths and for {@code /id/} itself. */
    public Optional<String> iri(String requestPath) {
        if (requestPath == null || !requestPath.startsWith(ID) || requestPath.length() == ID.length()) return Optional.empty();
        return Optional.of(base + requestPath.substring(ID.length()));
    }

    /**
     * A link to the IRI: its page on this server when it is one of ours, else the IRI itself when it is http(s)
     * (Wikidata, a news site), else "#": a {@code javascript:} IRI written into the store must not become a link.
     */
    public String href(String iri) {
        if (iri.startsWith(base)) return ID + iri.substring(base.length());
        return linkable(iri) ? iri : "#";
    }

    /**
     * Whether {@code href} may become a link: a path here or an http(s) address. IRIs in the store can come from
     * anyone with write access or from old loads ({@code javascript:…} would run when clicked).
     */
    static boolean linkable(String href) {
        return href != null && SAFE_HREF.matcher(href).lookingAt();
    }
}
