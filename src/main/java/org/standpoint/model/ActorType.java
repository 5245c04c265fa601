package org.standpoint.model;

/** What kind of actor a mention names. */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    /** an office or spokesperson that speaks for someone else ("Khan's office") */
    OFFICE,
    /** an unnamed group of sources ("officials", "sources close to the campaign") */
    GROUP,
    /** a document that "says" something ("a memo ... read") */
    DOCUMENT
}
