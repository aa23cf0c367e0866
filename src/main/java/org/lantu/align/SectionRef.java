package org.lantu.align;

/**
 * A heading of a plan, by its id in the plan's section tree, its marker as written (（十二）) and title.
 */
public record SectionRef(String id, String marker, String title) {}
