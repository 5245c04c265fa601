package org.standpoint.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Statement;

/** Extractors that replay the gold annotations, to check that perfect output scores perfectly. */
final class Oracles {
    private Oracles() {
    }

    static Function<Article, Extraction> polnear(Path dir) {
        return article -> {
            List<Statement> statements = new ArrayList<>();
            for (BratAttribution a : Brat.read(dir.resolve("attributions").resolve(article.key() + ".ann"))) {
                if (a.content() == null) continue;
                statements.add(new Statement("s", "s", hull(a.content()), hull(a.source()), hull(a.cue()), false,
                        null, null, null, 1));
            }
            return new Extraction(article, List.of(), List.of(), List.of(), statements);
        };
    }

    static Function<Article, Extraction> gold(Path dir) {
        return article -> {
            GoldArticle g = GoldJson.read(dir.resolve("gold").resolve(article.key() + ".json"));
            List<Actor> actors = new ArrayList<>();
            Map<String, String> ids = new HashMap<>();
            for (GoldArticle.Organization o : g.organizations()) {
                String id = "o" + actors.size();
                actors.add(new Actor(id, ActorType.ORGANIZATION, o.name(), o.aliases(), null, null, List.of()));
                ids.put(o.name(), id);
            }
            List<Membership> memberships = new ArrayList<>();
            for (GoldArticle.Person p : g.people()) {
                String id = "p" + actors.size();
                actors.add(new Actor(id, ActorType.PERSON, p.name(), p.aliases(), null, null, List.of()));
                ids.put(p.name(), id);
                for (GoldArticle.Role r : p.roles())
                    memberships.add(new Membership("m" + memberships.size(), id, r.title(),
                            r.organization() == null ? null : ids.get(r.organization()), r.current(), null));
            }
            List<Statement> statements = new ArrayList<>();
            for (QuoteLocator.Located l : new QuoteLocator(article.text()).locate(g.statements()))
                statements.add(new Statement(ids.get(l.statement().speaker()), ids.get(l.statement().speaker()),
                        l.span(), null, null, l.statement().direct(), l.statement().stanceValue().orElse(null), null,
                        null, 1));
            return new Extraction(article, actors, memberships, List.of(), statements);
        };
    }

    private static Span hull(Region r) {
        return r == null ? null : new Span(r.begin(), r.end(), r.text());
    }
}
