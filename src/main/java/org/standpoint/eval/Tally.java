package org.standpoint.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.standpoint.model.Stance;

/** What one article (or, merged, a whole set) contributed: counts per metric, errors, stance pairs, notes. */
final class Tally {
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final List<EvalError> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> facts = new LinkedHashMap<>();
    private StanceResult stance = StanceResult.empty();
    private StanceResult declaredStance = StanceResult.empty();
    private boolean hasStance, hasDeclaredStance;

    /** Declares a metric so that it is reported (with zeros) even when nothing was counted for it. */
    void declare(String metric) {
        metrics.putIfAbsent(metric, new Metric(metric, 0, 0, 0));
    }

    void count(String metric, int tp, int fp, int fn) {
        declare(metric);
        metrics.compute(metric, (k, m) -> m.plus(tp, fp, fn));
    }

    void miss(String article, String metric, String where, String text) {
        count(metric, 0, 0, 1);
        errors.add(new EvalError(article, metric, EvalError.Kind.MISS, where, text));
    }

    void falseAlarm(String article, String metric, String where, String text) {
        count(metric, 0, 1, 0);
        errors.add(new EvalError(article, metric, EvalError.Kind.FALSE_ALARM, where, text));
    }

    void hit(String metric) {
        count(metric, 1, 0, 0);
    }

    void stance(Stance gold, Stance system) {
        hasStance = true;
        stance = stance.plus(StanceResult.of(List.<Stance[]>of(new Stance[]{gold, system})));
    }

    /** A matched statement's stance when the gold issue was declared to the extractor. */
    void declaredStance(Stance gold, Stance system) {
        hasDeclaredStance = true;
        declaredStance = declaredStance.plus(StanceResult.of(List.<Stance[]>of(new Stance[]{gold, system})));
    }

    /** Marks that stance is scored for this data even if no statement matched. */
    void expectStance() {
        hasStance = true;
    }

    /** Adds to a count that describes the data rather than the system ("gold contents", "discontinuous ..."). */
    void fact(String name, int n) {
        facts.merge(name, n, Integer::sum);
    }

    void note(String note) {
        notes.add(note);
    }

    void merge(Tally other) {
        other.metrics.forEach((k, m) -> count(k, m.tp(), m.fp(), m.fn()));
        errors.addAll(other.errors);
        notes.addAll(other.notes);
        other.facts.forEach(this::fact);
        stance = stance.plus(other.stance);
        hasStance |= other.hasStance;
        declaredStance = declaredStance.plus(other.declaredStance);
        hasDeclaredStance |= other.hasDeclaredStance;
    }

    EvalReport report(String dataset, int articles) {
        return new EvalReport(dataset, articles, List.copyOf(metrics.values()), hasStance ? stance : null,
                hasDeclaredStance ? declaredStance : null, facts, errors, notes);
    }
}
