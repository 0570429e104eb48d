package org.jigsaw.store.annexa;

import java.util.List;
import java.util.Set;
import org.jigsaw.cohort.FactType;

/**
 * The two Annex A SEND lists: their published headings in the published order
 * ({@code annex_a/send-lists-columns.md}), the status that puts a child on each, and the rule pack
 * that checks them. The headings use the en dash the publication uses.
 */
public enum AnnexAList {
    LIST_1("List_1", "Children and young people with an EHC plan", FactType.EHC_PLAN, "annex-a-send-list-1", List.of(
            Heading.UNIQUE_ID, Heading.UPN, Heading.ULN, Heading.DOB, Heading.GENDER, Heading.ETHNICITY,
            Heading.INITIAL, Heading.UPDATED, Heading.REVIEWED, Heading.NEED, Heading.MAIN_URN, Heading.MAIN_PHASE,
            Heading.SUBSIDIARY, Heading.EHE, Heading.SUSPENSIONS, Heading.EXCLUSIONS, Heading.ABSENCE,
            Heading.PUPIL_PREMIUM, Heading.SOCIAL_CARE, Heading.SOCIAL_CARE_TEAM, Heading.DISABILITY)),
    LIST_2("List_2", "Children and young people on SEN support", FactType.SEN_SUPPORT, "annex-a-send-list-2", List.of(
            Heading.UNIQUE_ID, Heading.UPN, Heading.ULN, Heading.DOB, Heading.GENDER, Heading.ETHNICITY,
            Heading.NEED, Heading.MAIN_URN, Heading.MAIN_PHASE, Heading.SUBSIDIARY, Heading.SUSPENSIONS,
            Heading.EXCLUSIONS, Heading.ABSENCE, Heading.PUPIL_PREMIUM, Heading.SOCIAL_CARE, Heading.SOCIAL_CARE_TEAM,
            Heading.DISABILITY));

    /** Headings holding dates: written as date cells. */
    public static final Set<String> DATES = Set.of(Heading.DOB, Heading.INITIAL, Heading.UPDATED, Heading.REVIEWED);

    private final String sheet;
    private final String title;
    private final FactType status;
    private final String rulePack;
    private final List<String> headings;

    AnnexAList(String sheet, String title, FactType status, String rulePack, List<String> headings) {
        this.sheet = sheet;
        this.title = title;
        this.status = status;
        this.rulePack = rulePack;
        this.headings = headings;
    }

    public String sheet() {
        return sheet;
    }

    public String title() {
        return title;
    }

    /** The status active at the reference date that puts a child on the list. */
    public FactType status() {
        return status;
    }

    public String rulePack() {
        return rulePack;
    }

    public List<String> headings() {
        return headings;
    }

    /** The published headings, as constants so rows and lists cannot spell them two ways. */
    public static final class Heading {
        public static final String UNIQUE_ID = "Unique ID";
        public static final String UPN = "UPN";
        public static final String ULN = "ULN";
        public static final String DOB = "Date of birth";
        public static final String GENDER = "Gender";
        public static final String ETHNICITY = "Ethnicity";
        public static final String INITIAL = "Date initial EHC plan issued";
        public static final String UPDATED = "Date updated EHC plan issued";
        public static final String REVIEWED = "Date EHC plan last reviewed";
        public static final String NEED = "SEN primary need";
        public static final String MAIN_URN = "Main education establishment \u2013 URN";
        public static final String MAIN_PHASE = "Main education establishment \u2013 phase";
        public static final String SUBSIDIARY = "Subsidiary education establishment \u2013 phase (dual registration)";
        public static final String EHE = "Elective home education";
        public static final String SUSPENSIONS = "Suspensions";
        public static final String EXCLUSIONS = "Permanent exclusions";
        public static final String ABSENCE = "Absence";
        public static final String PUPIL_PREMIUM = "Pupil Premium";
        public static final String SOCIAL_CARE = "Known to children's social care?";
        public static final String SOCIAL_CARE_TEAM = "Which children's social care team?";
        public static final String DISABILITY = "Does the child or young person have a disability?";

        private Heading() {
        }
    }
}
