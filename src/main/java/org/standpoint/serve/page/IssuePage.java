package org.standpoint.serve.page;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.SKOS;

/**
 * An issue: who supports, opposes, conditionally supports it (and who spoke neutrally), when, and the network
 * ({@code issue.jte}).
 */
final class IssuePage {
    private final LocalPaths paths;
    private final StanceNetwork network;

    IssuePage(LocalPaths paths) {
        this.paths = paths;
        this.network = new StanceNetwork(paths);
    }

    /** @param byStance per stance, the holders with most statements ({@link Standings#onIssue}) */
    String render(Subject issue, Map<Stance, List<Standing>> byStance) {
        String name = issue.text(SKOS.prefLabel).orElse(new Ref(issue.iri(), null).label());
        List<Standing> all = byStance.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(Standing::statements).reversed()).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("name", name);
        params.put("iri", issue.iri());
        params.put("alt", issue.texts(SKOS.altLabel));
        params.put("broader", issue.refs(SKOS.broader));
        params.put("network", all.isEmpty() ? null : network.draw(new Ref(issue.iri(), name), all));
        params.put("byStance", byStance);
        params.put("paths", paths);
        return Templates.render("issue", params);
    }

    static String heading(Stance stance) {
        return switch (stance) {
            case SUPPORT -> "Supports";
            case OPPOSE -> "Opposes";
            case CONDITIONAL -> "Supports with conditions";
            case NEUTRAL -> "Neutral or unclear";
        };
    }
}
