package org.jigsaw.web.view;

import static org.jigsaw.web.view.Html.esc;

import java.util.List;

/**
 * The GOV.UK Frontend page template: skip link, header with the service name, service navigation,
 * main content and footer. No inline script or style, so the Content-Security-Policy can forbid both.
 */
public final class Layout {
    /** A navigation entry; {@code current} marks the page being shown. */
    public record NavItem(String href, String label, boolean current) {
    }

    /** Who is signed in, for the header; null on the sign-in page. */
    public record User(String displayName, String role, String csrfToken) {
    }

    private final String serviceName;
    private final String assets;

    /** @param assets the URL prefix GOV.UK Frontend's dist/govuk folder is served at */
    public Layout(String serviceName, String assets) {
        this.serviceName = serviceName;
        this.assets = assets;
    }

    public String page(String title, User user, List<NavItem> nav, String body, String footerNote) {
        StringBuilder b = new StringBuilder(8192 + body.length());
        b.append("<!DOCTYPE html><html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append(" &ndash; ").append(esc(serviceName)).append("</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">")
                .append("<meta name=\"theme-color\" content=\"#0b0c0c\">")
                .append("<link rel=\"icon\" sizes=\"48x48\" href=\"").append(assets).append("/assets/images/favicon.ico\">")
                .append("<link rel=\"stylesheet\" href=\"").append(assets).append("/govuk-frontend.min.css\">")
                .append("<link rel=\"stylesheet\" href=\"/static/jigsaw.css\">")
                .append("</head><body class=\"govuk-template__body\">")
                .append("<script type=\"module\" src=\"/static/init.js\"></script>")
                .append("<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>")
                .append("<header class=\"govuk-header\" data-module=\"govuk-header\"><div class=\"govuk-header__container govuk-width-container\">")
                .append("<div class=\"govuk-header__logo\"><a href=\"/\" class=\"govuk-header__link govuk-header__link--homepage\">")
                .append("<span class=\"govuk-header__logotype-text\">").append(esc(serviceName)).append("</span></a></div>");
        if (user != null) {
            b.append("<div class=\"jigsaw-user\"><span class=\"jigsaw-user__name\">").append(esc(user.displayName())).append(" (")
                    .append(esc(user.role())).append(")</span><form method=\"post\" action=\"/sign-out\" class=\"jigsaw-inline-form\">")
                    .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(esc(user.csrfToken())).append("\">")
                    .append("<button type=\"submit\" class=\"jigsaw-link-button\">Sign out</button></form></div>");
        }
        b.append("</div></header>");
        if (!nav.isEmpty()) {
            b.append("<section aria-label=\"Service information\" class=\"govuk-service-navigation\" data-module=\"govuk-service-navigation\">")
                    .append("<div class=\"govuk-width-container\"><div class=\"govuk-service-navigation__container\">")
                    .append("<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\"><ul class=\"govuk-service-navigation__list\" id=\"navigation\">");
            for (NavItem n : nav) {
                b.append("<li class=\"govuk-service-navigation__item").append(n.current() ? " govuk-service-navigation__item--active" : "")
                        .append("\"><a class=\"govuk-service-navigation__link\" href=\"").append(esc(n.href())).append('"')
                        .append(n.current() ? " aria-current=\"page\"" : "").append('>')
                        .append(n.current() ? "<strong class=\"govuk-service-navigation__active-fallback\">" + esc(n.label()) + "</strong>" : esc(n.label()))
                        .append("</a></li>");
            }
            b.append("</ul></nav></div></div></section>");
        }
        b.append("<div class=\"govuk-width-container jigsaw-wide\"><main class=\"govuk-main-wrapper\" id=\"main-content\">")
                .append(body).append("</main></div>")
                .append("<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">")
                .append("<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><p class=\"govuk-body-s\">")
                .append(esc(footerNote)).append("</p><p class=\"govuk-body-s\">Synthetic and linked SEND data: handle under the data-sharing agreements. ")
                .append("Every page you open is recorded in the audit log.</p></div></div></div></footer>")
                .append("</body></html>");
        return b.toString();
    }
}
