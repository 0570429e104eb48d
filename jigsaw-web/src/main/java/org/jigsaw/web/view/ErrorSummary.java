package org.jigsaw.web.view;

import static org.jigsaw.web.view.Html.esc;

import java.util.Map;

/**
 * The GOV.UK error summary and inline error messages: the summary at the top of the page links
 * each error to the field it is about (by the field's id), and the field's form group repeats the
 * message beside the field, so a screen-reader user and a sighted user find the same place.
 */
public final class ErrorSummary {
    private ErrorSummary() {
    }

    /** @param errors field id → message, in the order of the fields on the page; empty renders nothing */
    public static String render(Map<String, String> errors) {
        if (errors.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">")
                .append("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">")
                .append("<ul class=\"govuk-list govuk-error-summary__list\">");
        errors.forEach((field, message) -> b.append("<li><a href=\"#").append(esc(field)).append("\">").append(esc(message)).append("</a></li>"));
        return b.append("</ul></div></div></div>").toString();
    }

    /** The inline message for one field ({@code id}-error, to be named in the field's aria-describedby), or "". */
    public static String inline(String id, String message) {
        if (message == null) return "";
        return "<p id=\"" + esc(id) + "-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " + esc(message) + "</p>";
    }

    /** The form group's classes, with the error modifier when the field has an error. */
    public static String group(String message) {
        return message == null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
    }
}
