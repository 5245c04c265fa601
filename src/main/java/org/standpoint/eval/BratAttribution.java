package org.standpoint.eval;

/**
 * One PolNeAR attribution: an E event joining its source, cue and content text-bound annotations.
 *
 * @param id      the event id ("E3")
 * @param type    "Attribution" or "Attribution-no-source" (the trigger's type)
 * @param source  who is credited, or null (no-source attributions; a few events lack roles)
 * @param cue     the attributing words, or null
 * @param content what is attributed, or null; PolNeAR's extra "Content2" parts are merged into it
 */
public record BratAttribution(String id, String type, Region source, Region cue, Region content) {
}
