package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.cohort.EvaluationContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in cohorts and KPIs on a handful of hand-made people whose answers are worked out by hand. */
class CohortEngineTest {
    static final LocalDate REF = LocalDate.of(2026, 8, 31);
    @TempDir
    Path dir;
    CohortResults results;
    Connection c;

    @BeforeEach
    void evaluate() throws Exception {
        c = Duck.openWritable(dir.resolve("t.duckdb"));
        Schema.create(c);
        try (TableAppender p = new TableAppender(c, "person")) {
            p.row("P1", LocalDate.of(2012, 5, 1), "F", "AB1 2CD", true, "QUE", 1);
            p.row("P2", LocalDate.of(2010, 1, 1), "M", "AB1 2CD", true, "QXX", 1);
            p.row("P3", LocalDate.of(2008, 3, 3), "M", "ZZ9 9ZZ", false, "QUE", 1);
            p.row("P4", LocalDate.of(2009, 1, 1), "F", null, null, null, 1);
            p.row("P5", LocalDate.of(2023, 1, 1), "F", null, null, null, 1);
            p.row("P6", LocalDate.of(2023, 6, 1), "M", null, null, null, 1);
            p.row("P7", LocalDate.of(2015, 1, 1), "M", null, null, null, 1);
            p.row("P8", LocalDate.of(2016, 1, 1), "F", null, null, null, 1);
        }
        List<Object[]> f = new ArrayList<>();
        f.add(fact("P1", "ehc_plan", null, "2020-01-01", null, null));
        f.add(fact("P1", "child_protection_plan", null, "2026-01-01", null, null));
        f.add(fact("P1", "at_risk_of_exploitation", null, "2026-02-01", null, null));
        f.add(fact("P1", "plan_specifies", "SLT", "2020-01-01", null, null));
        f.add(fact("P1", "referral", "SLT", "2025-01-01", "2025-01-01", null));
        f.add(fact("P1", "first_contact", "SLT", "2025-03-02", "2025-03-02", null));
        f.add(fact("P1", "contact", "SLT", "2025-10-01", "2025-10-01", null));
        f.add(fact("P1", "contact", "SLT", "2025-12-01", "2025-12-01", null));
        f.add(fact("P1", "contact", "SLT", "2025-12-01", "2025-12-01", null)); // duplicate from a second record
        f.add(fact("P1", "contact", "SLT", "2026-03-01", "2026-03-01", null));
        f.add(fact("P1", "discharge", "SLT", "2026-04-01", "2026-04-01", null));
        f.add(fact("P1", "ehc_assessment_request", null, "2025-06-01", "2025-06-01", null));
        f.add(fact("P1", "ehc_plan_issued", null, "2026-01-01", "2026-01-01", null));
        f.add(fact("P1", "on_caseload", "CAMHS", "2025-01-01", null, "CORE"));
        f.add(fact("P2", "sen_support", null, "2019-09-01", null, null));
        f.add(fact("P2", "child_in_need", null, "2026-05-01", null, null));
        f.add(fact("P2", "on_caseload", "CAMHS", "2025-01-01", "2026-06-01", "NEURODEVELOPMENTAL")); // ended: not on caseload
        f.add(fact("P3", "ehc_plan", null, "2015-01-01", "2024-07-31", null));
        f.add(fact("P3", "neet", null, "2026-01-01", null, null));
        f.add(fact("P3", "ld_register", "HEALTH", "2020-01-01", null, null));
        f.add(fact("P3", "annual_health_check", null, "2026-03-01", "2026-03-01", null));
        f.add(fact("P3", "primary_need", "MLD", "2019-01-17", null, null));
        f.add(fact("P3", "on_caseload", "CAMHS", "2026-01-01", null, "CORE"));
        f.add(fact("P4", "ld_register", "SOCIAL_CARE", "2022-01-01", null, null));
        f.add(fact("P4", "primary_need", "SLD", "2020-01-16", null, null));
        f.add(fact("P4", "on_caseload", "PAEDIATRICS", "2018-01-01", null, null));
        f.add(fact("P4", "contact", "PAEDIATRICS", "2024-05-01", "2024-05-01", null));
        f.add(fact("P5", "early_disability", "PD", "2023-02-01", null, null));
        f.add(fact("P6", "early_disability", "HI", "2023-07-01", null, null));
        f.add(fact("P6", "ehc_assessment_request", null, "2026-05-01", "2026-05-01", null));
        f.add(fact("P7", "exclusion", null, "2026-02-01", "2026-02-01", null));
        f.add(fact("P7", "suspension", null, "2024-01-01", "2024-01-01", null));
        f.add(fact("P8", "ehc_assessment_request", null, "2025-10-01", "2025-10-01", null));
        f.add(fact("P8", "ehc_plan_issued", null, "2026-01-15", "2026-01-15", null));
        f.add(fact("P8", "ehc_plan", null, "2026-01-15", null, null));
        f.add(fact("P8", "missing_education", null, "2026-06-01", null, null));
        f.add(fact("P8", "on_caseload", "PAEDIATRICS", "2025-01-01", null, null));
        f.add(fact("P8", "first_contact", "PAEDIATRICS", "2026-02-01", "2026-02-01", null));
        try (TableAppender a = new TableAppender(c, "fact")) {
            for (Object[] row : f) a.row(row);
        }
        CohortSet set = new CohortsYaml().builtIn();
        results = new CohortEngine(set, new EvaluationContext(REF, 10_000, "QUE")).evaluate(c);
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        c.close();
    }

    static Object[] fact(String person, String type, String code, String start, String end, String value) {
        return new Object[] {person, person + ":r", "test", type, code, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), value};
    }

    @Test
    void cohortsMatchTheHandWorkedAnswers() {
        assertThat(results.count("ehc_plan")).isEqualTo(2); // P1, P8 (P3's ended)
        assertThat(results.count("send")).isEqualTo(3);
        assertThat(results.count("vulnerable_ehcp_cpp_exploitation")).isEqualTo(1);
        assertThat(results.count("send_known_to_social_care_or_yj")).isEqualTo(2); // P1 (CPP), P2 (CIN)
        assertThat(results.count("ehcp_missing_education")).isEqualTo(1);
        assertThat(results.count("send_neet")).isEqualTo(1); // P3: plan ended but SEND ever
        assertThat(results.count("ehcp_slt")).isEqualTo(1);
        assertThat(results.count("ehcp_slt_discharged_while_plan_active")).isEqualTo(1);
        assertThat(results.count("camhs_caseload")).isEqualTo(2); // P1, P3; P2's ended
        assertThat(results.count("camhs_core_send")).isEqualTo(1);
        assertThat(results.count("paediatrics_no_contact_12m")).isEqualTo(1); // P4 (P8 had a first contact in Feb)
        assertThat(results.count("ld_census_need")).isEqualTo(2);
        assertThat(results.count("ld_health_register")).isEqualTo(1);
        assertThat(results.count("ld_annual_health_check_12m")).isEqualTo(1);
        assertThat(results.count("ld_gap_census_not_health_register")).isEqualTo(1); // P4
        assertThat(results.count("ld_gap_social_care_not_health_register")).isEqualTo(1);
        assertThat(results.count("preschool_disability_not_known_to_send")).isEqualTo(1); // P5, not P6
        assertThat(results.count("not_send_excluded_12m")).isEqualTo(1);
        assertThat(results.count("not_send_suspended_12m")).isZero(); // 2024 is outside the window
    }

    @Test
    void kpisMatchTheHandWorkedAnswers() {
        assertThat(results.headline("ehc_plan_rate").value()).isCloseTo(2.0, within(1e-9)); // 2 per 10,000 of 10,000
        assertThat(results.headline("ehc_plans_within_20_weeks").value()).isCloseTo(50.0, within(1e-9)); // 106 d yes, 214 d no
        assertThat(results.headline("ehc_plans_within_20_weeks").denominator()).isEqualTo(2);
        assertThat(results.headline("slt_wait_median").value()).isCloseTo(60.0, within(1e-9));
        // contacts 2025-10-01, 2025-12-01 (twice), 2026-03-01: gaps 61 and 90 days, both ending in the window
        assertThat(results.headline("slt_contact_gap_median").value()).isCloseTo(75.5, within(1e-9));
        // two gaps, one child: disclosure control counts the people behind a median, not the waits
        assertThat(results.headline("slt_contact_gap_median").numerator()).isEqualTo(2);
        assertThat(results.headline("slt_contact_gap_median").denominator()).isEqualTo(1);
        assertThat(results.headline("annual_health_check_uptake").value()).isCloseTo(100.0, within(1e-9));
        assertThat(results.headline("camhs_send_share").value()).isCloseTo(50.0, within(1e-9)); // P1 yes; P3 plan ended
        assertThat(results.headline("camhs_neurodevelopmental_send_share").value()).isNull(); // nobody to measure
    }

    @Test
    void personsOutsideTheAreasAgeRangeAreInNoCohort() throws Exception {
        try (TableAppender p = new TableAppender(c, "person")) {
            p.row("P9", LocalDate.of(1996, 1, 1), "F", null, null, null, 1); // 30 at the reference date
            p.row("P10", null, "F", null, null, null, 1); // DOB unknown: kept
        }
        try (TableAppender a = new TableAppender(c, "fact")) {
            a.row(fact("P9", "ehc_plan", null, "2020-01-01", null, null));
            a.row(fact("P10", "ehc_plan", null, "2020-01-01", null, null));
        }
        CohortSet set = new CohortsYaml().builtIn();
        assertThat(new CohortEngine(set, new EvaluationContext(REF, 10_000, "QUE")).evaluate(c).count("ehc_plan")).isEqualTo(4);
        CohortResults scoped = new CohortEngine(set, new EvaluationContext(REF, 10_000, "QUE", 0, 25)).evaluate(c);
        assertThat(scoped.count("ehc_plan")).isEqualTo(3);
        assertThat(scoped.kpis()).contains(new KpiValue("cohort.ehc_plan", "age_band=unknown", 1.0, 1L, null, "count"));
    }

    @Test
    void countsAreBrokenDownByAgeBandAndGeography() throws Exception {
        assertThat(results.kpis()).contains(
                new KpiValue("cohort.ehc_plan", "age_band=11-15", 1.0, 1L, null, "count"),
                new KpiValue("cohort.ehc_plan", "age_band=5-10", 1.0, 1L, null, "count"),
                new KpiValue("cohort.send", "geography=la_resident", 2.0, 2L, null, "count"),
                new KpiValue("cohort.send", "geography=icb_registered", 1.0, 1L, null, "count"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM cohort_member WHERE cohort = 'ld_gap_census_not_health_register' AND person_id = 'P4'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }
}
