-- The snapshot schema: one DuckDB file per refresh. Every stage writes its own tables;
-- readers (cohorts, web, export, feeds) only read. Columns named *_key are SourceRecord keys.

CREATE TABLE run (
    run_id        VARCHAR PRIMARY KEY,   -- e.g. 2026-11-25T06-00-00
    area_name     VARCHAR,
    reference_date DATE,
    started_at    TIMESTAMP,
    finished_at   TIMESTAMP,
    jigsaw_version VARCHAR,
    status        VARCHAR,               -- OK | FAILED
    detail        VARCHAR                -- JSON: per-stage timings, counts, linkage metrics
);

CREATE TABLE source_run (                -- one row per source per run: the reconciliation line
    source        VARCHAR,
    dataset       VARCHAR,
    agency        VARCHAR,
    files         VARCHAR,
    extract_date  DATE,
    rows_read     BIGINT,
    rows_loaded   BIGINT,
    rows_quarantined BIGINT
);

CREATE TABLE record (
    record_key    VARCHAR PRIMARY KEY,
    source        VARCHAR,
    file          VARCHAR,
    line          BIGINT,
    nhs_number    VARCHAR, upn VARCHAR, former_upn VARCHAR, uln VARCHAR, local_id VARCHAR,
    given_name    VARCHAR, middle_names VARCHAR, family_name VARCHAR, former_family_name VARCHAR,
    dob           DATE,
    sex           VARCHAR,
    postcode      VARCHAR, uprn VARCHAR, address VARCHAR, house_number VARCHAR, locality VARCHAR
);

CREATE TABLE quarantine (
    source        VARCHAR,
    file          VARCHAR,
    line          BIGINT,
    reason        VARCHAR,               -- reason code, e.g. COLUMN_COUNT, UNPARSEABLE_DOB, ENCODING
    detail        VARCHAR                -- never the row's identifiers or names
);

CREATE TABLE quality_finding (
    source        VARCHAR,               -- null for cross-source findings
    field         VARCHAR,
    check_name    VARCHAR,               -- e.g. INVALID_NHS_NUMBER, COMPLETENESS, DUPLICATE
    count         BIGINT,
    denominator   BIGINT,
    detail        VARCHAR
);

-- The pairs a person may need to look at: every pair that links or waits for review, every
-- clerical decision, and rejected pairs the model scored as more likely than not a match (a
-- cannot-link constraint split them). The many rejected pairs below that are only counted, in
-- pair_weight: at region scale they are tens of millions of rows nobody reads one by one.
CREATE TABLE pair (
    left_key      VARCHAR,
    right_key     VARCHAR,
    match_weight  DOUBLE,
    match_probability DOUBLE,
    decision      VARCHAR,               -- org.jigsaw.link.Decision
    explanation   VARCHAR                -- JSON waterfall
);

CREATE TABLE pair_weight (               -- every candidate pair, counted: the linkage-quality histogram
    decision      VARCHAR,
    weight_bin    INTEGER,               -- floor(match_weight); null when the weight is not finite
    pairs         BIGINT,
    probability_sum DOUBLE               -- of the finite match probabilities, for the mean by decision
);

CREATE TABLE person (
    person_id     VARCHAR PRIMARY KEY,   -- internal, stable across refreshes; pseudonymised outside the core
    dob           DATE,
    sex           VARCHAR,
    postcode      VARCHAR,
    in_area       BOOLEAN,
    gp_icb        VARCHAR,
    records       INTEGER
);

CREATE TABLE person_record (
    person_id     VARCHAR,
    record_key    VARCHAR
);

CREATE TABLE fact (
    person_id     VARCHAR,
    record_key    VARCHAR,
    source        VARCHAR,
    type          VARCHAR,               -- org.jigsaw.cohort.FactType key
    code          VARCHAR,
    start_date    DATE,
    end_date      DATE,
    value         VARCHAR
);

CREATE TABLE review_decision (           -- carried from snapshot to snapshot
    left_key      VARCHAR,
    right_key     VARCHAR,
    decision      VARCHAR,               -- CLERICAL_MATCH | CLERICAL_NON_MATCH
    reviewer      VARCHAR,
    decided_at    TIMESTAMP
);

CREATE TABLE cohort_member (
    cohort        VARCHAR,
    person_id     VARCHAR
);

CREATE TABLE kpi_value (
    kpi           VARCHAR,
    breakdown     VARCHAR,               -- '' for the headline; else e.g. 'age_band=5-10'
    value         DOUBLE,
    numerator     BIGINT,
    denominator   BIGINT,
    unit          VARCHAR                -- count | per_10000 | percent | days
);

CREATE TABLE cohort_definition (         -- what each cohort is, as evaluated in this snapshot
    cohort        VARCHAR PRIMARY KEY,
    title         VARCHAR,
    description   VARCHAR,
    cohort_group  VARCHAR,               -- heading to list it under
    members       BIGINT,                -- headline count (also kpi_value 'cohort.<name>')
    sql_text      VARCHAR                -- the compiled SQL, for transparency
);

CREATE TABLE kpi_definition (
    kpi           VARCHAR PRIMARY KEY,   -- cohort counts appear as 'cohort.<name>'
    title         VARCHAR,
    description   VARCHAR,
    kind          VARCHAR,               -- count | rate | share | wait | gap | timeliness
    unit          VARCHAR,
    sql_text      VARCHAR
);
