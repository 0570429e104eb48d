package org.jigsaw.synth;

/**
 * One planted fault.
 *
 * @param field canonical field key ({@code nhs_number}, {@code dob}…) or blank for whole-row faults
 */
public record Fault(FaultKind kind, String field) {
}
