package org.lantu.search.internal;

/** The fields of an index document. */
final class Fields {

    /** The version id as a term, to delete a version's documents. */
    static final String VERSION = "version";
    /** Points for filters; stored for hits. */
    static final String VERSION_ID = "version_id";

    static final String PLAN_ID = "plan_id";
    static final String UNIT_ID = "unit_id";
    static final String YEAR = "year";
    /** Terms for filters. */
    static final String KIND = "kind";

    static final String TYPE = "type";
    static final String RESPONSIBLE = "resp";
    /** Doc values for sorting by plan. */
    static final String SORT_PLAN = "sort_plan";

    static final String SORT_VERSION = "sort_version";
    static final String SORT_LINE = "sort_line";
    /**
     * Doc values: 1 when the document's version is its plan's latest, else 0; updated in place (no
     * re-indexing) when a newer version comes or the latest goes.
     */
    static final String LATEST = "latest";
    /** Stored only. */
    static final String ITEM_ID = "item_id";

    static final String VERSION_NO = "version_no";
    static final String TITLE = "title";
    static final String UNIT_NAME = "unit_name";
    static final String PATH = "path";
    static final String TEXT = "text";
    static final String UNITS = "units";
    static final String VALUE = "value";
    static final String LINE = "line";
    static final String END_LINE = "end_line";

    /** Facet doc values: {@code f_} and the dimension; each value is the filter value, US, the label. */
    static final String FACET = "f_";

    static final char LABEL = '\u001f';

    /** The unit id of a plan filed under no unit: no one's scope holds it. */
    static final long NO_UNIT = -1;

    private Fields() {}
}
