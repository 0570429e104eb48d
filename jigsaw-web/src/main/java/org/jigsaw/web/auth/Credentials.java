package org.jigsaw.web.auth;

/**
 * What a user presents to sign in. The file-based default takes a password; an OpenID Connect
 * provider (Entra ID) would hand back an authorisation code at its callback, which its
 * {@link Authenticator} exchanges for an ID token and maps to a {@link Principal}.
 */
public sealed interface Credentials {

    /** The key throttling and lock-out count failures against. */
    String subject();

    record Password(String username, char[] password) implements Credentials {
        @Override
        public String subject() {
            return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record AuthorizationCode(String code, String state) implements Credentials {
        @Override
        public String subject() {
            return "oidc";
        }
    }
}
