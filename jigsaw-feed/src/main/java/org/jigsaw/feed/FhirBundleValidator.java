package org.jigsaw.feed;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates resources against the base FHIR R4 profiles with HAPI's instance validator, entirely
 * offline (the base definitions ship in hapi-fhir-validation-resources-r4; no terminology server).
 * Building it loads every R4 definition, so make one and reuse it.
 */
public final class FhirBundleValidator {

    /** One validator finding, without the resource content. */
    public record Issue(String severity, String location, String message) {
        public boolean isError() {
            return "error".equals(severity) || "fatal".equals(severity);
        }
    }

    private final FhirContext context;
    private final FhirValidator validator;

    public FhirBundleValidator(FhirContext context) {
        this.context = context;
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        // local code systems (send-status, sen-type) and the primary-need extension are ours,
        // published by the area rather than by HL7: allowed, reported as information
        instanceValidator.setAnyExtensionsAllowed(true);
        validator = context.newValidator().registerValidatorModule(instanceValidator);
    }

    public FhirContext context() {
        return context;
    }

    public List<Issue> validate(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        return result.getMessages().stream().map(FhirBundleValidator::issue).toList();
    }

    /** Validates the serialised form, as the receiving system will see it. */
    public List<Issue> validate(String json) {
        ValidationResult result = validator.validateWithResult(json);
        return result.getMessages().stream().map(FhirBundleValidator::issue).toList();
    }

    private static Issue issue(SingleValidationMessage m) {
        ResultSeverityEnum s = m.getSeverity();
        return new Issue(s == null ? "information" : s.getCode(), m.getLocationString(), m.getMessage());
    }
}
