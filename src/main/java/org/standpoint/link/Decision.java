package org.standpoint.link;

import java.util.List;

/**
 * The outcome for one actor: its candidates best first, and the accepted one, if any.
 *
 * @param actor      the actor
 * @param candidates scored candidates, highest confidence first
 * @param accepted   the linked candidate, or null when none reached the threshold with the margin
 */
public record Decision(ActorContext actor, List<Scored> candidates, Scored accepted) {
    public Decision {
        candidates = List.copyOf(candidates);
    }

    public boolean linked() {
        return accepted != null;
    }

    static Decision of(ActorContext actor, List<Scored> ranked, LinkSettings settings) {
        if (ranked.isEmpty()) return new Decision(actor, ranked, null);
        Scored best = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0;
        // Compare in hundredths: confidences are rounded to two places and 0.7 - 0.55 is not 0.15 in binary.
        boolean enough = Math.round(best.confidence() * 100) >= Math.round(settings.threshold() * 100)
                && Math.round((best.confidence() - second) * 100) >= Math.round(settings.margin() * 100);
        return new Decision(actor, ranked, enough ? best : null);
    }
}
