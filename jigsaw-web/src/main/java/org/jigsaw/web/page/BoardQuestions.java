package org.jigsaw.web.page;

import org.jigsaw.cohort.KpiReading;

/** The brief's questions as the board pack asks them: a heading and one sentence each. */
final class BoardQuestions {
    private BoardQuestions() {
    }

    static String heading(KpiReading.Question q) {
        return switch (q) {
            case TIMELINESS -> "Timeliness";
            case DEMAND -> "Demand";
            case INCLUSION -> "Inclusion";
            case HEALTH_ACCESS -> "Access to health services";
            case VULNERABLE_GROUPS -> "Vulnerable groups";
            case DATA_QUALITY -> "Data quality";
            case OTHER -> "Other measures";
        };
    }

    static String intro(KpiReading.Question q) {
        String s = switch (q) {
            case TIMELINESS -> "Are EHC plans issued, and children seen, within the statutory and NHS timescales?";
            case DEMAND -> "How many children and young people need SEND support, and is that changing?";
            case INCLUSION -> "Are children with SEND excluded or suspended more than others?";
            case HEALTH_ACCESS -> "Do children with SEND get the health services they need?";
            case VULNERABLE_GROUPS -> "How many children with SEND are also known to social care, missing education or at risk?";
            case DATA_QUALITY -> "How much of the area's data these figures rest on.";
            case OTHER -> "Measures cohorts.yaml files under no question.";
        };
        return "<p class=\"govuk-body\">" + s + "</p>";
    }
}
