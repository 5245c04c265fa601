package org.standpoint.serve.page;

import java.util.Map;

/** One statement: who, which way, on what, in which role, and the paragraph that shows it ({@code statement.jte}). */
final class StatementPage {
    private final LocalPaths paths;

    StatementPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(String iri, Position p) {
        return Templates.render("statement", Map.of("iri", iri, "p", p, "paths", paths));
    }
}
