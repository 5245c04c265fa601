package org.standpoint.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Counts of one metric over the whole set; P, R and F1 are computed so that reports never disagree with counts. */
public record Metric(String name, int tp, int fp, int fn) {
    public Metric plus(int tp, int fp, int fn) {
        return new Metric(name, this.tp + tp, this.fp + fp, this.fn + fn);
    }

    /** Zero when the system proposed nothing: an empty output earns no credit. */
    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
