package org.standpoint.model;

/** Which way a statement points on its issue. */
public enum Stance {
    SUPPORT, OPPOSE, CONDITIONAL, NEUTRAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
