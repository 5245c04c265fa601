package org.standpoint.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.standpoint.model.Extraction;
import org.standpoint.model.Span;
import org.standpoint.model.Statement;

/**
 * Scores an extraction against PolNeAR attributions: content, source and cue spans, each exact and overlapping.
 * Every attribution event is one gold item per role it has, so a source credited with two contents counts twice,
 * as a system statement per content does.
 */
final class BratScorer {
    static final String[] ROLES = {"content", "source", "cue"};

    private BratScorer() {
    }

    static Tally score(String article, String text, List<BratAttribution> gold, Extraction system) {
        Tally tally = new Tally();
        RegionScorer scorer = new RegionScorer(article, new Tokens(text), tally);
        List<Statement> statements = system == null ? List.of() : system.statements();
        List<Region> contents = gold.stream().map(BratAttribution::content).filter(Objects::nonNull).toList();
        tally.fact("gold contents", contents.size());
        // a system that writes contiguous spans can never match these exactly: the ceiling for content exact
        tally.fact("discontinuous gold contents", (int) contents.stream().filter(c -> c.pieces().size() > 1).count());
        for (String role : ROLES) {
            List<Region> g = gold.stream().map(goldRole(role)).filter(Objects::nonNull).toList();
            List<Region> s = new ArrayList<>();
            for (Statement st : statements) {
                Span span = systemRole(role).apply(st);
                if (span != null) s.add(Region.of(span));
            }
            for (RegionScorer.Mode mode : RegionScorer.Mode.values()) scorer.score(role + mode.suffix(), mode, g, s);
        }
        return tally;
    }

    private static Function<BratAttribution, Region> goldRole(String role) {
        return switch (role) {
            case "content" -> BratAttribution::content;
            case "source" -> BratAttribution::source;
            default -> BratAttribution::cue;
        };
    }

    private static Function<Statement, Span> systemRole(String role) {
        return switch (role) {
            case "content" -> Statement::content;
            case "source" -> Statement::source;
            default -> Statement::cue;
        };
    }
}
