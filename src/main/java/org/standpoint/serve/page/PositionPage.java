package org.standpoint.serve.page;

import java.util.List;
import java.util.Map;

/**
 * One position: an actor's stance on an issue, how many statements take it, and the newest of them with their
 * paragraphs ({@code position.jte}). Where the counts on actor and issue pages lead.
 */
final class PositionPage {
    private final LocalPaths paths;

    PositionPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Standing s, List<Position> newest) {
        return Templates.render("position", Map.of("s", s, "newest", newest, "paths", paths));
    }
}
