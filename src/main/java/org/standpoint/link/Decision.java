package org.standpoint.link;

import java.util.List;
import java.util.Locale;

/**
 * The outcome for one actor: its candidates best first, and the accepted one, if any.
 *
 * @param actor      the actor
 * @param candidates scored candidates, highest confidence first
 * @param accepted   the linked candidate, or null when none reached the threshold with the margin
 * @param reason     why it was linked or not, in words
 */
public record Decision(ActorContext actor, List<Scored> candidates, Scored accepted, String reason) {
    public Decision {
        candidates = List.copyOf(candidates);
    }

    public boolean linked() {
        return accepted != null;
    }

    static Decision of(ActorContext actor, List<Scored> ranked, LinkSettings settings) {
        if (ranked.isEmpty()) return new Decision(actor, ranked, null, "no item of the right type has this name");
        Scored best = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).weight() : 0;
        // Compare in hundredths: confidences are rounded to two places and 0.7 - 0.55 is not 0.15 in binary.
        boolean high = Math.round(best.confidence() * 100) >= Math.round(settings.threshold() * 100);
        boolean ahead = Math.round((best.weight() - second) * 100) >= Math.round(settings.margin() * 100);
        String reason = !high ? String.format(Locale.ROOT, "the best, %s, is under the threshold (%.2f < %.2f)",
                best.qid(), best.confidence(), settings.threshold())
                : !ahead ? String.format(Locale.ROOT, "%s and %s are too close to tell apart (%.2f and %.2f; margin %.2f)",
                best.qid(), ranked.get(1).qid(), best.weight(), second, settings.margin())
                : String.format(Locale.ROOT, "%.2f, at least %.2f and %.2f ahead of the next", best.confidence(),
                settings.threshold(), settings.margin());
        return new Decision(actor, ranked, high && ahead ? best : null, reason);
    }
}
