package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.Codes;
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.GpRegistration;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.HealthReferral;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Table;

/**
 * The community health trust's extract shaped like the Community Services Data Set: referrals
 * (CYP101 with CYP102 team type, joined to the CYP001 patient index) for speech and language
 * therapy (team type 33) and community paediatrics (06), and their care contacts (CYP201) in a
 * second file keyed by the same ServiceRequestID. The NHS number is well filled (~99%).
 * Two sources: {@code csds_referrals} and {@code csds_contacts}.
 */
public final class CommunityHealthExtract {
    static final String REFERRALS = "csds_referrals", CONTACTS = "csds_contacts";
    private static final CsvStyle STYLE = CsvStyle.plain();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final SourcePolicy POLICY = SourcePolicy.health();
    private static final List<String> REF_HEADER = List.of("ServiceRequestID", "LocalPatientID", "NHSNumber",
            "NHSNumberStatusIndicatorCode", "PersonGivenName", "PersonFamilyName", "PersonBirthDate",
            "PersonStatedGenderCode", "Postcode", "EthnicCategory", "TeamType", "ReferralRequestReceivedDate",
            "SourceOfReferral", "FirstAttendedContactDate", "DischargeDate", "GMPCodeReg", "OrgIDICBGPPractice");
    private static final List<String> CONTACT_HEADER = List.of("CareContactID", "ServiceRequestID", "LocalPatientID",
            "NHSNumber", "PersonBirthDate", "Postcode", "TeamType", "CareContactDate", "AttendanceStatus",
            "ConsultationMechanism", "ActivityLocationType");

    public List<Extract> extracts() {
        return List.of(new Part(true), new Part(false));
    }

    static boolean inExtract(HealthReferral h, LocalDate ref) {
        return (h.service().equals(Codes.SLT) || h.service().equals(Codes.PAEDIATRICS)) && !h.received().isAfter(ref)
                && (h.discharged() == null || h.discharged().isAfter(ref.minusYears(2)));
    }

    private static final class Part implements Extract {
        private final boolean referrals;

        Part(boolean referrals) {
            this.referrals = referrals;
        }

        @Override
        public String name() {
            return referrals ? REFERRALS : CONTACTS;
        }

        @Override
        public Written write(ExtractContext ctx) throws IOException {
            LocalDate ref = ctx.reference();
            IdMinter requests = new IdMinter(ctx.seeds(), REFERRALS, "", 10);
            IdMinter patients = new IdMinter(ctx.seeds(), "csds:patient", "", 10);
            IdMinter contacts = new IdMinter(ctx.seeds(), CONTACTS, "", 12);
            Table t = ctx.table(name(), referrals ? REF_HEADER : CONTACT_HEADER);
            for (Person p : ctx.persons()) {
                List<HealthReferral> list = p.life().referrals;
                for (int k = 0; k < list.size() && k < 30; k++) {
                    HealthReferral h = list.get(k);
                    if (!inExtract(h, ref)) continue;
                    // Identity comes from the patient index, so a referral and its contacts share it.
                    RandomGenerator r = ctx.rng(REFERRALS, IdMinter.slot(p, k));
                    IdentityView v = ctx.view(p, POLICY, r);
                    boolean dup = Draw.chance(r, POLICY.duplicates());
                    emit(ctx, t, p, h, v, requests.id(IdMinter.slot(p, k)), patients.id(IdMinter.slot(p, 0)), contacts,
                            IdMinter.slot(p, k), List.of());
                    if (dup) {
                        IdentityView v2 = ctx.view(p, POLICY, ctx.rng(REFERRALS + ":dup", IdMinter.slot(p, k)));
                        emit(ctx, t, p, h, v2, requests.id(IdMinter.slot(p, 32 + k)), patients.id(IdMinter.slot(p, 1)),
                                contacts, IdMinter.slot(p, 32 + k), List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
                    }
                }
            }
            Malformer.plant(t, referrals ? requests : contacts, 0, t.column("PersonBirthDate"),
                    referrals ? t.column("PersonGivenName") : -1, ctx.rng(name() + ":malformed", 0),
                    List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
            String file = "extracts/csds_" + (referrals ? "referrals" : "care_contacts") + "_" + ref + ".csv";
            CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
            Map<String, Map<String, String>> values = referrals
                    ? valueMap("TeamType", codes("33", Codes.SLT, "06", Codes.PAEDIATRICS),
                    "PersonStatedGenderCode", codes("1", "M", "2", "F", "9", "U"))
                    : valueMap("TeamType", codes("33", Codes.SLT, "06", Codes.PAEDIATRICS));
            if (referrals) {
                return source(REFERRALS, "health", "Community Services Data Set", file, csv(STYLE), ref, "ServiceRequestID",
                        fields("local_id", "LocalPatientID", "nhs_number", "NHSNumber", "given_name", "PersonGivenName",
                                "family_name", "PersonFamilyName", "dob", "PersonBirthDate", "sex", "PersonStatedGenderCode",
                                "postcode", "Postcode"),
                        List.of("yyyy-MM-dd"), values,
                        List.of(event(FactType.REFERRAL, null, "ReferralRequestReceivedDate", "TeamType"),
                                status(FactType.ON_CASELOAD, null, "ReferralRequestReceivedDate", "DischargeDate", "TeamType"),
                                event(FactType.FIRST_CONTACT, null, "FirstAttendedContactDate", "TeamType"),
                                event(FactType.DISCHARGE, null, "DischargeDate", "TeamType"),
                                // The patient index's registered practice (CSDS CYP002): registered at least since the referral.
                                status(FactType.GP_REGISTERED, null, "ReferralRequestReceivedDate", null, "OrgIDICBGPPractice")));
            }
            return source(CONTACTS, "health", "Community Services Data Set", file, csv(STYLE), ref, "CareContactID",
                    fields("local_id", "LocalPatientID", "nhs_number", "NHSNumber", "dob", "PersonBirthDate", "postcode", "Postcode"),
                    List.of("yyyy-MM-dd"), values,
                    List.of(event(FactType.CONTACT, when("AttendanceStatus", "5", "6"), "CareContactDate", "TeamType")));
        }

        private void emit(ExtractContext ctx, Table t, Person p, HealthReferral h, IdentityView v, String requestId,
                          String patientId, IdMinter contacts, long refSlot, List<Fault> extra) {
            LocalDate ref = ctx.reference();
            List<Fault> faults = extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra);
            String team = h.service().equals(Codes.SLT) ? "33" : "06";
            GpRegistration gp = GpRegistration.of(p, ctx.universe().area());
            String status = v.nhsNumber() == null ? "03" : v.nhsNumber().equals(p.nhsNumber()) ? "01" : "02";
            if (referrals) {
                t.add(requestId, p, faults, requestId, patientId, nz(v.nhsNumber()), status, v.given(), v.family(),
                        fmt(v.dob(), ISO), v.sex().equals("M") ? "1" : "2", v.postcode(), nhsEthnic(p.ethnicity()), team,
                        fmt(h.received(), ISO), h.source(), fmt(h.firstSeenBy(ref), ISO),
                        fmt(h.discharged() != null && !h.discharged().isAfter(ref) ? h.discharged() : null, ISO),
                        gp.practice(), gp.icb());
                return;
            }
            List<HealthReferral.Contact> cs = new ArrayList<>(h.contacts());
            for (int c = 0; c < cs.size() && c < 64; c++) {
                HealthReferral.Contact contact = cs.get(c);
                if (contact.date().isAfter(ref)) break;
                String id = contacts.id(refSlot * 64 + c);
                int mech = (int) ((refSlot + c) % 10);
                t.add(id, p, faults, id, requestId, patientId, nz(v.nhsNumber()), fmt(v.dob(), ISO), v.postcode(), team,
                        fmt(contact.date(), ISO), contact.attendance(), mech < 7 ? "01" : mech < 9 ? "02" : "04",
                        mech % 3 == 0 ? "L01" : mech % 3 == 1 ? "B01" : "A01");
            }
        }
    }

    /** DfE ethnicity → NHS ethnic category (lossy: WIRT/WROM become C). */
    static String nhsEthnic(String dfe) {
        return switch (dfe) {
            case "WBRI" -> "A";
            case "WIRI" -> "B";
            case "WOTH", "WROM", "WIRT" -> "C";
            case "MWBC" -> "D";
            case "MWBA" -> "E";
            case "MWAS" -> "F";
            case "MOTH" -> "G";
            case "AIND" -> "H";
            case "APKN" -> "J";
            case "ABAN" -> "K";
            case "AOTH" -> "L";
            case "BCRB" -> "M";
            case "BAFR" -> "N";
            case "BOTH" -> "P";
            case "CHNE" -> "R";
            case "OOTH" -> "S";
            case "REFU" -> "Z";
            default -> "99";
        };
    }
}
