package org.standpoint.extract;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * An attribution found in the text before its speaker is resolved: character ranges of the content and cue, and the
 * source's head word in the parse (null when the source is carried over from the statement before).
 *
 * @param statement   false when the content is neither a quote nor a reported clause ("criticised the proposals",
 *                    "urged ministers to act"): such a candidate still names who is speaking, for the quotes after it
 * @param sourceBegin the source span as the tagger marked it, or -1 to take the parse's noun phrase around the head
 */
record Candidate(int contentBegin, int contentEnd, boolean direct, boolean statement, int cueBegin, int cueEnd,
                 int sourceSentence, IndexedWord sourceHead, int sourceBegin, int sourceEnd) {

    boolean hasCue() {
        return cueBegin >= 0;
    }

    boolean hasSourceSpan() {
        return sourceBegin >= 0;
    }
}
