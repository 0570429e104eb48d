package org.jigsaw.ingest.init;

/**
 * The tables of the statutory returns {@code jigsaw sources init} can recognise, each with the
 * shipped template it feeds (null: recognised, but no template uses it — it adds no fact).
 */
public enum ReturnTable {
    SSDA903_EPISODES("SSDA903 Episodes table (CSV)", "ssda903", "ssda903_episodes"),
    SSDA903_HEADER("SSDA903 Header table (CSV)", "ssda903", "ssda903_header"),
    /** Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SocialWorker. */
    SSDA903_OTHER("SSDA903 table (CSV)", "ssda903", null),
    SSDA903_XML("SSDA903 XML export", "ssda903", "ssda903_xml"),
    CIN_XML("CIN census XML", "cin", "cin_census"),
    SEN2_XML("SEN2 person-level XML", "sen2", "sen2"),
    ANNEX_A_LIST_1("Annex A SEND List 1 (EHC plans)", "annex_a", "annex_a_list1"),
    ANNEX_A_LIST_2("Annex A SEND List 2 (SEN support)", "annex_a", "annex_a_list2"),
    CBDS_PUPILONROLL("School Census CBDS pupilonroll table", "school_census", "school_census"),
    CBDS_SENNEEDS("School Census CBDS senneeds table", "school_census", null),
    CBDS_ADDRESSES("School Census CBDS addresses table", "school_census", null);

    private final String title;
    private final String folder;
    private final String template;

    ReturnTable(String title, String folder, String template) {
        this.title = title;
        this.folder = folder;
        this.template = template;
    }

    public String title() {
        return title;
    }

    /** The folder under {@code extracts/} a copied file goes to. */
    public String folder() {
        return folder;
    }

    /** The template (resource {@code org/jigsaw/ingest/templates/<name>.yaml}) this table is the main file of, or null. */
    public String template() {
        return template;
    }
}
