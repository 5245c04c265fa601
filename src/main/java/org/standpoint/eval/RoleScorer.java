package org.standpoint.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.standpoint.model.Actor;
import org.standpoint.model.Extraction;
import org.standpoint.model.Membership;

/** Roles: a membership matches a gold role when person, title and (when gold names one) organisation match. */
record RoleScorer(GoldArticle gold, Extraction system, String article, Tally tally) {
    private record GoldRole(GoldArticle.Person person, GoldArticle.Role role) {
        String label() {
            return person.name() + ": " + role.title() + (role.organization() == null ? "" : " @ " + role.organization())
                    + (role.current() ? "" : " (former)");
        }
    }

    void score(String metric) {
        tally.declare(metric);
        List<GoldRole> goldRoles = new ArrayList<>();
        for (GoldArticle.Person p : gold.people()) for (GoldArticle.Role r : p.roles()) goldRoles.add(new GoldRole(p, r));
        // gold labels roles of people only, so only people's memberships are judged
        List<Membership> memberships = system.memberships().stream()
                .filter(m -> system.actor(m.memberId()).map(Actor::isPerson).orElse(false)).toList();
        List<Matching.Pair> pairs = Matching.match(goldRoles.size(), memberships.size(),
                (g, s) -> match(goldRoles.get(g), memberships.get(s)));
        BitSet goldHit = new BitSet(), systemHit = new BitSet();
        for (Matching.Pair p : pairs) {
            goldHit.set(p.gold());
            systemHit.set(p.system());
            tally.hit(metric);
        }
        for (int g = 0; g < goldRoles.size(); g++)
            if (!goldHit.get(g)) tally.miss(article, metric, "", goldRoles.get(g).label());
        for (int s = 0; s < memberships.size(); s++)
            if (!systemHit.get(s)) tally.falseAlarm(article, metric, where(memberships.get(s)), label(memberships.get(s)));
    }

    private double match(GoldRole g, Membership m) {
        Actor member = system.actor(m.memberId()).orElse(null);
        if (member == null || !Names.intersect(Names.keys(g.person().name(), g.person().aliases()),
                Names.keys(member.name(), member.aliases()))) return 0;
        if (m.role() == null || !Names.titlesMatch(g.role().title(), m.role())) return 0;
        if (g.role().organization() != null) {
            Set<String> orgKeys = Names.keys(null, gold.organizationNames(g.role().organization()));
            Actor org = m.organizationId() == null ? null : system.actor(m.organizationId()).orElse(null);
            boolean orgOk = org != null ? Names.intersect(orgKeys, Names.keys(org.name(), org.aliases()))
                    // "Member of the London Assembly" names its organisation in the title itself
                    : Names.titleMentions(m.role(), orgKeys);
            if (!orgOk) return 0;
        }
        double score = 1;
        if (Names.normalizeTitle(g.role().title()).equals(Names.normalizeTitle(m.role()))) score += 0.5;
        if (g.role().current() == m.current()) score += 0.25;
        return score;
    }

    private String label(Membership m) {
        String member = system.actor(m.memberId()).map(Actor::name).orElse(m.memberId());
        String org = m.organizationId() == null ? ""
                : " @ " + system.actor(m.organizationId()).map(Actor::name).orElse(m.organizationId());
        return member + ": " + m.role() + org + (m.current() ? "" : " (former)");
    }

    private static String where(Membership m) {
        return m.evidence() == null ? "" : m.evidence().begin() + "-" + m.evidence().end();
    }
}
